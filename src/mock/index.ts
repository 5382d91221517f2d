/**
 * The mock backend, web-standard parts: they run in a browser (as the element's `fetch`), in
 * Storybook and in any server. The Node hosts are in ./node.ts.
 */
export { createWebviewHandler, MAX_BODY_BYTES, type Handler, type WebviewHandlerOptions } from './handler.js';
export { createMockBackend, type MockBackend } from './backend.js';
export {
  SimulatedBot,
  MESSAGE_WINDOW_MS,
  DEMO_BOT_ID,
  type BotContext,
  type Dialog,
  type Conversation,
  type TranscriptEntry,
  type ChatButton,
  type WebviewOutcome,
  type SimulatedBotOptions,
} from './bot.js';
export { createDemoBot, DEMO_DIALOGS } from './demo-bot.js';
export { CHAT_PREFIX, snapshot, type ConversationSnapshot } from './chat-api.js';
