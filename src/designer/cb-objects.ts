/**
 * The objects of a Conversation Builder bot export, shaped as LivePerson's published exports have
 * them (LivePersonInc/ConversationBuilder-Samples; test/fixtures/cb-export-shape.json lists their
 * keys and types): a dialog is a group, an interaction is a message naming its group, and each
 * message points at the next one of its dialog by id. The values that every sample holds alike
 * (`type: 'BOT_MESSAGE'`, `status: 'ACTIVE'`, a rule that goes on to the next interaction) are
 * written here once.
 */

/** A rule of an interaction: no condition, then `action` (`next`, `close_dialog`, or a message's id). */
export interface CbResponseMatch {
  conditions: unknown[];
  contextConditions: unknown[];
  action: { name: 'INTERACTION'; value: string };
  contextDataVariables: unknown[];
}

export interface CbMessage {
  id: string;
  chatBotId: string;
  userInputRequired: boolean;
  /** Unique in the bot: code names an interaction by it (`setTriggerNextMessage`). */
  name: string;
  pattern?: string[];
  type: 'BOT_MESSAGE';
  content: { contentType: 'STATIC'; results: { type: string; tile: { tileData: Array<Record<string, unknown>> } } };
  preProcessMessage?: string;
  group: string;
  status: 'ACTIVE';
  required: boolean;
  nextMessageId?: string;
  prevMessageId?: string;
  responseMatches: CbResponseMatch[];
  interactionType: string;
  changeResponse?: { enabled: boolean };
  cancelResponse?: { enabled: boolean };
}

export interface CbGroup {
  chatBotId: string;
  id: string;
  name: string;
  creationTime: string;
  modificationTime: string;
  dialogType: 'DIALOG';
  status: 'ENABLED';
  disambiguteOnlySelectedDomains: boolean;
}

/** Where the ids and the times of one export come from: fresh ids, one clock reading. */
export interface CbContext {
  chatBotId: string;
  /** A fresh UUID: the samples give the bot and its dialogs UUIDs. */
  uuid(): string;
  /** A fresh id of 40 hex digits: the samples give interactions and platforms such ids. */
  hexId(): string;
  /** Milliseconds since the epoch, as the bot object holds its times. */
  now: number;
}

/** A context with fresh ids from `crypto.randomUUID`, for the bot `chatBotId`. */
export function freshContext(now = Date.now()): CbContext {
  const uuid = () => crypto.randomUUID();
  // 40 of the 64 hex digits of two UUIDs: random enough, and the samples' shape.
  const hexId = () => (uuid() + uuid()).replace(/-/g, '').slice(0, 40);
  return { chatBotId: uuid(), uuid, hexId, now };
}

/** `now` as the groups and the global functions write their times: `2022-03-29 17:49:23`, UTC. */
export const cbTime = (now: number) => new Date(now).toISOString().slice(0, 19).replace('T', ' ');

/** A dialog, with its interactions still to be given its id. */
export function group(context: CbContext, name: string): CbGroup {
  const time = cbTime(context.now);
  return {
    chatBotId: context.chatBotId,
    id: context.uuid(),
    name,
    creationTime: time,
    modificationTime: time,
    dialogType: 'DIALOG',
    status: 'ENABLED',
    disambiguteOnlySelectedDomains: false,
  };
}

/** A rule that does `action` whatever the person says: the rule every statement in the samples has. */
export const always = (action: string): CbResponseMatch => ({
  conditions: [],
  contextConditions: [],
  action: { name: 'INTERACTION', value: action },
  contextDataVariables: [],
});

export interface InteractionOptions {
  name: string;
  interactionType: string;
  /** The tile's data: its text, or its widget. */
  tile: Record<string, unknown>;
  pattern?: string[];
  preProcessMessage?: string;
  /** What the interaction does once sent. Default: on to the next interaction. */
  action?: string;
}

/** An interaction of dialog `dialog`, not yet linked to the others (see `chain`). */
export function interaction(context: CbContext, dialog: CbGroup, options: InteractionOptions): CbMessage {
  const { name, interactionType, tile, pattern, preProcessMessage, action = 'next' } = options;
  const message: CbMessage = {
    id: context.hexId(),
    chatBotId: context.chatBotId,
    userInputRequired: false,
    name,
    ...(pattern && { pattern }),
    type: 'BOT_MESSAGE',
    content: {
      contentType: 'STATIC',
      results: { type: interactionType, tile: { tileData: [{ ...tile, buttons: [], quickReplyList: [] }] } },
    },
    ...(preProcessMessage !== undefined && { preProcessMessage }),
    group: dialog.id,
    status: 'ACTIVE',
    required: true,
    responseMatches: [always(action)],
    interactionType,
  };
  // Every UNIVERSAL interaction of the samples carries both, as the editor writes them.
  if (interactionType === 'UNIVERSAL') Object.assign(message, { changeResponse: { enabled: true }, cancelResponse: { enabled: true } });
  return message;
}

/** `messages` in their dialog's order: each points at the next and back at the one before, as the samples' do. */
export function chain(messages: CbMessage[]): CbMessage[] {
  return messages.map((message, index) => ({
    ...message,
    ...(index + 1 < messages.length && { nextMessageId: messages[index + 1]!.id }),
    ...(index > 0 && { prevMessageId: messages[index - 1]!.id }),
  }));
}
