// The size budget of the drop-in: dist/webview-form.standalone.js and every file it imports
// statically, gzip -9, at most 16,000 bytes with lit, @lit/task and everything to render inside.
// Lazily loaded chunks (the field code, the submission with zod, the sha256 fallback) are listed
// but not counted: a page fetches them only when it needs them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET = 16_000;
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The files a module imports statically (not `import()`), relative ones only: the drop-in has no bare imports. */
function staticImports(file) {
  const code = readFileSync(file, 'utf8');
  const specifiers = [...code.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)].map((match) => match[1]);
  for (const specifier of specifiers) assert.ok(specifier.startsWith('./'), `${relative(dist, file)} imports "${specifier}", which a browser cannot resolve`);
  return specifiers.map((specifier) => join(dirname(file), specifier));
}

test(`the drop-in and its static imports are at most ${BUDGET} bytes gzip -9`, () => {
  const closure = new Set();
  const visit = (file) => {
    if (closure.has(file)) return;
    closure.add(file);
    staticImports(file).forEach(visit);
  };
  visit(join(dist, 'webview-form.standalone.js'));
  const sizes = [...closure].map((file) => [relative(dist, file), gzip(file)]);
  const total = sizes.reduce((sum, [, size]) => sum + size, 0);
  const lazy = readdirSync(dist)
    .filter((file) => file.startsWith('webview-form.') && file.endsWith('.js') && !closure.has(join(dist, file)))
    .map((file) => `${file} ${gzip(join(dist, file))} B`);
  console.log(`size: static ${total} B gzip -9 of ${BUDGET} (${sizes.map(([file, size]) => `${file} ${size} B`).join(', ')}); lazy: ${lazy.join(', ')}`);
  assert.ok(total <= BUDGET, `${total} bytes is over the ${BUDGET}-byte budget`);
});
