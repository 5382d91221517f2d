/**
 * The demo's network switch: the line between a form page and the bot service, online, offline
 * or flaky, so that a person can watch a send wait in the outbox and leave once the line is back.
 * "Offline" answers every post to the Web View API with 503 (the service unreachable, as a proxy
 * says it), "flaky" every other one; the chat API is never cut, so the chat keeps working.
 *
 *     GET /mock/network            → 200 { mode }
 *     POST /mock/network { mode }  → 200 { mode }
 */
import { readBody } from './body.js';
import type { Handler } from './handler.js';
import { badRequest, problem, reply } from './reply.js';

export const NETWORK_PATH = '/mock/network';
export const NETWORK_MODES = ['online', 'offline', 'flaky'] as const;
export type NetworkMode = (typeof NETWORK_MODES)[number];

/** The switch, and the Web View API's handler behind it. */
export function networkSwitch(webview: Handler) {
  let mode: NetworkMode = 'online';
  let posts = 0;
  const cut = () => problem(503, 'unavailable', `The demo's network switch is ${mode}: this post did not reach the bot.`);
  return {
    webview: (async (request) => {
      if (mode === 'offline' || (mode === 'flaky' && posts++ % 2 === 0)) return cut();
      return webview(request);
    }) satisfies Handler,
    route: (async (request) => {
      if (request.method === 'GET') return reply(200, { mode });
      if (request.method !== 'POST')
        return problem(405, 'method_not_allowed', `Use GET or POST, not ${request.method}.`, { Allow: 'GET, POST, OPTIONS' });
      const body = await readBody(request, 1024);
      if ('refusal' in body) return body.refusal;
      let next: unknown;
      try {
        next = (JSON.parse(body.text) as { mode?: unknown } | null)?.mode;
      } catch {
        return badRequest('The body is not valid JSON.');
      }
      if (!NETWORK_MODES.includes(next as NetworkMode)) return badRequest(`mode: must be one of ${NETWORK_MODES.join(', ')}`);
      mode = next as NetworkMode;
      posts = 0;
      return reply(200, { mode });
    }) satisfies Handler,
  };
}
