// A small Conversation Builder bot export of our own, in the structure of LivePerson's published
// exports: a dialog that offers a form link (built in __initConversation, as the vendor's guide
// does), and a dialog that the form's message starts, whose pre-process code reads the web-view
// variables into bot variables and whose text quotes them.

const group = (id, name, dialogType = 'DIALOG') => ({ chatBotId: 'bot', id, name, dialogType, status: 'ENABLED' });
const tile = (type, fields) => ({
  contentType: 'STATIC',
  results: { type, tile: { tileData: [{ buttons: [], quickReplyList: [], ...fields }] } },
});
const next = (value = 'next') => [
  { conditions: [], contextConditions: [], action: { name: 'INTERACTION', value }, contextDataVariables: [] },
];
const interaction = (id, group, interactionType, fields) => ({
  id,
  chatBotId: 'bot',
  userInputRequired: false,
  name: id,
  type: 'BOT_MESSAGE',
  group,
  status: 'ACTIVE',
  interactionType,
  responseMatches: next(),
  ...fields,
});

/** Returns a fresh copy, so a test may change it. */
export function formBotExport() {
  return {
    hash: '1',
    bot: { id: 'bot', name: 'Form bot', chatBotType: 'CUSTOMER_FACING_BOT', version: '2' },
    responder: [],
    requiredContext: [],
    conversationMessage: [
      interaction('offer_starter', 'g-offer', 'DIALOG_STARTER', {
        pattern: ['(web view|webview)*', 'form'],
        content: tile('DIALOG_STARTER', {}),
        nextMessageId: 'offer_button',
      }),
      interaction('offer_button', 'g-offer', 'BUTTON', {
        content: tile('BUTTON', {
          text: 'Open the form, {$botContext.greeting}.',
          buttons: [{ name: 'Open the form', type: 'web_url', callback: '{$botContext.formURL}', target: 'blank' }],
        }),
        responseMatches: [
          {
            name: 'later',
            conditions: [{ matchType: 'PATTERN', patternMatch: { patterns: ['later', '(not now|no)*'], excludeKeywords: [] } }],
            contextConditions: [],
            action: { name: 'INTERACTION', value: 'offer_later' },
            contextDataVariables: [{ name: 'answer', value: '{$userMessage}', scope: 'SESSION' }],
          },
        ],
      }),
      interaction('offer_later', 'g-offer', 'TEXT', { content: tile('TEXT', { text: 'Fine, you said "{$botContext.answer}".' }) }),
      interaction('done_starter', 'g-done', 'DIALOG_STARTER', {
        pattern: ['request successful'],
        content: tile('DIALOG_STARTER', {}),
        nextMessageId: 'done_text',
      }),
      interaction('done_text', 'g-done', 'TEXT', {
        content: tile('TEXT', { text: 'Thanks {$botContext.visitor_name}! Your favorite color is {$botContext.visitor_color}.' }),
        preProcessMessage: [
          "botContext.setBotVariable('visitor_name', botContext.getWebViewVariable('name'), true, false);",
          "botContext.setBotVariable('visitor_color', botContext.getWebViewVariable('color'), true, false);",
        ].join('\n'),
      }),
      interaction('fallback_text', 'g-fallback', 'TEXT', { content: tile('TEXT', { text: 'Say "web view" for the form.' }) }),
    ],
    menus: [],
    groups: [group('g-offer', 'Offer the form'), group('g-done', 'Form sent'), group('g-fallback', 'Fallback', 'FALLBACK_DIALOG')],
    globalFunctions: {
      chatBotId: 'bot',
      methods: [
        'function __initConversation() {',
        "  var url = 'https://forms.example/form.html?userId=' + botContext.getUserPlatformId() + '&convId=' + botContext.getConversationId() + '&botId=bot-1';",
        "  botContext.setBotVariable('formURL', url, true, false);",
        "  botContext.setBotVariable('greeting', 'friend', true, false);",
        '}',
      ].join('\n'),
    },
    platforms: [],
    associatedDomains: [],
    dialogTemplates: [],
  };
}

/** The export with one more dialog, started by `pattern`, whose text interaction runs `code` before it says "after". */
export function withCodeDialog(pattern, code) {
  const bot = formBotExport();
  bot.groups.push(group('g-code', 'Code'));
  bot.conversationMessage.push(
    interaction('code_starter', 'g-code', 'DIALOG_STARTER', {
      pattern: [pattern],
      content: tile('DIALOG_STARTER', {}),
      nextMessageId: 'code_text',
    }),
    interaction('code_text', 'g-code', 'TEXT', { content: tile('TEXT', { text: 'after' }), preProcessMessage: code }),
  );
  return bot;
}

/**
 * The export with one more dialog, started by `pattern`: its starter's pre-process code sets the
 * bot variable `who` to a text with quotes (to be quoted into a card's JSON strings), then a UNIVERSAL
 * interaction shows `card` (structured content, as an object) and goes on to a text, "after card".
 * `fields` are the card interaction's own (`userInputRequired`, `responseMatches`…).
 */
export function withCard(pattern, card, fields = {}) {
  const bot = formBotExport();
  bot.groups.push(group('g-card', 'Card'));
  bot.conversationMessage.push(
    interaction('card_starter', 'g-card', 'DIALOG_STARTER', {
      pattern: [pattern],
      content: tile('DIALOG_STARTER', {}),
      preProcessMessage: `botContext.setBotVariable('who', 'Ada "the" Countess', true, false);`,
      nextMessageId: 'card',
    }),
    interaction('card', 'g-card', 'UNIVERSAL', {
      content: tile('UNIVERSAL', { universalWidget: { leMessageJson: JSON.stringify(card, null, 2) } }),
      nextMessageId: 'card_after',
      changeResponse: { enabled: true },
      cancelResponse: { enabled: true },
      ...fields,
    }),
    interaction('card_after', 'g-card', 'TEXT', { content: tile('TEXT', { text: 'after card' }) }),
  );
  return bot;
}

/** A structured content button that does `actions` (`{ type: 'link', uri }`, `{ type: 'publishText', text }`). */
export const cardButton = (title, ...actions) => ({ type: 'button', title, tooltip: title, click: { actions } });
