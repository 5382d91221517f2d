// The designer's bot export (src/designer/bot-export.ts, issue 33): its objects have the keys and
// types of LivePerson's published exports (fixtures/cb-export-shape.json), its ids are fresh and
// its cross-references resolve, and the bot it describes does what the designer's code does: the
// link, the dialog the post starts, the answers in bot variables and quoted back.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { resolveIds } from '../src/core/ids.js';
import { answersDialogProblem, botFileName, exportBot, type CbExport } from '../src/designer/bot-export.js';
import { literalPattern } from '../src/designer/cb-pattern.js';
import type { CbMessage } from '../src/designer/cb-objects.js';
import { DEFAULT_OFFER_PATTERNS, messageProblem, STARTER_DESIGN, type Design } from '../src/designer/design.js';
import { decodeDesign, encodeDesign } from '../src/designer/link.js';
import { runBotCode } from '../src/designer/preview-bot.js';
import type { FieldDeclaration } from '../src/fields/declarations.js';
import { fieldNamed, loadShape, objectsOf, patternMatches, quoteVariables, shapeProblems, type ExportShape } from './cb-export-support.js';

/** Keys every sample has that the export leaves out: `hash`, a checksum whose algorithm LivePerson does not publish. */
const LEFT_OUT = ['hash'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HEX40 = /^[0-9a-f]{40}$/;

/** A word a box's comma-separated list keeps as it is. */
const listItem = fc.string({ minLength: 1, maxLength: 12 }).filter((item) => item.trim() === item && !item.includes(','));

/** Designs the export takes: any fields, messages, titles and offer patterns; a page address and a bot ID the link code takes, or none. */
const designs: fc.Arbitrary<Design> = fc.record(
  {
    fields: fc
      .uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 6 })
      .chain((names) => fc.tuple(...names.map((name) => fieldNamed(name)))),
    message: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('lead submitted', 'quote (home) sent', 'a|b', '(*)', ' padded ')),
    title: fc.string({ maxLength: 30 }),
    offerPatterns: fc.array(listItem, { minLength: 1, maxLength: 3 }),
    urlVariables: fc.uniqueArray(listItem, { maxLength: 2 }),
    pageUrl: fc.constantFrom('https://forms.example/quote.html', 'https://example.com/a/?utm=chat'),
    botId: fc.uuid(),
    lang: fc.constantFrom('en', 'fr', 'ar'),
  },
  { requiredKeys: ['fields'] },
);

const RUNS = { numRuns: 60 };

let shape: ExportShape;
before(async () => {
  shape = await loadShape();
});

describe('bot export: the structure of the published exports', () => {
  it('the fixture holds every kind the export writes, read from the published samples', () => {
    expect(shape.kinds['export']!.seen).to.be.greaterThan(5);
    for (const kind of ['bot', 'group', 'globalFunctions', 'platform', 'message:DIALOG_STARTER', 'message:TEXT', 'message:UNIVERSAL'])
      expect(shape.kinds[kind]?.seen, kind).to.be.greaterThan(0);
  });

  it('every object of any design’s export has only keys the samples’ objects of its kind have, of their types, and all they all have', () => {
    fc.assert(
      fc.property(designs, (design) => {
        const bot = exportBot(design);
        expect(shapeProblems(shape, 'export', bot, LEFT_OUT)).to.deep.equal([]);
        expect(objectsOf(bot).flatMap(([kind, object]) => shapeProblems(shape, kind, object))).to.deep.equal([]);
        for (const message of bot.conversationMessage) {
          expect(shape.interactionTypes).to.include(message.interactionType);
          expect(message.content.results.type).to.equal(message.interactionType);
        }
      }),
      RUNS,
    );
  });

  it('an action holds a word the samples’ actions hold, or an id of its own dialog', () => {
    fc.assert(
      fc.property(designs, (design) => {
        const bot = exportBot(design);
        for (const message of bot.conversationMessage)
          for (const { action } of message.responseMatches) {
            const target = bot.conversationMessage.find((other) => other.id === action.value);
            if (target) expect(target.group).to.equal(message.group);
            else expect(shape.actionValues).to.include(action.value);
          }
      }),
      RUNS,
    );
  });
});

/** The messages of `group`, in the order their `nextMessageId`s give, from its dialog starter. */
function dialogOrder(bot: CbExport, group: string): CbMessage[] {
  const messages = bot.conversationMessage.filter((message) => message.group === group);
  const starters = messages.filter((message) => message.interactionType === 'DIALOG_STARTER');
  expect(starters, 'one dialog starter a dialog').to.have.length(1);
  const order = [starters[0]!];
  while (order.at(-1)!.nextMessageId) order.push(messages.find((message) => message.id === order.at(-1)!.nextMessageId)!);
  expect(
    order.map((message) => message.id),
    'the chain reaches each message once',
  ).to.have.members(messages.map((message) => message.id));
  return order;
}

describe('bot export: ids and cross-references', () => {
  it('ids are unique and of the samples’ forms; every object names the bot; every reference resolves inside its dialog', () => {
    fc.assert(
      fc.property(designs, (design) => {
        const bot = exportBot(design);
        const ids = [
          bot.bot.id,
          ...bot.groups.map((group) => group.id),
          ...bot.conversationMessage.map((message) => message.id),
          ...bot.platforms.map((platform) => platform.id as string),
        ];
        expect(new Set(ids).size, 'unique ids').to.equal(ids.length);
        expect(bot.bot.id).to.match(UUID);
        for (const group of bot.groups) expect(group.id).to.match(UUID);
        for (const message of bot.conversationMessage) expect(message.id).to.match(HEX40);
        for (const platform of bot.platforms) expect(platform.id).to.match(HEX40);
        expect(bot.globalFunctions.chatBotId).to.equal(bot.bot.id);
        for (const group of bot.groups) expect(group.chatBotId).to.equal(bot.bot.id);
        for (const platform of bot.platforms) expect(platform.chatbotId).to.equal(bot.bot.id);
        const names = bot.conversationMessage.map((message) => message.name);
        expect(new Set(names).size, 'interaction names are unique in the bot').to.equal(names.length);
        for (const message of bot.conversationMessage) {
          expect(message.chatBotId).to.equal(bot.bot.id);
          expect(bot.groups.map((group) => group.id)).to.include(message.group);
          for (const [link, back] of [
            ['nextMessageId', 'prevMessageId'],
            ['prevMessageId', 'nextMessageId'],
          ] as const) {
            if (!message[link]) continue;
            const other = bot.conversationMessage.find((candidate) => candidate.id === message[link]);
            expect(other, `${message.name}'s ${link}`).to.exist;
            expect(other!.group).to.equal(message.group);
            expect(other![back]).to.equal(message.id);
          }
          // Code names interactions by name: each it names is one of the bot's.
          for (const [, name] of (message.preProcessMessage ?? '').matchAll(/setTriggerNextMessage\(("(?:[^"\\]|\\.)*")\)/g))
            expect(names).to.include(JSON.parse(name!) as string);
        }
        for (const group of bot.groups) expect(dialogOrder(bot, group.id)[0]!.prevMessageId).to.equal(undefined);
      }),
      RUNS,
    );
  });

  it('two exports of one design share no id: each import is a bot of its own', () => {
    const ids = (bot: CbExport) => [
      bot.bot.id,
      ...bot.groups.map((group) => group.id),
      ...bot.conversationMessage.map((message) => message.id),
    ];
    const first = ids(exportBot(STARTER_DESIGN));
    expect(ids(exportBot(STARTER_DESIGN)).filter((id) => first.includes(id))).to.deep.equal([]);
  });
});

/** The dialog whose starter matches `text`, by the bot's patterns. */
const startedBy = (bot: CbExport, text: string) =>
  bot.conversationMessage.filter((message) => message.pattern?.some((pattern) => patternMatches(pattern, text)));

describe('bot export: what the bot does', () => {
  const design: Design = {
    ...STARTER_DESIGN,
    title: 'Get a quote',
    message: 'quote (home) sent',
    pageUrl: 'https://forms.example/quote.html',
    botId: '795bb1534e34fc89050304e6f6827c41c50410d7',
    urlVariables: ['campaign'],
    fields: [...(STARTER_DESIGN.fields as FieldDeclaration[]), { name: 'first name', label: 'First name' }, { name: 'answer1' }],
  };

  it('is named after the title, and saved as <title>.bot.json, without what a file name cannot hold', () => {
    expect(exportBot(design).bot.name).to.equal('Get a quote');
    expect(botFileName(design)).to.equal('Get a quote.bot.json');
    expect(botFileName({ fields: [], title: 'Quotes: home/car "2025"' })).to.equal('Quotes home car 2025.bot.json');
    expect(botFileName({ fields: [], title: '..' })).to.equal('bot.bot.json');
    expect(botFileName({ fields: [] })).to.equal('Your details.bot.json');
  });

  it('its global function sets formURL to the page with the conversation’s IDs, and the offer sends that link', () => {
    const bot = exportBot(design);
    const variables = new Map<string, unknown>();
    const ids = { userId: 'user 1', conversationId: 'conv&2', botId: design.botId! };
    runBotCode(`${bot.globalFunctions.methods}\n__initConversation();`, {
      getUserPlatformId: () => ids.userId,
      getConversationId: () => ids.conversationId,
      setBotVariable: (name, value) => void variables.set(name, value),
    });
    expect(resolveIds({ url: variables.get('formURL') as string })).to.deep.equal(ids);
    const [starter, card, text] = dialogOrder(bot, startedBy(bot, 'form')[0]!.group);
    expect(starter!.pattern).to.deep.equal([...DEFAULT_OFFER_PATTERNS]);
    const sc = JSON.parse((card!.content.results.tile.tileData[0]!.universalWidget as { leMessageJson: string }).leMessageJson);
    const [action] = sc.elements[1].click.actions;
    expect(action).to.include({ type: 'link', target: 'slideout' });
    expect(quoteVariables(action.uri, variables)).to.equal(variables.get('formURL'));
    expect(quoteVariables(text!.content.results.tile.tileData[0]!.text as string, variables)).to.contain(variables.get('formURL'));
  });

  it('the card goes to web messaging, which has the slide-out; another channel gets the link as text', () => {
    const bot = exportBot({ ...design, offerPatterns: ['quote', '*(estimate|price)*'] });
    expect(startedBy(bot, 'what price?')).to.have.length(1);
    const [starter, card, text] = dialogOrder(bot, startedBy(bot, 'quote')[0]!.group);
    const triggered = (channel: string) => {
      let next: string | undefined;
      runBotCode(starter!.preProcessMessage!, {
        getUserChannel: () => channel,
        setTriggerNextMessage: (name: string) => void (next = name),
      } as never);
      return next;
    };
    expect(triggered('lp_web')).to.equal(undefined);
    expect(card!.responseMatches[0]!.action.value, 'the card ends the dialog').to.equal('close_dialog');
    for (const channel of ['lp_sms', 'lp_whatsapp', 'lp_abc', 'lp_inapp']) expect(triggered(channel)).to.equal(text!.name);
  });

  it('the posted message starts the answers dialog, whose first interaction reads every answer and whose reply quotes each', () => {
    const bot = exportBot(design);
    const [starter, reply] = dialogOrder(bot, startedBy(bot, 'quote (home) sent')[0]!.group);
    expect(starter!.pattern).to.deep.equal(['quote *home* sent']);
    const posted = new Map([
      ['name', 'Ada'],
      ['email', 'ada@example.com'],
      ['contact', 'Email'],
      ['first name', 'Ada L.'],
      ['answer1', 'taken'],
      ['campaign', 'spring'],
    ]);
    const variables = new Map<string, unknown>();
    runBotCode(starter!.preProcessMessage!, {
      getWebViewVariable: (name) => posted.get(name) ?? null,
      setBotVariable: (name, value) => void variables.set(name, value),
    });
    for (const [name, value] of posted) expect(variables.get(name), name).to.equal(value);
    const said = quoteVariables(reply!.content.results.tile.tileData[0]!.text as string, variables);
    expect(said)
      .to.contain('Full name: Ada\n')
      .and.contain('First name: Ada L.\n')
      .and.contain('Answer1: taken\n')
      .and.contain('campaign: spring');
  });

  it('any message the page posts starts the answers dialog, operators and all, and nothing else does', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), (message) => {
        fc.pre(!messageProblem(message) && literalPattern(message) !== undefined);
        const bot = exportBot({ fields: [{ name: 'name' }], message, offerPatterns: ['form'] });
        const started = startedBy(bot, message).filter((starter) => starter.name === 'form answers');
        expect(started, JSON.stringify(message)).to.have.length(1);
      }),
      { numRuns: 200 },
    );
    const bot = exportBot({ fields: [], message: 'lead submitted' });
    expect(startedBy(bot, 'hello').map((starter) => starter.name)).to.deep.equal([]);
  });

  it('has no answers dialog, and says why, for a form that posts no message or one of operators alone', () => {
    for (const message of [undefined, '(*)', '|']) {
      const bot = exportBot({ ...design, message });
      expect(
        bot.groups.map((group) => group.name),
        String(message),
      ).to.deep.equal(['Offer the form']);
      expect(answersDialogProblem({ ...design, message })).to.be.a('string');
    }
    expect(answersDialogProblem(design)).to.equal(undefined);
  });

  it('refuses, with the designer’s reason, a page address or a bot ID the form could not read from the link', () => {
    expect(() => exportBot({ ...design, pageUrl: 'javascript:alert(1)' })).to.throw('must start with https://');
    expect(() => exportBot({ ...design, botId: 'a\nb' })).to.throw('line break');
  });
});

describe('bot export: the offer patterns in the design', () => {
  it('a link keeps them; one the settings box could not show is refused', () => {
    const design: Design = { ...STARTER_DESIGN, offerPatterns: ['quote', '*(estimate|price)*'] };
    expect(decodeDesign(encodeDesign(design))).to.deep.equal(design);
    expect(() => decodeDesign(encodeDesign({ ...STARTER_DESIGN, offerPatterns: ['a, b'] }))).to.throw(
      'has a pattern the designer cannot show',
    );
    expect(() => decodeDesign(encodeDesign({ ...STARTER_DESIGN, offerPatterns: 'form' } as unknown as Design))).to.throw(
      'sets offerPatterns to something other than a list of texts',
    );
  });
});
