// The docs a newcomer finds their way in: a README that stays a front door, and links between the
// README, ARCHITECTURE, CONTRIBUTING, the changelog, the bench's notes and the docs site's pages
// (stories/**/*.mdx) that all lead somewhere: to a file that exists, and to a heading it has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docsPages } from './docs-pages.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const DOCS = ['README.md', 'ARCHITECTURE.md', 'CONTRIBUTING.md', 'CHANGELOG.md', 'bench/README.md', ...docsPages()];

/** The text outside fenced code blocks, where a link is a link. */
const prose = (text) => text.replace(/^```[\s\S]*?^```/gm, '');

/** GitHub's anchor for a heading: lower case, punctuation gone, spaces to hyphens. */
const slug = (heading) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/** Storybook's id of a docs page: its `<Meta title>` as a slug, or its stories' title for an attached page. */
const storybookId = (title) =>
  `${title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}--docs`;
const DOCS_PAGES = new Set(
  docsPages().map((file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const title = text.match(/<Meta title="([^"]+)"/)?.[1];
    if (title) return storybookId(title);
    const stories = text.match(/import \* as \w+ from '([^']+)'/)?.[1];
    return storybookId(readFileSync(join(root, dirname(file), `${stories}.ts`), 'utf8').match(/title: '([^']+)'/)[1]);
  }),
);

function anchorsOf(file) {
  return new Set([...prose(readFileSync(join(root, file), 'utf8')).matchAll(/^#{1,6}\s+(.+)$/gm)].map(([, heading]) => slug(heading)));
}

test('the README is a front door: at most 300 lines', () => {
  const lines = readFileSync(join(root, 'README.md'), 'utf8').split('\n').length;
  assert.ok(lines <= 300, `README.md has ${lines} lines`);
});

test('every relative link and anchor in the README, the other docs and the docs site pages resolves', () => {
  const broken = [];
  for (const file of DOCS) {
    const text = prose(readFileSync(join(root, file), 'utf8'));
    const links = [...text.matchAll(/\]\(([^)\s]+)\)|\bsrc="([^"]+)"/g)].map((match) => match[1] ?? match[2]);
    for (const link of links) {
      // Within the docs site, a page links to another by its Storybook id.
      const page = link.match(/^\?path=\/docs\/([\w-]+)$/)?.[1];
      if (page) {
        if (!file.endsWith('.mdx') || !DOCS_PAGES.has(page)) broken.push(`${file}: ${link} (no docs page ${page})`);
        continue;
      }
      if (/^[a-z][\w+.-]*:/i.test(link)) continue;
      const [path, anchor] = link.split('#');
      const target = path ? relative(root, join(root, dirname(file), decodeURIComponent(path))) : file;
      if (!existsSync(join(root, target))) {
        broken.push(`${file}: ${link} (no ${target})`);
        continue;
      }
      if (anchor && /\.(md|mdx)$/.test(target) && !anchorsOf(target).has(anchor)) broken.push(`${file}: ${link} (no heading #${anchor})`);
    }
  }
  assert.deepEqual(broken, []);
});

test('each guide of the docs site shows a live form (a story) beside its text', () => {
  const guides = docsPages('stories/guides');
  assert.ok(guides.length >= 10, `${guides.length} guides`);
  for (const guide of guides)
    assert.match(readFileSync(join(root, guide), 'utf8'), /<Canvas of=\{Stories\.\w+\} \/>/, `${guide} has a story`);
});
