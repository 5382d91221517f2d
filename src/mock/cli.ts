/**
 * `npm run mock`: the standalone mock server.
 *
 *     npm run mock -- --port 8787 --host 127.0.0.1 --origin http://localhost:3000 --origin https://forms.example
 *
 * Without --origin any origin may call it (CORS `*`). MOCK_PORT and MOCK_ORIGINS (comma-separated)
 * work too.
 */
import { parseArgs } from 'node:util';
import { WEBVIEW_PATH } from '../core/protocol.js';
import { DEFAULT_PORT, startMockServer } from './server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
    origin: { type: 'string', multiple: true },
  },
});

const port = Number(values.port ?? process.env.MOCK_PORT ?? DEFAULT_PORT);
const origins = values.origin ?? process.env.MOCK_ORIGINS?.split(',').map((origin) => origin.trim()).filter(Boolean);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, not "${values.port ?? process.env.MOCK_PORT}".`);
  process.exit(2);
}

const server = await startMockServer({ port, host: values.host, allowedOrigins: origins?.length ? origins : '*' });
console.log(`Mock Web View API on ${server.url}${WEBVIEW_PATH} (origins: ${origins?.join(', ') || '*'}); Ctrl+C stops it.`);
process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
