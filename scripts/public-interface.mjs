// Reads src/element/public-interface.ts, the one description of the element's public interface,
// for what is not TypeScript: custom-elements-manifest.config.mjs writes the manifest's members,
// attributes and events from it, and test/node/public-interface.test.mjs checks the README and
// the typings fixtures against it.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export const PUBLIC_INTERFACE = 'src/element/public-interface.ts';

/** The JSDoc text of `node`, as the manifest analyzer reads it. */
function docOf(node) {
  return ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join('\n')
    .trim();
}

const nameOf = (node) => (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) ? node.name.text : node.name.getText());

/**
 * The description in `root`'s public-interface.ts:
 * `properties`: { name, type, optional, description, attribute (a name, or false), reflects, boolean, readOnly } in order;
 * `events`: { name, type, description } in order.
 */
export function readPublicInterface(root) {
  const path = new URL(PUBLIC_INTERFACE, root);
  const source = ts.createSourceFile(path.pathname, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const interfaces = {};
  let declarations;
  let readOnly = [];
  ts.forEachChild(source, (node) => {
    if (ts.isInterfaceDeclaration(node)) interfaces[node.name.text] = node;
    if (ts.isTypeAliasDeclaration(node) && node.name.text === 'ReadOnlyProperty') {
      const members = ts.isUnionTypeNode(node.type) ? node.type.types : [node.type];
      readOnly = members.map((member) => member.literal.text);
    }
    if (ts.isVariableStatement(node)) {
      for (const variable of node.declarationList.declarations) {
        if (variable.name.getText() !== 'PUBLIC_PROPERTIES') continue;
        let value = variable.initializer;
        while (ts.isSatisfiesExpression(value) || ts.isAsExpression(value)) value = value.expression;
        declarations = Object.fromEntries(
          value.properties.map((property) => [
            nameOf(property),
            Object.fromEntries(property.initializer.properties.map((option) => [nameOf(option), option.initializer.getText()])),
          ]),
        );
      }
    }
  });
  if (!interfaces.PublicProperties || !interfaces.PublicEvents || !declarations) {
    throw new Error(`${PUBLIC_INTERFACE} no longer holds PublicProperties, PUBLIC_PROPERTIES and PublicEvents`);
  }
  const properties = interfaces.PublicProperties.members.map((member) => {
    const name = nameOf(member);
    const declaration = declarations[name];
    if (!declaration) throw new Error(`PUBLIC_PROPERTIES has no ${name}`);
    const attribute =
      declaration.attribute === undefined
        ? name.toLowerCase()
        : declaration.attribute === 'false'
          ? false
          : JSON.parse(declaration.attribute.replace(/^'(.*)'$/, '"$1"'));
    return {
      name,
      type: member.type.getText(),
      optional: !!member.questionToken,
      description: docOf(member),
      attribute,
      reflects: declaration.reflect === 'true',
      boolean: declaration.type === 'Boolean',
      readOnly: readOnly.includes(name),
    };
  });
  const events = interfaces.PublicEvents.members.map((member) => ({
    name: nameOf(member),
    type: member.type.getText(),
    description: docOf(member),
  }));
  return { properties, events };
}
