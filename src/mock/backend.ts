/**
 * The whole mock backend as one web-standard handler: the Web View API and the demo's chat API
 * over one simulated bot, wrapped once in the error boundary and in CORS. Every host (Vite, the
 * test runner, the Node server) mounts this.
 *
 *     request ─► CORS ─► exception → 500 ─► /thirdparty-services-0.1/webview (through the network switch) │ /mock/conversations… │ /mock/network │ /mock/bot │ 404
 */
import { WEBVIEW_PATH } from '../core/protocol.js';
import { MAX_BODY_BYTES, webviewRoute, type Handler, type WebviewHandlerOptions } from './handler.js';
import { CHAT_PREFIX, chatRoute } from './chat-api.js';
import { withCors } from './cors.js';
import { createDemoBot } from './demo-bot.js';
import { withErrorBoundary } from './guard.js';
import { problem } from './reply.js';
import { NETWORK_PATH, networkSwitch } from './network.js';
import { SimulatedBot, type SimulatedBotOptions } from './bot.js';
import type { BotExport } from './export/load.js';
import { BOT_PATH, botRoute } from './bot-route.js';

export interface MockBackendOptions
  extends
    Omit<WebviewHandlerOptions, 'bot'>,
    Pick<SimulatedBotOptions, 'now' | 'maxConversations' | 'maxConversationChars' | 'idleMs' | 'channel'> {
  // `now`, `maxConversations`, `maxConversationChars`, `idleMs` and `channel` configure the bot made here
  // (the demo bot, or one running a loaded export); a `SimulatedBot` you pass brings its own.
  /** The bot behind the API: a `SimulatedBot`, or a Conversation Builder export from `loadBotExport`. Default: the demo bot. */
  bot?: SimulatedBot | BotExport;
}

export interface MockBackend {
  readonly bot: SimulatedBot;
  /** Answers every request; paths it does not serve get a JSON 404. */
  readonly handle: Handler;
  /** Whether a path is one of the backend's, for hosts that serve other things too. */
  owns(pathname: string): boolean;
  /**
   * Answers, with CORS like any other answer, a request a host could not turn into a `Request`
   * (a method fetch refuses, like TRACE; a Host header that is not a host).
   */
  refuse(origin: string | null, status: number, body: unknown): Promise<Response>;
}

/** Returns the backend over `options.bot`, by default the demo bot. */
export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const { now, maxConversations, maxConversationChars, idleMs, channel } = options;
  const made = { now, maxConversations, maxConversationChars, idleMs, channel };
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  // The bot and the routes over it; the demo chat may load another bot (/mock/bot) while it runs.
  let exported = options.bot instanceof SimulatedBot ? undefined : options.bot;
  let bot = options.bot instanceof SimulatedBot ? options.bot : exported ? exported.createBot(made) : createDemoBot(made);
  const network = networkSwitch((request) => webview(request));
  let webview = webviewRoute(bot, maxBodyBytes);
  let chat = chatRoute(bot, maxBodyBytes);
  const bots = botRoute({
    current: () => exported,
    use: (next) => {
      exported = next;
      bot = next ? next.createBot(made) : createDemoBot(made);
      webview = webviewRoute(bot, maxBodyBytes);
      chat = chatRoute(bot, maxBodyBytes);
    },
  });
  const owns = (pathname: string) =>
    pathname === WEBVIEW_PATH ||
    pathname === NETWORK_PATH ||
    pathname === BOT_PATH ||
    pathname === CHAT_PREFIX ||
    pathname.startsWith(`${CHAT_PREFIX}/`);
  const guard = (handler: Handler) => withCors(withErrorBoundary(handler, options.onError), { allowedOrigins: options.allowedOrigins });

  return {
    get bot() {
      return bot;
    },
    owns,
    handle: guard(async (request) => {
      const { pathname } = new URL(request.url);
      if (pathname === WEBVIEW_PATH) return network.webview(request);
      if (pathname === NETWORK_PATH) return network.route(request);
      if (pathname === BOT_PATH) return bots(request);
      if (owns(pathname)) return chat(request);
      return problem(404, 'not_found', `There is nothing at ${pathname}; the API is at ${WEBVIEW_PATH}.`);
    }),
    refuse: (origin, status, body) => {
      const answer = guard(async () =>
        Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...(status === 405 && { Allow: 'GET, POST, OPTIONS' }) } }),
      );
      return answer(new Request('http://mock.invalid/', { headers: origin === null ? {} : { Origin: origin } }));
    },
  };
}
