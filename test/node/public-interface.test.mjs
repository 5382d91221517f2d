// What src/element/public-interface.ts cannot derive, checked against it: the typings fixtures
// that pack.test.mjs compiles against React's and Vue's types, which must name every property,
// attribute and event; and custom-elements.json, from which the docs site's reference is drawn,
// where every public name must have a description.
// (The element's reactive properties, its types, HTMLElementEventMap, the React and Vue typings
// and custom-elements.json are derived from the description itself.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readPublicInterface } from '../../scripts/public-interface.mjs';

const root = new URL('../../', import.meta.url);
const { properties, events } = readPublicInterface(root);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

/** The words that `// @ts-expect-error` lines mark wrong, and the words of the other lines, of a fixture. */
function fixtureLines(path) {
  const lines = read(path).split('\n');
  const wrong = [];
  const right = [];
  lines.forEach((line, index) => {
    if (line.trimStart().startsWith('//')) return;
    (lines[index - 1]?.trimStart().startsWith('// @ts-expect-error') ? wrong : right).push(line);
  });
  return { wrong, right };
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('every public attribute, property, event, method, slot, part and custom property in custom-elements.json has a description', () => {
  const manifest = JSON.parse(read('dist/custom-elements.json'));
  const element = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === 'webview-form');
  assert.ok(element, 'custom-elements.json declares <webview-form>');
  const undescribed = [];
  const check = (kind, items) => {
    for (const item of items ?? []) if (!item.description?.trim()) undescribed.push(`${kind} ${item.name || '(default)'}`);
  };
  check('attribute', element.attributes);
  check(
    'member',
    (element.members ?? []).filter((member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static),
  );
  check('event', element.events);
  check('slot', element.slots);
  check('part', element.cssParts);
  check('custom property', element.cssProperties);
  assert.deepEqual(undescribed, []);
  // And the manifest names every property and event of the one description.
  const members = new Set((element.members ?? []).map((member) => member.name));
  for (const property of properties) assert.ok(members.has(property.name), `custom-elements.json has ${property.name}`);
  assert.deepEqual(element.events.map((event) => event.name).sort(), events.map((event) => event.name).sort());
  for (const method of ['submit', 'reset', 'checkValidity', 'reportValidity'])
    assert.ok(members.has(method), `custom-elements.json has ${method}()`);
});

/** What a page may give the element in a framework: the properties but those it only reads, the renamed attributes, the events. */
const settable = properties.filter((property) => !property.readOnly);
const renamed = properties.filter((property) => property.attribute && property.attribute !== property.name.toLowerCase());
const readOnly = properties.filter((property) => property.readOnly);

/** Checks that `fixture` uses each name right in some line, and wrong in a line marked as an expected error. */
function checkFixture(path, { right, wrong }, name, pattern) {
  assert.ok(
    right.some((line) => pattern.test(line)),
    `${path} uses ${name} in a line that compiles`,
  );
  assert.ok(
    wrong.some((line) => pattern.test(line)),
    `${path} gets ${name} wrong in a line marked @ts-expect-error`,
  );
}

test('the React typings fixture sets every property and attribute and listens to every event, right and wrong', () => {
  const path = 'test/node/typings/react.tsx';
  const lines = fixtureLines(path);
  const prop = (name) => new RegExp(`(?<![\\w-])${escape(name)}(?=[=\\s/>]|$)`);
  for (const { name } of settable) checkFixture(path, lines, name, prop(name));
  for (const { attribute } of renamed) checkFixture(path, lines, attribute, prop(attribute));
  for (const { name } of events) checkFixture(path, lines, `on${name}`, prop(`on${name}`));
  for (const { name } of readOnly)
    assert.ok(
      lines.wrong.some((line) => prop(name).test(line)),
      `${path} may not set ${name}`,
    );
});

test('the Vue typings fixture sets every property and attribute and listens to every event, right and wrong', () => {
  const path = 'test/node/typings/vue.ts';
  const lines = fixtureLines(path);
  const key = (name) => new RegExp(`(?<![\\w-])'?${escape(name)}'?\\s*:`);
  const listener = (name) => `on${name.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase())}`;
  for (const { name } of settable) checkFixture(path, lines, name, key(name));
  for (const { attribute } of renamed) checkFixture(path, lines, attribute, key(attribute));
  for (const { name } of events) checkFixture(path, lines, listener(name), key(listener(name)));
  for (const { name } of readOnly)
    assert.ok(
      lines.wrong.some((line) => key(name).test(line)),
      `${path} may not set ${name}`,
    );
});
