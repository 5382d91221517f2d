import { expect } from '@open-wc/testing';
import { MESSAGE_WINDOW_MS, SimulatedBot, type BotContext, type Dialog } from '../src/mock/bot.js';
import { createDemoBot } from '../src/mock/demo-bot.js';
import { IDS } from './helpers.js';

/** A clock the test moves by hand. */
function fakeClock(start = Date.parse('2026-11-27T09:00:00Z')) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('simulated bot', () => {
  it('stores webview variables per conversation, readable through botContext', async () => {
    const seen: Array<Record<string, unknown>> = [];
    const dialog: Dialog = {
      name: 'thanks',
      patterns: ['request successful'],
      run(bot) {
        seen.push({
          name: bot.getWebViewVariable('name'),
          missing: bot.getWebViewVariable('missing'),
          all: bot.getWebViewVariables(),
          conversationId: bot.getConversationId(),
          userId: bot.getUserPlatformId(),
          message: bot.getCurrentUserMessage(),
        });
      },
    };
    const bot = new SimulatedBot({ dialogs: [dialog] });
    const outcome = await bot.receiveWebview({
      ...IDS,
      message: 'request successful',
      contextVariables: [
        { name: 'name', value: 'Arthur' },
        { name: 'color', value: 'blue' },
      ],
    });
    expect(outcome).to.deep.equal({ stored: ['name', 'color'], message: { dialog: 'thanks' } });
    expect(seen).to.deep.equal([
      {
        name: 'Arthur',
        missing: null,
        all: { name: 'Arthur', color: 'blue' },
        conversationId: IDS.conversationId,
        userId: IDS.userId,
        message: 'request successful',
      },
    ]);
    await bot.receiveWebview({ ...IDS, conversationId: 'other', contextVariables: [{ name: 'name', value: 'Bedevere' }] });
    expect(bot.conversation(IDS.conversationId)!.webviewVariables.get('name')).to.equal('Arthur');
  });

  it('overwrites a variable posted again, and keeps the others', async () => {
    const bot = new SimulatedBot();
    await bot.receiveWebview({
      ...IDS,
      contextVariables: [
        { name: 'a', value: '1' },
        { name: 'b', value: '2' },
      ],
    });
    await bot.receiveWebview({ ...IDS, contextVariables: [{ name: 'a', value: '3' }] });
    expect(Object.fromEntries(bot.conversation(IDS.conversationId)!.webviewVariables)).to.deep.equal({ a: '3', b: '2' });
  });

  it('matches dialog starters as whole words, case-insensitively, first dialog first', async () => {
    const ran: string[] = [];
    const dialog = (name: string, patterns: Dialog['patterns']): Dialog => ({ name, patterns, run: () => void ran.push(name) });
    const bot = new SimulatedBot({ dialogs: [dialog('web view', ['web view']), dialog('pay', [/^pay\b/i]), dialog('any', [/./])] });
    const { conversationId } = bot.startConversation();
    for (const text of ['I want the WEB   VIEW please', 'webviews are nice', 'Pay now', 'hello'])
      await bot.consumerSays(conversationId, text);
    expect(ran).to.deep.equal(['web view', 'any', 'pay', 'any']);
  });

  it('posts the message to the transcript and answers with what the dialog sends', async () => {
    const bot = createDemoBot();
    await bot.receiveWebview({
      ...IDS,
      message: 'request successful',
      contextVariables: [
        { name: 'name', value: 'Arthur' },
        { name: 'color', value: 'blue' },
      ],
    });
    const transcript = bot.conversation(IDS.conversationId)!.transcript;
    expect(transcript.map(({ from, text, via }) => ({ from, text, via }))).to.deep.equal([
      { from: 'consumer', text: 'request successful', via: 'webview' },
      { from: 'bot', text: 'Thanks Arthur! I see your favorite color is blue.', via: undefined },
    ]);
    expect(bot.conversation(IDS.conversationId)!.botVariables.get('visitor_name')).to.equal('Arthur');
  });

  it('a designed form whose message contains "quote" gets a neutral reply listing its variables, not the demo\'s lead-gen offer', async () => {
    const bot = createDemoBot();
    const outcome = await bot.receiveWebview({
      ...IDS,
      message: 'quote form sent',
      contextVariables: [
        { name: 'company', value: 'Engines Ltd' },
        { name: 'size', value: '11+' },
      ],
    });
    expect(outcome.message).to.equal('posted');
    const reply = bot.conversation(IDS.conversationId)!.transcript.at(-1)!;
    expect(reply.from).to.equal('bot');
    expect(reply.buttons, 'no form offered').to.equal(undefined);
    expect(reply.text).to.contain('“quote form sent”').and.to.contain('Variables received: company, size.');
  });

  it('an unknown dialog starter from a form gets the neutral reply; the same word typed in the chat still offers the form', async () => {
    const bot = createDemoBot();
    const { conversationId, userId } = bot.startConversation();
    await bot.receiveWebview({ botId: bot.botId, conversationId, userId, message: 'my own form' });
    expect(bot.conversation(conversationId)!.transcript.at(-1)!.text)
      .to.contain('starts none of my dialogs')
      .and.to.contain('no variables');
    await bot.consumerSays(conversationId, 'a quote please');
    expect(bot.conversation(conversationId)!.transcript.at(-1)!.text).to.match(/^Happy to prepare a quote, /);
  });

  it('sends the form link the way the vendor guide builds it', async () => {
    const bot = createDemoBot();
    const { conversationId, userId } = bot.startConversation();
    await bot.consumerSays(conversationId, 'web view');
    const reply = bot.conversation(conversationId)!.transcript.at(-1)!;
    const link = new URL(reply.buttons![0].url, 'https://demo.example');
    expect(link.pathname).to.equal('/form.html');
    expect(Object.fromEntries(link.searchParams)).to.deep.equal({ userId, convId: conversationId, botId: bot.botId });
    expect(bot.conversation(conversationId)!.botVariables.get('formURL')).to.equal(reply.buttons![0].url);
  });

  it('offers the multi-step form for "steps", and quotes what it posted, the phone only when it asked for one', async () => {
    const bot = createDemoBot();
    const { conversationId, userId } = bot.startConversation();
    await bot.consumerSays(conversationId, 'Can I have the multi-step one?');
    const offer = bot.conversation(conversationId)!.transcript.at(-1)!;
    expect(new URL(offer.buttons![0].url, 'https://demo.example').pathname).to.equal('/lead-steps.html');
    const post = (contact: string, phone?: string) =>
      bot.receiveWebview({
        botId: bot.botId,
        conversationId,
        userId,
        message: 'lead steps submitted',
        contextVariables: [
          { name: 'name', value: 'Ada' },
          { name: 'email', value: 'ada@engines.example' },
          { name: 'contact', value: contact },
          ...(phone ? [{ name: 'phone', value: phone }] : []),
          { name: 'company', value: 'Analytical Engines' },
          { name: 'size', value: '1-10' },
        ],
      });
    await post('phone', '+44 20 7946 0000');
    expect(bot.conversation(conversationId)!.transcript.at(-1)!.text).to.equal(
      'Thanks Ada! Here is what reached me: name “Ada”, email “ada@engines.example”, contact “phone”, phone “+44 20 7946 0000”, company “Analytical Engines”, size “1-10”.',
    );
    // The number is still among the conversation's variables, but this post did not ask for it.
    await post('email');
    expect(bot.conversation(conversationId)!.transcript.at(-1)!.text).to.equal(
      'Thanks Ada! Here is what reached me: name “Ada”, email “ada@engines.example”, contact “email”, company “Analytical Engines”, size “1-10”.',
    );
  });

  describe('the 24-hour rule', () => {
    it('stores the variables but ignores the message after 24 h without a consumer message', async () => {
      const clock = fakeClock();
      const ran: string[] = [];
      const bot = new SimulatedBot({
        now: clock.now,
        dialogs: [{ name: 'thanks', patterns: ['done'], run: () => void ran.push('thanks') }],
      });
      const { conversationId, userId, botId } = bot.startConversation();
      clock.advance(MESSAGE_WINDOW_MS + 1);
      const outcome = await bot.receiveWebview({
        botId,
        conversationId,
        userId,
        message: 'done',
        contextVariables: [{ name: 'a', value: '1' }],
      });
      expect(outcome).to.deep.equal({ stored: ['a'], message: 'ignored' });
      expect(ran).to.deep.equal([]);
      expect(bot.conversation(conversationId)!.transcript.at(-1)).to.include({ text: 'done', ignored: true });
      expect(bot.conversation(conversationId)!.webviewVariables.get('a')).to.equal('1');
    });

    it('answers again once the consumer wrote, and at exactly 24 h', async () => {
      const clock = fakeClock();
      const ran: string[] = [];
      const bot = new SimulatedBot({
        now: clock.now,
        dialogs: [{ name: 'thanks', patterns: ['done'], run: () => void ran.push('thanks') }],
      });
      const { conversationId, userId, botId } = bot.startConversation();
      clock.advance(MESSAGE_WINDOW_MS);
      await bot.receiveWebview({ botId, conversationId, userId, message: 'done' });
      clock.advance(MESSAGE_WINDOW_MS * 3);
      await bot.consumerSays(conversationId, 'hello again');
      clock.advance(1000);
      await bot.receiveWebview({ botId, conversationId, userId, message: 'done' });
      expect(ran).to.deep.equal(['thanks', 'thanks']);
    });
  });

  it('gives dialogs bot variables and messages through botContext', async () => {
    let context: BotContext | undefined;
    const bot = new SimulatedBot({
      dialogs: [
        {
          name: 'remember',
          patterns: ['remember'],
          run(botContext) {
            context = botContext;
            botContext.setBotVariable('count', 1, true, false);
            botContext.sendMessage(`count is ${botContext.getBotVariable('count')}`);
          },
        },
      ],
    });
    const { conversationId } = bot.startConversation();
    await bot.consumerSays(conversationId, 'remember this');
    expect(context!.getBotVariable('count')).to.equal(1);
    expect(bot.conversation(conversationId)!.transcript.at(-1)).to.include({ from: 'bot', text: 'count is 1' });
  });

  describe('forgetting conversations', () => {
    it('forgets the least recently active conversation past maxConversations, and tells subscribers', async () => {
      const bot = new SimulatedBot({ maxConversations: 2 });
      const forgotten: string[] = [];
      const [a, b] = [bot.startConversation(), bot.startConversation()];
      bot.subscribe((id) => bot.conversation(id) === undefined && forgotten.push(id));
      await bot.consumerSays(a.conversationId, 'still here');
      const c = bot.startConversation();
      expect(bot.size).to.equal(2);
      expect(forgotten).to.deep.equal([b.conversationId]);
      expect([a, b, c].map(({ conversationId }) => bot.conversation(conversationId) !== undefined)).to.deep.equal([true, false, true]);
    });

    it('forgets a conversation idle for idleMs on its clock, and keeps one active within it', async () => {
      const clock = fakeClock();
      const bot = new SimulatedBot({ now: clock.now, idleMs: 60_000 });
      const idle = bot.startConversation();
      const active = bot.startConversation();
      clock.advance(40_000);
      await bot.consumerSays(active.conversationId, 'hello');
      clock.advance(20_000);
      expect(bot.conversation(idle.conversationId)).to.be.undefined;
      expect(bot.conversation(active.conversationId)).to.equal(active);
      // A post for a forgotten conversation starts it again, as one the bot has not seen.
      await bot.receiveWebview({
        botId: idle.botId,
        conversationId: idle.conversationId,
        userId: idle.userId,
        contextVariables: [{ name: 'a', value: '1' }],
      });
      expect(bot.conversation(idle.conversationId)!.webviewVariables.get('a')).to.equal('1');
    });

    it('keeps a week-idle conversation by default, past the 24-hour rule', async () => {
      const clock = fakeClock();
      const bot = new SimulatedBot({ now: clock.now });
      const { conversationId } = bot.startConversation();
      clock.advance(6 * 24 * 60 * 60 * 1000);
      expect(bot.conversation(conversationId)).not.to.be.undefined;
      clock.advance(24 * 60 * 60 * 1000);
      expect(bot.conversation(conversationId)).to.be.undefined;
    });

    it('keeps a conversation within maxConversationChars: the oldest transcript entries go first, then the first variables', async () => {
      const bot = new SimulatedBot({ maxConversationChars: 1000 });
      const { conversationId, userId, botId } = bot.startConversation();
      for (let index = 0; index < 20; index++) await bot.consumerSays(conversationId, `${index} ${'x'.repeat(98)}`);
      const transcript = bot.conversation(conversationId)!.transcript;
      expect(transcript.length).to.be.within(5, 9);
      expect(transcript.at(-1)!.text).to.match(/^19 /);
      const variables = Array.from({ length: 12 }, (_, index) => ({ name: `v${index}`, value: 'y'.repeat(100) }));
      await bot.receiveWebview({ botId, conversationId, userId, contextVariables: variables });
      const kept = bot.conversation(conversationId)!;
      expect(kept.transcript).to.deep.equal([]);
      expect([...kept.webviewVariables.keys()].at(-1)).to.equal('v11');
      expect(kept.webviewVariables.size).to.be.within(6, 11);
    });
  });

  it('tells subscribers which conversation changed', async () => {
    const bot = new SimulatedBot();
    const changed: string[] = [];
    const unsubscribe = bot.subscribe((id) => changed.push(id));
    await bot.receiveWebview({ ...IDS });
    unsubscribe();
    await bot.receiveWebview({ ...IDS });
    expect(changed).to.deep.equal([IDS.conversationId]);
  });
});
