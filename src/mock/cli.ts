/// <reference types="node" />
/**
 * `npx webview-form-mock` (`npm run mock`): the standalone mock server.
 *
 *     npm run mock -- --port 8787 --host 127.0.0.1 --origin http://localhost:3000 --origin https://forms.example
 *     npm run mock -- --bot my-bot.json     (a Conversation Builder bot export instead of the demo bot)
 *
 * Without --origin any origin may call it (CORS `*`). MOCK_PORT and MOCK_ORIGINS (comma-separated)
 * work too. A mistake in the options is one line and the usage on stderr, exit 2; so is a --bot
 * file that cannot be read or is not a bot export (one line, without the usage).
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { WEBVIEW_PATH } from '../core/protocol.js';
import { loadBotExport, type BotExport } from './export/load.js';
import { BotExportError, EXPORT_LIMITS } from './export/safe-json.js';
import { DEFAULT_PORT, startMockServer } from './server.js';

const NAME = 'webview-form-mock';
const USAGE = `Usage: ${NAME} [options]

Serves the mock Web View API (POST ${WEBVIEW_PATH}) and the demo's chat API
(/mock/conversations) over a simulated bot, for form pages hosted elsewhere.

Options:
  --port <number>    the port to listen on; 0 picks a free one (default: ${DEFAULT_PORT}, or MOCK_PORT)
  --host <address>   the address to listen on (default: 127.0.0.1, this machine only)
  --origin <origin>  an origin allowed by CORS; repeat for more (default: any, or MOCK_ORIGINS,
                     comma-separated)
  --bot <file>       run this Conversation Builder bot export (JSON) instead of the demo bot;
                     what it holds that the mock does not simulate is listed at start
  -h, --help         print this and exit
`;

function fail(message: string): never {
  process.stderr.write(`${NAME}: ${message}\n\n${USAGE}`);
  process.exit(2);
}

let values: { port?: string; host: string; origin?: string[]; bot?: string; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      origin: { type: 'string', multiple: true },
      bot: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }) as { values: typeof values });
} catch (error) {
  // parseArgs says "Unknown option '--x'. To specify a positional argument starting with a '-', …": the first sentence is the news.
  const message = error instanceof Error ? error.message.split(/\.\s/)[0].replace(/\.$/, '') : String(error);
  fail(`${message.charAt(0).toLowerCase()}${message.slice(1)}.`);
}
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}

const port = Number(values.port ?? process.env.MOCK_PORT ?? DEFAULT_PORT);
const origins =
  values.origin ??
  process.env.MOCK_ORIGINS?.split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`--port must be a port number, not "${values.port ?? process.env.MOCK_PORT}".`);

/** The export in `file`, or exit 2 with one line saying why not. */
function loadBot(file: string): BotExport {
  try {
    if (statSync(file).size > EXPORT_LIMITS.maxChars) throw new BotExportError(`The file is larger than ${EXPORT_LIMITS.maxChars} bytes.`);
    return loadBotExport(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason =
      error instanceof BotExportError ? error.message : `cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)}).`;
    process.stderr.write(`${NAME}: ${file}: ${reason}\n`);
    process.exit(2);
  }
}

const bot = values.bot === undefined ? undefined : loadBot(values.bot);
if (bot) {
  console.log(`Bot "${bot.name}" from ${values.bot}: ${bot.dialogs.length} dialog starter${bot.dialogs.length === 1 ? '' : 's'}.`);
  if (bot.unsupported.length > 0) console.log(`Not simulated:\n${bot.unsupported.map((line) => `  - ${line}`).join('\n')}`);
}

const server = await startMockServer({ port, host: values.host, allowedOrigins: origins?.length ? origins : '*', bot }).catch(
  (error: NodeJS.ErrnoException) => {
    process.stderr.write(`${NAME}: cannot listen on ${values.host}:${port}: ${error.code ?? error.message}.\n`);
    process.exit(1);
  },
);
console.log(`Mock Web View API on ${server.url}${WEBVIEW_PATH} (origins: ${origins?.join(', ') || '*'}); Ctrl+C stops it.`);
process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
