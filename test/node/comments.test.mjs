// Comments that name a file name one that exists: a file moved or renamed leaves none behind that
// send a reader looking for it (issue 28, row 9).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const src = join(root, 'src');

/** Every .ts file below `folder`. */
const sources = (folder) =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : [],
  );

// A file name in a comment line: `flow.ts`, `steps/flow.ts`, `core/load-once.ts`, `dist/webview-form.steps.js`.
const NAMED = /(?<![\w@/.-])((?:[\w-]+\/)*[\w-]+\.(?:ts|mjs|cjs))\b/g;
const COMMENT = /^\s*(\/\/|\/?\*)/;

/** Where a name may point: beside the file, under src/, at the root, or in test/. */
const exists = (name, file) => [dirname(file), src, root, join(root, 'test')].some((base) => existsSync(join(base, name)));

test('no comment in src/ names a file that does not exist', () => {
  const missing = [];
  for (const file of sources(src)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (!COMMENT.test(line)) return;
        for (const [, name] of line.matchAll(NAMED))
          if (!exists(name, file)) missing.push(`${relative(root, file)}:${index + 1} names ${name}`);
      });
  }
  assert.deepEqual(missing, []);
});
