/**
 * The two dialogs of a design's bot. The first offers the form: on a channel with a chat window's
 * slide-out (LivePerson's web messaging) a card whose button opens the link there, elsewhere the
 * link as plain text, which every channel shows. The second starts on the message the form posts,
 * reads the answers into bot variables and quotes them back.
 */
import { fieldLabel } from '../fields/declarations.js';
import { literal, preProcessCode } from './bot-code.js';
import { chain, group, interaction, type CbContext, type CbGroup, type CbMessage } from './cb-objects.js';
import { designFields, DEFAULT_OFFER_PATTERNS, variableNames, type Design } from './design.js';

export interface Dialog {
  group: CbGroup;
  messages: CbMessage[];
}

/** The bot variable the global function puts the form's link in (bot-code.ts's `linkFunction`). */
export const LINK_VARIABLE = 'formURL';

/** `getUserChannel()`'s answer on LivePerson's web messaging, the one channel of the list with a slide-out. */
const WEB_CHANNEL = 'lp_web';

const OFFER_TEXT = 'Please fill in this form: your answers come straight back to this conversation.';
const BUTTON_TITLE = 'Open the form';

/** The card, in LivePerson's structured content: a text and a button whose link opens in the slide-out. */
function offerCard(link: string): string {
  const card = {
    type: 'vertical',
    elements: [
      { type: 'text', text: OFFER_TEXT, tooltip: OFFER_TEXT },
      {
        type: 'button',
        title: BUTTON_TITLE,
        tooltip: BUTTON_TITLE,
        click: { actions: [{ type: 'link', name: BUTTON_TITLE, uri: link, target: 'slideout' }] },
      },
    ],
  };
  return JSON.stringify(card, null, 2);
}

/** The dialog that sends the form's link when a person types one of the design's offer patterns. */
export function offerDialog(design: Design, context: CbContext): Dialog {
  const dialog = group(context, 'Offer the form');
  const link = `{$botContext.${LINK_VARIABLE}}`;
  const names = { starter: 'offer form', card: 'offer form card', text: 'offer form link' };
  const starter = interaction(context, dialog, {
    name: names.starter,
    interactionType: 'DIALOG_STARTER',
    tile: {},
    pattern: [...(design.offerPatterns?.length ? design.offerPatterns : DEFAULT_OFFER_PATTERNS)],
    // A channel without the slide-out (SMS, WhatsApp, Apple's, the apps) gets the link as text instead of the card.
    preProcessMessage: `if (botContext.getUserChannel() !== ${literal(WEB_CHANNEL)}) {\n  botContext.setTriggerNextMessage(${literal(names.text)});\n}\n`,
  });
  const card = interaction(context, dialog, {
    name: names.card,
    interactionType: 'UNIVERSAL',
    tile: { universalWidget: { leMessageJson: offerCard(link) } },
    // The text after it is for the other channels: the card ends the dialog.
    action: 'close_dialog',
  });
  const text = interaction(context, dialog, {
    name: names.text,
    interactionType: 'TEXT',
    tile: { text: `${OFFER_TEXT}\n${link}` },
  });
  return { group: dialog, messages: chain([starter, card, text]) };
}

/** A variable's name as `{$botContext.name}` can quote it: letters, digits and `_`, not first a digit. */
const quotable = (name: string) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);

/** Text the bot sends as written: `{$` would start a variable of Conversation Builder's. */
const plain = (text: string) => text.replace(/\{\$/g, '{ $').replace(/[\p{Cc}\u2028\u2029]/gu, ' ');

/**
 * The dialog that the form's post starts: `pattern` matches the posted message. Its first
 * interaction reads every posted variable into a bot variable of its name (bot-code.ts's
 * pre-process code); the reply quotes each. A name that `{$botContext.…}` cannot quote (a space, a
 * dot) is quoted through a second variable, `answer1`, `answer2`….
 */
export function answersDialog(design: Design, pattern: string, context: CbContext): Dialog {
  const dialog = group(context, 'Read the answers');
  const labels = new Map(designFields(design).map((field) => [field.name, fieldLabel(field)]));
  const taken = new Set(variableNames(design));
  const aliases: string[] = [];
  const lines = variableNames(design).map((name) => {
    let quoted = name;
    if (!quotable(name)) {
      let number = aliases.length + 1;
      while (taken.has(`answer${number}`)) number++;
      quoted = `answer${number}`;
      taken.add(quoted);
      aliases.push(
        `botContext.setBotVariable(${literal(quoted)}, botContext.getWebViewVariable(${literal(name)}), true, false); // ${plain(name)}`,
      );
    }
    return `${plain(labels.get(name) ?? name)}: {$botContext.${quoted}}`;
  });
  const aliasCode = aliases.length ? `// Names the reply cannot quote as they are, under names it can.\n${aliases.join('\n')}\n` : '';
  const starter = interaction(context, dialog, {
    name: 'form answers',
    interactionType: 'DIALOG_STARTER',
    tile: {},
    pattern: [pattern],
    preProcessMessage: preProcessCode(design) + aliasCode,
  });
  const reply = interaction(context, dialog, {
    name: 'form answers reply',
    interactionType: 'TEXT',
    tile: { text: ['Thank you: your answers reached me.', ...lines].join('\n') },
  });
  return { group: dialog, messages: chain([starter, reply]) };
}
