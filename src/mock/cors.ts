/**
 * CORS, written once as a wrapper around a handler (as Hono's `cors()` is): it answers every
 * preflight (`OPTIONS`) itself, on any path, and puts `Access-Control-Allow-Origin` on every
 * other answer the handler gives, errors included, so that a page on another origin can read
 * what went wrong.
 */
import { problem, type Handler } from './reply.js';

export interface CorsOptions {
  /** Origins allowed: a list, or `*` for any. Default: `*`. */
  allowedOrigins?: readonly string[] | '*';
  /** Methods a preflight allows (OPTIONS is added). Default: GET, POST. */
  allowMethods?: readonly string[];
  /** Request headers a preflight allows. Default: Authorization, Content-Type. */
  allowHeaders?: readonly string[];
  /** Seconds a browser may keep a preflight's answer. Default: 600. */
  maxAge?: number;
}

/** Returns `handler` with CORS. */
export function withCors(handler: Handler, options: CorsOptions = {}): Handler {
  const allowed = options.allowedOrigins ?? '*';
  const preflight = {
    'Access-Control-Allow-Methods': [...(options.allowMethods ?? ['GET', 'POST']), 'OPTIONS'].join(', '),
    'Access-Control-Allow-Headers': (options.allowHeaders ?? ['Authorization', 'Content-Type']).join(', '),
    'Access-Control-Max-Age': String(options.maxAge ?? 600),
  };
  return async (request) => {
    const cors = corsHeaders(request.headers.get('Origin'), allowed);
    if (request.method === 'OPTIONS') {
      if (!cors['Access-Control-Allow-Origin']) return problem(403, 'origin_not_allowed', 'This origin may not call the API.', cors);
      return new Response(null, { status: 204, headers: { ...cors, ...preflight } });
    }
    return withHeaders(await handler(request), cors);
  };
}

function corsHeaders(origin: string | null, allowed: readonly string[] | '*'): Record<string, string> {
  if (allowed === '*') return { 'Access-Control-Allow-Origin': '*' };
  if (origin && allowed.includes(origin)) return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
  return { Vary: 'Origin' };
}

// A Response's headers may be immutable (one from fetch): copy it rather than set them.
function withHeaders(response: Response, extra: Record<string, string>): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(extra)) {
    if (name === 'Vary' && headers.has('Vary')) headers.append(name, value);
    else headers.set(name, value);
  }
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
