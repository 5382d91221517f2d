/**
 * The mock of `POST /thirdparty-services-0.1/webview`, as a web-standard handler
 * `(request: Request) => Promise<Response>`: the same function runs in a browser (as the
 * element's `fetch`), in Vite's and the test runner's dev servers, and in a Node server.
 *
 *     request ─► CORS (preflight answered; the header on every answer) ─► exception → 500
 *             ─► path (404) ─► method (405) ─► Content-Type (415) ─► size (413) ─► UTF-8 (400)
 *             ─► JSON + protocol schema (400) ─► Authorization (401) ─► bot ─► 200
 *
 * It validates with the zod schemas of core/schemas.ts and signs with core/sign.ts, so the client
 * and the mock cannot drift apart. Every answer, error or not, is JSON.
 */
import { MAX_PAYLOAD_BYTES, WEBVIEW_PATH } from '../core/protocol.js';
import { Payload, describeIssues } from '../core/schemas.js';
import { authToken } from '../core/sign.js';
import { SimulatedBot } from './bot.js';
import { readBody } from './body.js';
import { withCors } from './cors.js';
import { withErrorBoundary, type ErrorReporter } from './guard.js';
import { badRequest, problem, reply, type Handler } from './reply.js';

/** The largest body the mock accepts: the limit the element enforces before sending. */
export const MAX_BODY_BYTES = MAX_PAYLOAD_BYTES;

export type { Handler };

export interface WebviewHandlerOptions {
  /** The bot behind the API. Default: a new `SimulatedBot` without dialogs. */
  bot?: SimulatedBot;
  /** Origins allowed by CORS: a list, or `*` for any. Default: `*`. */
  allowedOrigins?: readonly string[] | '*';
  /** Bodies larger than this many bytes are refused with 413. Default: `MAX_BODY_BYTES`. */
  maxBodyBytes?: number;
  /** Gets an exception thrown inside a handler, which is answered with a bare 500. Default: console.error. */
  onError?: ErrorReporter;
}

/** Returns the mock Web View API handler. */
export function createWebviewHandler(options: WebviewHandlerOptions = {}): Handler {
  const route = webviewRoute(options.bot ?? new SimulatedBot(), options.maxBodyBytes ?? MAX_BODY_BYTES);
  return withCors(withErrorBoundary(route, options.onError), { allowedOrigins: options.allowedOrigins, allowMethods: ['POST'] });
}

/** The Web View API without CORS, which whoever mounts it adds once around everything. */
export function webviewRoute(bot: SimulatedBot, maxBodyBytes: number): Handler {
  return async (request) => {
    const path = new URL(request.url).pathname;
    if (path !== WEBVIEW_PATH) return problem(404, 'not_found', `There is nothing at ${path}; the API is at ${WEBVIEW_PATH}.`);
    if (request.method !== 'POST') {
      return problem(405, 'method_not_allowed', `Use POST, not ${request.method}.`, { Allow: 'POST, OPTIONS' });
    }
    const type = request.headers.get('Content-Type') ?? '';
    if (!/^application\/json\s*(;|$)/i.test(type)) {
      return problem(415, 'unsupported_media_type', `Send Content-Type: application/json, not "${type || 'nothing'}".`);
    }
    const body = await readBody(request, maxBodyBytes);
    if ('refusal' in body) return body.refusal;

    let json: unknown;
    try {
      json = JSON.parse(body.text);
    } catch {
      return badRequest('The body is not valid JSON.');
    }
    const checked = Payload.safeParse(json);
    if (!checked.success) return badRequest(...describeIssues(checked.error));

    const payload = checked.data;
    const given = request.headers.get('Authorization')?.trim();
    if (!given) return problem(401, 'unauthorized', 'The Authorization header is missing.');
    if (given.toLowerCase() !== (await authToken(payload.conversationId, payload.botId))) {
      return problem(401, 'unauthorized', 'The Authorization header is not sha256hex(conversationId + " || " + botId).');
    }
    const outcome = await bot.receiveWebview(payload);
    return reply(200, { success: true, ...outcome });
  };
}
