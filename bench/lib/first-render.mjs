// The JavaScript a page needs before its form can be used, read from the files rather than the
// network: its inline scripts, its own module scripts (not the bench's ready.js) and every file
// those import statically, each gzip -9. What a page fetches lazily is left out here; the load
// samples count whatever was requested before ready, lazy or not. The same reading of static
// imports as the size budget test (test/node/size.test.mjs).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** The specifiers a module imports statically (not `import()`). */
function staticSpecifiers(code) {
  return [...code.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g)].map((match) => match[1]);
}

/** Returns { inline, files: { path: gzip bytes }, total } for the page at `root`/`pagePath` (or `html`, a page generated). */
export function firstRenderJs(root, pagePath, html = readFileSync(join(root, pagePath), 'utf8')) {
  const inlineCode = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join('\n');
  const inline = inlineCode ? gzip(inlineCode) : 0;
  const files = {};
  const visit = (path) => {
    if (path in files) return;
    const code = readFileSync(join(root, path), 'utf8');
    files[path] = gzip(code);
    for (const specifier of staticSpecifiers(code)) {
      if (specifier.startsWith('.')) visit(join(dirname(path), specifier));
    }
  };
  for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) {
    if (!src.includes('/bench/pages/ready.js')) visit(src.replace(/^\//, ''));
  }
  const total = inline + Object.values(files).reduce((sum, bytes) => sum + bytes, 0);
  return { inline, files, total };
}
