// The docs site's pages: every MDX file under stories/, as paths from the project's root.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The MDX files under `folder` (from the root), at any depth. */
export const docsPages = (folder = 'stories') =>
  readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? docsPages(join(folder, entry.name)) : entry.name.endsWith('.mdx') ? [join(folder, entry.name)] : [],
  );
