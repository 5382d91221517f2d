/**
 * The whole mock backend as one web-standard handler: the Web View API and the demo's chat API
 * over one simulated bot. Every host (Vite, the test runner, the Node server) mounts this.
 */
import { WEBVIEW_PATH } from '../core/protocol.js';
import { createWebviewHandler, type Handler, type WebviewHandlerOptions } from './handler.js';
import { CHAT_PREFIX, handleChat } from './chat-api.js';
import { createDemoBot } from './demo-bot.js';
import type { SimulatedBot } from './bot.js';

export interface MockBackend {
  readonly bot: SimulatedBot;
  /** Answers every request; paths it does not serve get a JSON 404. */
  readonly handle: Handler;
  /** Whether a path is one of the backend's, for hosts that serve other things too. */
  owns(pathname: string): boolean;
}

/** Returns the backend over `options.bot`, by default the demo bot. */
export function createMockBackend(options: WebviewHandlerOptions = {}): MockBackend {
  const bot = options.bot ?? createDemoBot();
  const webview = createWebviewHandler({ ...options, bot });
  const owns = (pathname: string) => pathname === WEBVIEW_PATH || pathname === CHAT_PREFIX || pathname.startsWith(`${CHAT_PREFIX}/`);
  return {
    bot,
    owns,
    handle: async (request) => {
      const { pathname } = new URL(request.url);
      if (!pathname.startsWith(CHAT_PREFIX)) return webview(request);
      const origin = options.allowedOrigins === undefined || options.allowedOrigins === '*' ? '*' : request.headers.get('Origin');
      const allowed = origin === '*' || (origin !== null && (options.allowedOrigins as readonly string[]).includes(origin));
      return handleChat(request, bot, allowed ? { 'Access-Control-Allow-Origin': origin! } : {});
    },
  };
}
