// The early-send script (src/element/early-send.ts) is written into pages by hand: the README,
// the Storybook guide and the test fixtures carry it as text. They must carry exactly the script
// the element's code defines, or a page would hold a Send the element does not look for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const [output] = buildSync({ entryPoints: [`${root}src/element/early-send.ts`], bundle: true, format: 'esm', write: false }).outputFiles;
const { EARLY_SEND_SCRIPT } = await import(`data:text/javascript;base64,${Buffer.from(output.text).toString('base64')}`);

for (const file of [
  'README.md',
  'stories/getting-started.mdx',
  ...['', '-steps', '-outer', '-shadow'].map((variant) => `test/fixtures/early-send${variant}.html`),
  'test/fixtures/html-first.html',
  'test/fixtures/html-first-steps.html',
  'bench/pages/authored-html.html',
  'stories/guides/hosting.mdx',
]) {
  test(`${file} carries the early-send script the element's code defines`, () => {
    assert.ok(readFileSync(`${root}${file}`, 'utf8').includes(`<script>${EARLY_SEND_SCRIPT}</script>`));
  });
}
