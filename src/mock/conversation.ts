/**
 * A conversation as the simulated bot keeps it: its transcript, its variables, and its text
 * budget. Past the budget the oldest transcript entries go first, then the first variables, so
 * that what a form just posted stays.
 */

export interface ChatButton {
  readonly title: string;
  readonly url: string;
}

export interface TranscriptEntry {
  /**
   * `debug` is what Conversation Builder shows in its debug console rather than in the chat: the
   * bot's `printDebugMessage`, and bot code that threw or ran past its time limit.
   */
  readonly from: 'consumer' | 'bot' | 'debug';
  readonly text: string;
  /** Milliseconds since the epoch, from the bot's clock. */
  readonly at: number;
  /** Set on a consumer entry that came through the Web View API rather than the chat. */
  readonly via?: 'webview';
  /** Set when the bot ignored the entry (the 24-hour rule). */
  readonly ignored?: boolean;
  readonly buttons?: readonly ChatButton[];
  /** Answers the consumer may tap (quick replies, postback buttons, a multiple choice's options): each is sent as typed. */
  readonly replies?: readonly string[];
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

// What an entry or a variable costs beyond its text, so that empty ones are bounded too.
const ENTRY_CHARS = 16;

/** The text the conversation holds, as the budget counts it. */
function charsOf({ transcript, webviewVariables, botVariables }: Conversation): number {
  let chars = 0;
  for (const entry of transcript) chars += entryChars(entry);
  for (const [name, value] of webviewVariables) chars += ENTRY_CHARS + name.length + value.length;
  for (const [name, value] of botVariables) chars += ENTRY_CHARS + name.length + (typeof value === 'string' ? value.length : ENTRY_CHARS);
  return chars;
}

function entryChars(entry: TranscriptEntry): number {
  let chars = ENTRY_CHARS + entry.text.length;
  for (const button of entry.buttons ?? []) chars += button.title.length + button.url.length;
  for (const reply of entry.replies ?? []) chars += reply.length;
  return chars;
}

/** Drops the oldest transcript entries, then the first variables, until the conversation fits `max`. */
export function trim(conversation: Conversation, max: number) {
  let chars = charsOf(conversation);
  while (chars > max && conversation.transcript.length > 0) chars -= entryChars(conversation.transcript.shift()!);
  for (const [name, value] of conversation.webviewVariables) {
    if (chars <= max) break;
    conversation.webviewVariables.delete(name);
    chars -= ENTRY_CHARS + name.length + value.length;
  }
}
