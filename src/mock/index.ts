/**
 * `webview-form/mock`: the mock backend. The handler, the bot and the chat API are web-standard
 * and run in a browser (as the element's `fetch`), in Storybook and in any server; the adapters
 * and the Vite plugin import only Node's and Vite's types, so this entry loads anywhere. The
 * standalone server, which needs node:http, is `webview-form/mock/server`.
 */
export { createWebviewHandler, MAX_BODY_BYTES, type Handler, type WebviewHandlerOptions } from './handler.js';
export { createMockBackend, type MockBackend, type MockBackendOptions } from './backend.js';
export { withCors, type CorsOptions } from './cors.js';
export { withErrorBoundary, type ErrorReporter } from './guard.js';
export {
  SimulatedBot,
  MESSAGE_WINDOW_MS,
  MAX_CONVERSATIONS,
  MAX_CONVERSATION_CHARS,
  IDLE_MS,
  DEMO_BOT_ID,
  WEB_MESSAGING_CHANNEL,
  type BotContext,
  type Dialog,
  type Conversation,
  type TranscriptEntry,
  type ChatButton,
  type WebviewOutcome,
  type SimulatedBotOptions,
} from './bot.js';
export { createDemoBot, DEMO_DIALOGS } from './demo-bot.js';
export { loadBotExport, CODE_TIMEOUT_MS, type BotExport, type LoadBotExportOptions } from './export/load.js';
export { BotExportError, EXPORT_LIMITS } from './export/safe-json.js';
export { compilePattern, type Matcher } from './export/patterns.js';
export { CodeTimeout, BOT_CONTEXT_FUNCTIONS, type CodeRunner } from './export/sandbox.js';
export { vmRunner } from './export/vm-runner.js';
export { workerRunner } from './export/worker-runner.js';
export { CHAT_PREFIX, snapshot, type ConversationSnapshot } from './chat-api.js';
export { MAX_EVENT_STREAMS, MAX_UNREAD_EVENT_BYTES } from './event-stream.js';
export { toWebRequest, sendWebResponse, serveNode, connectMiddleware, koaMiddleware, UnservableRequest } from './node-adapter.js';
export { webviewMock, type WebviewMockPlugin, type MiddlewareHost } from './vite-plugin.js';
