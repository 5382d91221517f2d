// Writes dist/webview-form.css, the stylesheet of an HTML-first page before the upgrade, from its
// one source, src/pre-upgrade.ts (run by `npm run build`): bundled for Node and read, never copied by hand.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { outputFiles } = await build({
  entryPoints: [`${root}src/pre-upgrade.ts`],
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'warning',
});
const { PRE_UPGRADE_STYLES } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
// Comments and white space out, for the page that inlines it: what is left renders the same.
const compact = PRE_UPGRADE_STYLES.replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s+/g, ' ')
  .replace(/ ?([{};,>]) ?/g, '$1')
  .trim();
writeFileSync(
  `${root}dist/webview-form.css`,
  `/* webview-form: an HTML-first page's look before the upgrade (src/pre-upgrade.ts) */\n${compact}\n`,
);
