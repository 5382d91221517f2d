// The lists that src/element/public-interface.ts cannot derive, checked against it: the README's
// tables of attributes and events, and the typings fixtures that pack.test.mjs compiles against
// React's and Vue's types. Each must name every property, attribute and event the element has.
// (The element's reactive properties, its types, HTMLElementEventMap, the React and Vue typings
// and custom-elements.json are derived from the description itself.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readPublicInterface } from '../../scripts/public-interface.mjs';

const root = new URL('../../', import.meta.url);
const { properties, events } = readPublicInterface(root);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
// Attributes HTML gives every element, which the README's table lists for what the element does with them.
const HTML_OWN = ['lang'];

/** The rows of the README's table under `heading`: the code spans of each cell, cell by cell. */
function tableUnder(heading) {
  const readme = read('README.md');
  const start = readme.indexOf(`\n${heading}\n`);
  assert.ok(start >= 0, `the README has a section "${heading}"`);
  const lines = readme.slice(start).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const rows = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split(' | ').map((cell) => cell.match(/^\|?\s*`([^`]+)`/)?.[1] ?? cell.replace(/^\|\s*/, '').trim()));
  }
  return rows;
}

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

test("the README's table of attributes and properties has a row for each property, with its attribute", () => {
  const rows = tableUnder('## Attributes and properties');
  for (const property of properties) {
    const row = rows.find(([, name]) => name === property.name);
    assert.ok(row, `a row for ${property.name}`);
    assert.equal(row[0], property.attribute || '—', `the attribute of ${property.name}`);
  }
  const described = new Set([...properties.map((property) => property.name), ...HTML_OWN]);
  assert.deepEqual(
    rows.map(([, name]) => name).filter((name) => !described.has(name)),
    [],
    'rows of properties the element does not have',
  );
});

test("the README's table of events has a row for each event, with its class", () => {
  const rows = tableUnder('## Events');
  assert.deepEqual(
    rows.map(([name, type]) => `${name} ${type}`),
    events.map((event) => `${event.name} ${event.type}`),
  );
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
