/**
 * The mock of `POST /thirdparty-services-0.1/webview`, as a web-standard handler
 * `(request: Request) => Promise<Response>`: the same function runs in a browser (as the
 * element's `fetch`), in Vite's and the test runner's dev servers, and in a Node server.
 *
 *     request ─► CORS preflight? ─► path (404) ─► method (405) ─► Content-Type (415)
 *             ─► size (413) ─► JSON + protocol schema (400) ─► Authorization (401) ─► bot ─► 200
 *
 * It validates with the zod schemas of src/core/schemas.ts and signs with src/core/sign.ts, so the client
 * and the mock cannot drift apart. Every answer, error or not, is JSON.
 */
import { MAX_PAYLOAD_BYTES, WEBVIEW_PATH } from '../core/protocol.js';
import { Payload, describeIssues } from '../core/schemas.js';
import { authToken } from '../core/sign.js';
import { SimulatedBot } from './bot.js';

/** The largest body the mock accepts: the limit the element enforces before sending. */
export const MAX_BODY_BYTES = MAX_PAYLOAD_BYTES;

export type Handler = (request: Request) => Promise<Response>;

export interface WebviewHandlerOptions {
  /** The bot behind the API. Default: a new `SimulatedBot` without dialogs. */
  bot?: SimulatedBot;
  /** Origins allowed by CORS: a list, or `*` for any. Default: `*`. */
  allowedOrigins?: readonly string[] | '*';
  /** Bodies larger than this many bytes are refused with 413. Default: `MAX_BODY_BYTES`. */
  maxBodyBytes?: number;
}

/** Returns the mock Web View API handler. */
export function createWebviewHandler(options: WebviewHandlerOptions = {}): Handler {
  const bot = options.bot ?? new SimulatedBot();
  const allowed = options.allowedOrigins ?? '*';
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;

  return async (request) => {
    const cors = corsHeaders(request.headers.get('Origin'), allowed);
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) =>
      Response.json(body, { status, headers: { ...cors, 'Cache-Control': 'no-store', ...headers } });

    const path = new URL(request.url).pathname;
    if (path !== WEBVIEW_PATH) return reply(404, problem('not_found', `There is nothing at ${path}; the API is at ${WEBVIEW_PATH}.`));
    if (request.method === 'OPTIONS') {
      if (!cors['Access-Control-Allow-Origin']) return reply(403, problem('origin_not_allowed', 'This origin may not call the API.'));
      return new Response(null, {
        status: 204,
        headers: {
          ...cors,
          'Access-Control-Allow-Methods': 'POST, OPTIONS',
          'Access-Control-Allow-Headers': 'Authorization, Content-Type',
          'Access-Control-Max-Age': '600',
        },
      });
    }
    if (request.method !== 'POST') {
      return reply(405, problem('method_not_allowed', `Use POST, not ${request.method}.`), { Allow: 'POST, OPTIONS' });
    }
    const type = request.headers.get('Content-Type') ?? '';
    if (!/^application\/json\s*(;|$)/i.test(type)) {
      return reply(415, problem('unsupported_media_type', `Send Content-Type: application/json, not "${type || 'nothing'}".`));
    }
    const text = await readLimited(request, maxBodyBytes);
    if (text === undefined) return reply(413, problem('payload_too_large', `The body is larger than ${maxBodyBytes} bytes.`));

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return reply(400, { error: 'bad_request', errors: ['The body is not valid JSON.'] });
    }
    const checked = Payload.safeParse(json);
    if (!checked.success) return reply(400, { error: 'bad_request', errors: describeIssues(checked.error) });

    const payload = checked.data;
    const given = request.headers.get('Authorization')?.trim();
    if (!given) return reply(401, problem('unauthorized', 'The Authorization header is missing.'));
    if (given.toLowerCase() !== (await authToken(payload.conversationId, payload.botId))) {
      return reply(401, problem('unauthorized', 'The Authorization header is not sha256hex(conversationId + " || " + botId).'));
    }
    const outcome = await bot.receiveWebview(payload);
    return reply(200, { success: true, ...outcome });
  };
}

function problem(error: string, message: string) {
  return { error, message };
}

function corsHeaders(origin: string | null, allowed: readonly string[] | '*'): Record<string, string> {
  if (allowed === '*') return { 'Access-Control-Allow-Origin': '*' };
  if (origin && allowed.includes(origin)) return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
  return { Vary: 'Origin' };
}

/** Reads the body as text, or returns undefined as soon as it passes `max` bytes (never buffering more). */
async function readLimited(request: Request, max: number): Promise<string | undefined> {
  const declared = Number(request.headers.get('Content-Length'));
  if (declared > max) return undefined;
  // Firefox has no `Request.body` (undefined, not null): there the body can only be read whole.
  if (request.body === undefined) {
    const bytes = new Uint8Array(await request.arrayBuffer());
    return bytes.byteLength > max ? undefined : new TextDecoder().decode(bytes);
  }
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
