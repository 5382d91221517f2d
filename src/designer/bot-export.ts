/**
 * A design's bot as a Conversation Builder export, a JSON file that Conversation Builder's Import
 * Bot turns into a bot: the dialog that offers the form, the dialog that reads its answers, and the
 * global function that builds the form's link, in the structure of LivePerson's published exports
 * (LivePersonInc/ConversationBuilder-Samples). Every id is fresh, so that two imports are two bots.
 */
import { linkFunction } from './bot-code.js';
import { answersDialog, offerDialog, type Dialog } from './bot-dialogs.js';
import { cbTime, freshContext, type CbContext, type CbGroup, type CbMessage } from './cb-objects.js';
import { literalPattern } from './cb-pattern.js';
import { DEFAULT_PAGE_URL, PLACEHOLDER_BOT_ID, postedMessage, type Design } from './design.js';

export interface CbExport {
  bot: Record<string, unknown> & { id: string; name: string };
  responder: unknown[];
  requiredContext: unknown[];
  conversationMessage: CbMessage[];
  menus: unknown[];
  groups: CbGroup[];
  globalFunctions: { chatBotId: string; methods: string; creationTime: string; modificationTime: string };
  platforms: Array<Record<string, unknown>>;
  associatedDomains: unknown[];
  dialogTemplates: unknown[];
}

/** The bot's name: the design's title, as the page's heading says it. */
export const botName = (design: Design) => design.title?.trim() || 'Your details';

/**
 * The file to save the export as: `<name>.bot.json`, without the characters a file system refuses
 * (`/`, `:`, `*`, control characters…), and short enough for any of them.
 */
export function botFileName(design: Design): string {
  const base = botName(design)
    .replace(/[\p{Cc}\p{Cf}/\\:*?"<>|]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80)
    .trim();
  return `${base || 'bot'}.bot.json`;
}

/**
 * Why the answers dialog is left out of the export; undefined when it is in. A form that posts no
 * message starts no dialog: the answers still reach the bot's variables, for a dialog of its own.
 */
export function answersDialogProblem(design: Design): string | undefined {
  const message = postedMessage(design);
  if (!message) return 'The form posts no message, so no dialog starts when the answers arrive: set a Message to get one.';
  if (!literalPattern(message))
    return 'The message holds only *, |, ( and ), which a dialog starter reads as “anything”: write it in words.';
  return undefined;
}

/**
 * The export for `design`. The link holds placeholders while the design has no page address or
 * bot ID, as the designer's link code does.
 * @throws Error saying why, for a page address or a bot ID that would make a link the form cannot read.
 */
export function exportBot(design: Design, context: CbContext = freshContext()): CbExport {
  const { chatBotId, now } = context;
  // Before any id is drawn: a design the link code refuses gets no bot.
  const methods = linkFunction(design.pageUrl || DEFAULT_PAGE_URL, design.botId || PLACEHOLDER_BOT_ID);
  const message = postedMessage(design);
  const pattern = message && literalPattern(message);
  const dialogs: Dialog[] = [offerDialog(design, context), ...(pattern ? [answersDialog(design, pattern, context)] : [])];
  const time = cbTime(now);
  return {
    bot: {
      id: chatBotId,
      name: botName(design),
      chatBotType: 'CUSTOMER_FACING_BOT',
      description:
        'Offers a web form and reads its answers, posted through the Web View Integration API. Written by the webview-form designer.',
      status: 'NEW',
      getStartedButtonPayload: 'hi',
      creationTime: now,
      modificationTime: now,
      demo: false,
      skipNLP: false,
      // The bot's language is its NLU's, fixed at creation; every sample is en-US, whatever the form's language.
      language: 'en-US',
      botAttributes: {},
      sessionLength: 0,
      passThroughMode: false,
      transcriptDisabled: false,
      version: '2',
      publicBot: false,
      readOnly: false,
    },
    responder: [],
    requiredContext: [],
    conversationMessage: dialogs.flatMap((dialog) => dialog.messages),
    menus: [],
    groups: dialogs.map((dialog) => dialog.group),
    globalFunctions: { chatBotId, methods, creationTime: time, modificationTime: time },
    // Every sample has this one platform, the web client the editor's preview talks to.
    platforms: [{ id: context.hexId(), chatbotId: chatBotId, integrationType: 'HTMLCLIENT', platform: 'HTMLCLIENT', status: 'NEW' }],
    associatedDomains: [],
    dialogTemplates: [],
  };
}
