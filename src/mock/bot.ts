/**
 * A simulated Conversation Builder bot: conversations with a transcript, webview variables set
 * through the Web View API, bot variables, and dialogs whose starters match what the consumer (or
 * a webview `message`) says. Dialogs are small functions over a `botContext` with the names of the
 * real platform's, so a bot builder rehearses the code they will paste into Conversation Builder.
 */
import type { Payload } from '../core/schemas.js';
import { trim, type ChatButton, type Conversation, type TranscriptEntry } from './conversation.js';

export type { ChatButton, Conversation, TranscriptEntry };

/** What the vendor documents: a webview `message` more than 24 h after the consumer's last one is ignored. */
export const MESSAGE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** The subset of Conversation Builder's `botContext` that webview flows use. */
export interface BotContext {
  /** A variable posted through the Web View API, or null when none was. */
  getWebViewVariable(name: string): string | null;
  /** Every variable posted through the Web View API for this conversation. */
  getWebViewVariables(): Record<string, string>;
  getConversationId(): string;
  getUserPlatformId(): string;
  /** The channel the consumer writes from, as Conversation Builder names it (`lp_web`, `lp_sms`…). */
  getUserChannel(): string;
  /** The bot's ID (the vendor's guide hard-codes it in the link; the mock hands it over). */
  getBotId(): string;
  /** The text that started this dialog. */
  getCurrentUserMessage(): string;
  setBotVariable(name: string, value: unknown, persistForSession?: boolean, persistForever?: boolean): void;
  getBotVariable(name: string): unknown;
  /** Mock extension: every bot variable of the conversation (an export's code sandbox gets a copy). */
  getBotVariables(): Record<string, unknown>;
  sendMessage(text: string): void;
  /** Writes to the debug output (a `debug` transcript entry), as in Conversation Builder's preview. */
  printDebugMessage(text: string): void;
  /**
   * Mock extension: a message with link buttons, as a Button Question interaction renders it, and
   * answers to tap (quick replies), which come back as the consumer's message.
   */
  sendButtons(text: string, buttons: readonly ChatButton[], replies?: readonly string[]): void;
}

export interface Dialog {
  readonly name: string;
  /**
   * Dialog starters: a string matches as whole words, case-insensitively; a RegExp as written, as
   * does any other object with a `test(text)` method (an export's Conversation Builder patterns).
   */
  readonly patterns: ReadonlyArray<string | RegExp | { test(text: string): boolean }>;
  /**
   * Mock extension: which messages may start it. Conversation Builder matches a web view's
   * `message` like any typed one (the default, `any`); a demo's commands that offer a form (`chat`)
   * should not answer a form whose message happens to contain their word.
   */
  readonly startedBy?: 'any' | 'chat';
  run(bot: BotContext): void | Promise<void>;
}

/** What became of one Web View API post. */
export interface WebviewOutcome {
  /** The names of the variables stored. */
  readonly stored: readonly string[];
  /** `none` without a message; `ignored` past 24 h; else the dialog it started, or `posted`. */
  readonly message: 'none' | 'ignored' | 'posted' | { readonly dialog: string };
}

export interface SimulatedBotOptions {
  /** The bot's ID, used in links it builds. Default: a fixed 40-hex-digit demo ID. */
  botId?: string;
  dialogs?: readonly Dialog[];
  /** The clock. Default: `Date.now`. Tests pass a fake one for the 24-hour rule and for idleness. */
  now?: () => number;
  /**
   * Mock extension, for a bot whose dialogs ask questions (a Conversation Builder export): it sees
   * each message before the starters are matched (`first`: the answer to the question the
   * conversation waits on) and when none matched (`last`: the question's no-match rule, the
   * fallback dialog). Returns the name of the dialog that took the message, or undefined.
   */
  route?: (bot: BotContext, when: 'first' | 'last', via: 'chat' | 'webview') => string | undefined | Promise<string | undefined>;
  /**
   * The channel every conversation is on, as `getUserChannel()` answers it. Default: `lp_web`
   * (LivePerson's web messaging, which the mock's chat stands for); a test passes another (`lp_sms`)
   * to follow a bot's branch for channels without cards.
   */
  channel?: string;
  /** Says something when a conversation starts. */
  greet?: (bot: BotContext) => void;
  /** Mock extension: answers a web view's `message` that starts no dialog. Default: nothing is said. */
  unmatched?: (bot: BotContext) => void;
  /** Conversations kept; past it the least recently active one is forgotten. Default: `MAX_CONVERSATIONS`. */
  maxConversations?: number;
  /** Text a conversation keeps, in characters (see `MAX_CONVERSATION_CHARS`). Default: `MAX_CONVERSATION_CHARS`. */
  maxConversationChars?: number;
  /** A conversation with no activity for this many milliseconds is forgotten. Default: `IDLE_MS` (7 days). */
  idleMs?: number;
}

/** How many conversations a bot keeps by default. */
export const MAX_CONVERSATIONS = 500;

/**
 * How much text one conversation keeps by default, in UTF-16 code units of its transcript and
 * variables, each entry and variable counting 16 more: room for more than a full-size post. Past
 * it the oldest transcript entries go, then the first variables.
 */
export const MAX_CONVERSATION_CHARS = 128 * 1024;

/** By default a conversation is forgotten after a week without activity: well past the 24-hour rule. */
export const IDLE_MS = 7 * 24 * 60 * 60 * 1000;

export const DEMO_BOT_ID = '795bb1534e34fc89050304e6f6827c41c50410d7';

/** `getUserChannel()`'s answer by default: LivePerson's web messaging, the chat window the mock's chat stands for. */
export const WEB_MESSAGING_CHANNEL = 'lp_web';

export class SimulatedBot {
  readonly botId: string;
  readonly channel: string;
  private readonly dialogs: readonly Dialog[];
  private readonly now: () => number;
  private readonly greet?: (bot: BotContext) => void;
  private readonly route?: SimulatedBotOptions['route'];
  private readonly unmatched?: (bot: BotContext) => void;
  private readonly maxConversations: number;
  private readonly maxConversationChars: number;
  private readonly idleMs: number;
  // In order of last activity, the least recent first: eviction takes from the front.
  private readonly conversations = new Map<string, { conversation: Conversation; activeAt: number }>();
  private readonly listeners = new Set<(conversationId: string) => void>();

  constructor(options: SimulatedBotOptions = {}) {
    this.botId = options.botId ?? DEMO_BOT_ID;
    this.channel = options.channel ?? WEB_MESSAGING_CHANNEL;
    this.dialogs = options.dialogs ?? [];
    this.now = options.now ?? Date.now;
    this.greet = options.greet;
    this.route = options.route;
    this.unmatched = options.unmatched;
    this.maxConversations = options.maxConversations ?? MAX_CONVERSATIONS;
    this.maxConversationChars = options.maxConversationChars ?? MAX_CONVERSATION_CHARS;
    this.idleMs = options.idleMs ?? IDLE_MS;
  }

  /** How many conversations the bot holds now. */
  get size(): number {
    this.forgetIdle();
    return this.conversations.size;
  }

  /** Starts a conversation, as a consumer opening the chat does; the consumer's clock starts now. */
  startConversation(ids: { conversationId?: string; userId?: string } = {}): Conversation {
    const conversation = this.create(ids.conversationId ?? crypto.randomUUID(), ids.userId ?? crypto.randomUUID(), this.botId);
    if (this.greet) this.greet(this.contextFor(conversation, ''));
    this.changed(conversation);
    return conversation;
  }

  /** The conversation, unless the bot never saw it or has forgotten it. */
  conversation(conversationId: string): Conversation | undefined {
    this.forgetIdle();
    return this.conversations.get(conversationId)?.conversation;
  }

  /** The consumer types in the chat: recorded, and the first dialog whose starter matches runs. */
  async consumerSays(conversationId: string, text: string): Promise<void> {
    const conversation = this.conversation(conversationId) ?? this.create(conversationId, crypto.randomUUID(), this.botId);
    conversation.lastConsumerMessageAt = this.now();
    conversation.transcript.push({ from: 'consumer', text, at: this.now() });
    await this.dispatch(conversation, text);
    this.changed(conversation);
  }

  /**
   * A Web View API post: the variables are stored in any case; the message is posted to the chat
   * and may start a dialog, unless the consumer's last message is more than 24 h old. A post for
   * a conversation the bot has not seen starts one (the mock cannot know the platform's others).
   */
  async receiveWebview(payload: Payload): Promise<WebviewOutcome> {
    const conversation = this.conversation(payload.conversationId) ?? this.create(payload.conversationId, payload.userId, payload.botId);
    const variables = payload.contextVariables ?? [];
    for (const { name, value } of variables) conversation.webviewVariables.set(name, value);
    let message: WebviewOutcome['message'] = 'none';
    if (payload.message !== undefined) {
      const ignored = this.now() - conversation.lastConsumerMessageAt > MESSAGE_WINDOW_MS;
      conversation.transcript.push({
        from: 'consumer',
        text: payload.message,
        at: this.now(),
        via: 'webview',
        ...(ignored && { ignored }),
      });
      if (ignored) message = 'ignored';
      else {
        const dialog = await this.dispatch(conversation, payload.message, 'webview');
        if (!dialog) this.unmatched?.(this.contextFor(conversation, payload.message));
        message = dialog ? { dialog } : 'posted';
      }
    }
    this.changed(conversation);
    return { stored: variables.map((variable) => variable.name), message };
  }

  /** Calls `listener` with the conversation's ID whenever its transcript or variables change, and when it is forgotten. */
  subscribe(listener: (conversationId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private create(conversationId: string, userId: string, botId: string): Conversation {
    const conversation: Conversation = {
      conversationId,
      userId,
      botId,
      transcript: [],
      webviewVariables: new Map(),
      botVariables: new Map(),
      lastConsumerMessageAt: this.now(),
    };
    this.conversations.set(conversationId, { conversation, activeAt: this.now() });
    return conversation;
  }

  /** Runs what the message starts; returns the name of the dialog that took it. */
  private async dispatch(conversation: Conversation, text: string, via: 'chat' | 'webview' = 'chat'): Promise<string | undefined> {
    const context = this.contextFor(conversation, text);
    const answered = await this.route?.(context, 'first', via);
    if (answered !== undefined) return answered;
    const dialog = this.dialogs.find(
      (candidate) => (via === 'chat' || candidate.startedBy !== 'chat') && candidate.patterns.some((pattern) => matches(pattern, text)),
    );
    if (dialog) {
      await dialog.run(context);
      return dialog.name;
    }
    return this.route?.(context, 'last', via);
  }

  private contextFor(conversation: Conversation, currentMessage: string): BotContext {
    const say = (entry: Omit<TranscriptEntry, 'from' | 'at'>) => conversation.transcript.push({ from: 'bot', at: this.now(), ...entry });
    return {
      getWebViewVariable: (name) => conversation.webviewVariables.get(name) ?? null,
      getWebViewVariables: () => Object.fromEntries(conversation.webviewVariables),
      getConversationId: () => conversation.conversationId,
      getUserPlatformId: () => conversation.userId,
      getUserChannel: () => this.channel,
      getBotId: () => conversation.botId,
      getCurrentUserMessage: () => currentMessage,
      setBotVariable: (name, value) => void conversation.botVariables.set(name, value),
      getBotVariable: (name) => conversation.botVariables.get(name),
      getBotVariables: () => Object.fromEntries(conversation.botVariables),
      sendMessage: (text) => say({ text }),
      printDebugMessage: (text) => void conversation.transcript.push({ from: 'debug', text, at: this.now() }),
      sendButtons: (text, buttons, replies) => say({ text, buttons, ...(replies?.length && { replies }) }),
    };
  }

  /** Marks the conversation active, keeps it within its text budget, forgets the surplus, tells listeners. */
  private changed(conversation: Conversation) {
    const id = conversation.conversationId;
    // A dialog may run long enough for the conversation to be forgotten meanwhile: then it comes
    // back, unless another has taken its ID since.
    const current = this.conversations.get(id);
    if (current && current.conversation !== conversation) return this.notify(id);
    this.conversations.delete(id);
    this.conversations.set(id, { conversation, activeAt: this.now() });
    trim(conversation, this.maxConversationChars);
    this.forgetIdle();
    for (const oldest of this.conversations.keys()) {
      if (this.conversations.size <= this.maxConversations || oldest === id) break;
      this.forget(oldest);
    }
    this.notify(id);
  }

  private forgetIdle() {
    const horizon = this.now() - this.idleMs;
    for (const [id, { activeAt }] of this.conversations) {
      if (activeAt > horizon) break;
      this.forget(id);
    }
  }

  private forget(conversationId: string) {
    this.conversations.delete(conversationId);
    this.notify(conversationId);
  }

  private notify(conversationId: string) {
    for (const listener of this.listeners) listener(conversationId);
  }
}

function matches(pattern: Dialog['patterns'][number], text: string): boolean {
  if (typeof pattern !== 'string') return pattern.test(text);
  const words = pattern
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
  return new RegExp(`(^|\\W)${words}($|\\W)`, 'i').test(text);
}
