/**
 * A simulated Conversation Builder bot: conversations with a transcript, webview variables set
 * through the Web View API, bot variables, and dialogs whose starters match what the consumer (or
 * a webview `message`) says. Dialogs are small functions over a `botContext` with the names of the
 * real platform's, so a bot builder rehearses the code they will paste into Conversation Builder.
 */
import type { Payload } from '../core/schemas.js';

/** What the vendor documents: a webview `message` more than 24 h after the consumer's last one is ignored. */
export const MESSAGE_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface ChatButton {
  readonly title: string;
  readonly url: string;
}

export interface TranscriptEntry {
  readonly from: 'consumer' | 'bot';
  readonly text: string;
  /** Milliseconds since the epoch, from the bot's clock. */
  readonly at: number;
  /** Set on a consumer entry that came through the Web View API rather than the chat. */
  readonly via?: 'webview';
  /** Set when the bot ignored the entry (the 24-hour rule). */
  readonly ignored?: boolean;
  readonly buttons?: readonly ChatButton[];
}

/** The subset of Conversation Builder's `botContext` that webview flows use. */
export interface BotContext {
  /** A variable posted through the Web View API, or null when none was. */
  getWebViewVariable(name: string): string | null;
  /** Every variable posted through the Web View API for this conversation. */
  getWebViewVariables(): Record<string, string>;
  getConversationId(): string;
  getUserPlatformId(): string;
  /** The bot's ID (the vendor's guide hard-codes it in the link; the mock hands it over). */
  getBotId(): string;
  /** The text that started this dialog. */
  getCurrentUserMessage(): string;
  setBotVariable(name: string, value: unknown, persistForSession?: boolean, persistForever?: boolean): void;
  getBotVariable(name: string): unknown;
  sendMessage(text: string): void;
  /** Mock extension: a message with link buttons, as a Button Question interaction renders it. */
  sendButtons(text: string, buttons: readonly ChatButton[]): void;
}

export interface Dialog {
  readonly name: string;
  /** Dialog starters: a string matches as whole words, case-insensitively; a RegExp as written. */
  readonly patterns: ReadonlyArray<string | RegExp>;
  run(bot: BotContext): void | Promise<void>;
}

export interface Conversation {
  readonly conversationId: string;
  readonly userId: string;
  readonly botId: string;
  readonly transcript: TranscriptEntry[];
  readonly webviewVariables: Map<string, string>;
  readonly botVariables: Map<string, unknown>;
  lastConsumerMessageAt: number;
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
  /** The clock. Default: `Date.now`. Tests pass a fake one for the 24-hour rule. */
  now?: () => number;
  /** Says something when a conversation starts. */
  greet?: (bot: BotContext) => void;
}

export const DEMO_BOT_ID = '795bb1534e34fc89050304e6f6827c41c50410d7';

export class SimulatedBot {
  readonly botId: string;
  private readonly dialogs: readonly Dialog[];
  private readonly now: () => number;
  private readonly greet?: (bot: BotContext) => void;
  private readonly conversations = new Map<string, Conversation>();
  private readonly listeners = new Set<(conversationId: string) => void>();

  constructor(options: SimulatedBotOptions = {}) {
    this.botId = options.botId ?? DEMO_BOT_ID;
    this.dialogs = options.dialogs ?? [];
    this.now = options.now ?? Date.now;
    this.greet = options.greet;
  }

  /** Starts a conversation, as a consumer opening the chat does; the consumer's clock starts now. */
  startConversation(ids: { conversationId?: string; userId?: string } = {}): Conversation {
    const conversation = this.create(ids.conversationId ?? crypto.randomUUID(), ids.userId ?? crypto.randomUUID(), this.botId);
    if (this.greet) this.greet(this.contextFor(conversation, ''));
    this.changed(conversation);
    return conversation;
  }

  conversation(conversationId: string): Conversation | undefined {
    return this.conversations.get(conversationId);
  }

  /** The consumer types in the chat: recorded, and the first dialog whose starter matches runs. */
  async consumerSays(conversationId: string, text: string): Promise<void> {
    const conversation = this.conversations.get(conversationId) ?? this.create(conversationId, crypto.randomUUID(), this.botId);
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
    const conversation =
      this.conversations.get(payload.conversationId) ?? this.create(payload.conversationId, payload.userId, payload.botId);
    const variables = payload.contextVariables ?? [];
    for (const { name, value } of variables) conversation.webviewVariables.set(name, value);
    let message: WebviewOutcome['message'] = 'none';
    if (payload.message !== undefined) {
      const ignored = this.now() - conversation.lastConsumerMessageAt > MESSAGE_WINDOW_MS;
      conversation.transcript.push({ from: 'consumer', text: payload.message, at: this.now(), via: 'webview', ...(ignored && { ignored }) });
      if (ignored) message = 'ignored';
      else {
        const dialog = await this.dispatch(conversation, payload.message);
        message = dialog ? { dialog: dialog.name } : 'posted';
      }
    }
    this.changed(conversation);
    return { stored: variables.map((variable) => variable.name), message };
  }

  /** Calls `listener` with the conversation's ID whenever its transcript or variables change. */
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
    this.conversations.set(conversationId, conversation);
    return conversation;
  }

  private async dispatch(conversation: Conversation, text: string): Promise<Dialog | undefined> {
    const dialog = this.dialogs.find((candidate) => candidate.patterns.some((pattern) => matches(pattern, text)));
    if (dialog) await dialog.run(this.contextFor(conversation, text));
    return dialog;
  }

  private contextFor(conversation: Conversation, currentMessage: string): BotContext {
    const say = (entry: Omit<TranscriptEntry, 'from' | 'at'>) =>
      conversation.transcript.push({ from: 'bot', at: this.now(), ...entry });
    return {
      getWebViewVariable: (name) => conversation.webviewVariables.get(name) ?? null,
      getWebViewVariables: () => Object.fromEntries(conversation.webviewVariables),
      getConversationId: () => conversation.conversationId,
      getUserPlatformId: () => conversation.userId,
      getBotId: () => conversation.botId,
      getCurrentUserMessage: () => currentMessage,
      setBotVariable: (name, value) => void conversation.botVariables.set(name, value),
      getBotVariable: (name) => conversation.botVariables.get(name),
      sendMessage: (text) => say({ text }),
      sendButtons: (text, buttons) => say({ text, buttons }),
    };
  }

  private changed(conversation: Conversation) {
    for (const listener of this.listeners) listener(conversation.conversationId);
  }
}

function matches(pattern: string | RegExp, text: string): boolean {
  if (pattern instanceof RegExp) return pattern.test(text);
  const words = pattern.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(^|\\W)${words}($|\\W)`, 'i').test(text);
}
