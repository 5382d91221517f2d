// custom-elements.json is generated from the element's JSDoc (@slot @csspart @cssprop, methods)
// and, for its properties, attributes and events, from src/element/public-interface.ts; Storybook's
// docs and controls, and editors, read it.
import { readPublicInterface } from './scripts/public-interface.mjs';

/** The manifest's members, attributes and events of `<webview-form>`, from public-interface.ts. */
function publicInterface() {
  const { properties, events } = readPublicInterface(new URL('./', import.meta.url));
  const typeOf = (property) => ({ text: property.optional ? `${property.type} | undefined` : property.type });
  return {
    members: properties.map((property) => ({
      kind: 'field',
      name: property.name,
      privacy: 'public',
      type: typeOf(property),
      description: property.description,
      ...(property.attribute && { attribute: property.attribute }),
      ...(property.reflects && { reflects: true }),
    })),
    attributes: properties
      .filter((property) => property.attribute)
      .map((property) => ({
        name: property.attribute,
        type: typeOf(property),
        description: property.description,
        fieldName: property.name,
      })),
    events: events.map((event) => ({ type: { text: event.type }, description: event.description, name: event.name })),
  };
}

export default {
  globs: [
    'src/element/webview-form.ts',
    'src/define.ts',
    'src/element/events.ts',
    'src/delivery/events.ts',
    'src/element/public-interface.ts',
  ],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        const described = publicInterface();
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.tagName !== 'webview-form') continue;
            // The analyzer sees the properties only where the class assigns them, and guesses an
            // event from every `dispatchEvent(new X(arg))`: the description is the real list.
            // Private state is not API: keep it out of the docs and the controls.
            const found = declaration.members ?? [];
            const methods = found.filter((member) => member.kind === 'method' && member.privacy !== 'private');
            // Defaults are what the constructor assigns, which the analyzer reads.
            const defaults = Object.fromEntries(
              found.filter((member) => member.default !== undefined).map((member) => [member.name, member.default]),
            );
            declaration.members = [
              ...described.members.map((member) => (member.name in defaults ? { ...member, default: defaults[member.name] } : member)),
              ...methods,
            ];
            declaration.attributes = described.attributes.map((attribute) =>
              attribute.fieldName in defaults ? { ...attribute, default: defaults[attribute.fieldName] } : attribute,
            );
            declaration.events = described.events;
          }
        }
      },
    },
  ],
};
