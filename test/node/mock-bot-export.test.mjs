// The mock running a Conversation Builder bot export (src/mock/export/, built into dist/mock):
// patterns, next-message chains and rules, placeholders, bot code in its sandbox (time limit,
// throws), what is not simulated, hostile files, the CLI's --bot, and a form's round trip.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BotExportError, compilePattern, createMockBackend, loadBotExport } from 'webview-form/mock';
import { startMockServer } from 'webview-form/mock/server';
import { cardButton, formBotExport, withCard, withCodeDialog } from './bot-export-fixture.mjs';
import { webviewPost } from './mock-http.mjs';

const said = (conversation, from = 'bot') => conversation.transcript.filter((entry) => entry.from === from).map((entry) => entry.text);

async function chat(json, messages, options, botOptions) {
  const bot = loadBotExport(json, options).createBot(botOptions);
  const conversation = bot.startConversation({ conversationId: 'conv-1', userId: 'user-1' });
  for (const text of messages) await bot.consumerSays('conv-1', text);
  return conversation;
}

describe('Conversation Builder patterns', () => {
  const matches = (pattern, text) => compilePattern(pattern).test(text);

  test('a pattern without a wildcard matches the whole message, ignoring case and spaces around it', () => {
    assert.equal(matches('request successful', '  Request  SUCCESSFUL '), true);
    assert.equal(matches('hi', 'hi there'), false);
    assert.equal(matches('hi', 'this'), false);
  });

  test('* stands for any text and (a|b) for one alternative, nested too', () => {
    assert.equal(matches('(hi|hello|hey)*', 'Hello there'), true);
    assert.equal(matches('(hi|hello|hey)*', 'hiya'), true);
    assert.equal(matches('(hi|hello|hey)*', 'oh hi'), false);
    assert.equal(matches('*back*', 'go back please'), true);
    assert.equal(matches('good (morning|(after|)noon)', 'good noon'), true);
    assert.equal(matches('good (morning|(after|)noon)', 'good evening'), false);
  });

  test('a pattern that is not well formed is refused, not guessed', () => {
    assert.equal(compilePattern('(hi|hello'), undefined);
    assert.equal(compilePattern('hi)'), undefined);
    assert.equal(compilePattern('   '), undefined);
  });

  test('a long message against many wildcards is answered at once (no backtracking)', () => {
    const started = performance.now();
    assert.equal(matches('*a*a*a*a*a*b', 'a'.repeat(60_000)), false);
    assert.ok(performance.now() - started < 200, `took ${performance.now() - started} ms`);
  });
});

describe('an export in the simulated bot', () => {
  test('a starter runs its dialog: __initConversation set the link, the button carries it, the text is filled', async () => {
    const conversation = await chat(formBotExport(), ['Web view please']);
    const offer = conversation.transcript.at(-1);
    assert.equal(offer.text, 'Open the form, friend.');
    assert.deepEqual(offer.buttons, [
      { title: 'Open the form', url: 'https://forms.example/form.html?userId=user-1&convId=conv-1&botId=bot-1' },
    ]);
  });

  test("the question's rule takes the answer, stores {$userMessage} and follows its action", async () => {
    const conversation = await chat(formBotExport(), ['form', 'not now']);
    assert.equal(said(conversation).at(-1), 'Fine, you said "not now".');
    assert.equal(conversation.botVariables.get('answer'), 'not now');
  });

  test('a message that matches nothing in the chat runs the fallback dialog', async () => {
    const conversation = await chat(formBotExport(), ['what?']);
    assert.deepEqual(said(conversation), ['Say "web view" for the form.']);
  });

  test('setTriggerNextMessage jumps to the named interaction, skipping the one whose code called it', async () => {
    const conversation = await chat(withCodeDialog('jump', "botContext.setTriggerNextMessage('offer_later');"), ['jump']);
    assert.deepEqual(said(conversation), ['Fine, you said "".']);
  });

  test('bot code sees no Node: not process, not through a function of botContext', async () => {
    const code = "botContext.sendMessage(typeof process + ' ' + botContext.sendMessage.constructor('return typeof process')());";
    const conversation = await chat(withCodeDialog('peek', code), ['peek']);
    assert.equal(said(conversation)[0], 'undefined undefined');
  });
});

describe('bot code that fails never stops the mock', () => {
  test('an endless loop is stopped at the time limit, said in the debug output, and the dialog goes on', async () => {
    const started = performance.now();
    const conversation = await chat(withCodeDialog('loop', 'while (true) {}'), ['loop', 'web view'], { codeTimeoutMs: 100 });
    assert.ok(performance.now() - started < 3000);
    assert.match(said(conversation, 'debug').join('\n'), /pre-process code of "code_text" ran past 100 ms and was stopped/);
    assert.deepEqual(said(conversation), ['after', 'Open the form, friend.']);
  });

  test('a throw is said in the debug output with its message, after what the code did before it', async () => {
    const code = "botContext.printDebugMessage('before'); throw new TypeError('boom');";
    const conversation = await chat(withCodeDialog('throw', code), ['throw']);
    assert.deepEqual(said(conversation, 'debug'), ['before', 'The pre-process code of "code_text" failed: TypeError: boom']);
    assert.deepEqual(said(conversation), ['after']);
  });
});

describe('what the mock does not simulate', () => {
  test('each kind is listed once at load, and an unsupported interaction is skipped in the debug output', async () => {
    const json = withCodeDialog('structured', "botContext.getEnvVariable('x'); botContext.getEnvVariable('y');");
    json.responder.push({ name: 'Payments', integrationType: 'API' });
    const code = json.conversationMessage.find((message) => message.id === 'code_starter');
    code.nextMessageId = 'card';
    json.conversationMessage.push(
      {
        id: 'card',
        name: 'card',
        group: 'g-code',
        interactionType: 'STRUCTURED',
        content: {},
        nextMessageId: 'code_text',
        responseMatches: [],
      },
      { id: 'card2', name: 'card2', group: 'g-code', interactionType: 'STRUCTURED', content: {}, responseMatches: [] },
    );
    const loaded = loadBotExport(json);
    assert.deepEqual(loaded.unsupported, [
      'integration "Payments" is not simulated',
      'botContext.getEnvVariable is not simulated (a call throws) (2 times)',
      'interaction type STRUCTURED is not simulated (skipped) (2 times)',
    ]);
    const conversation = await chat(json, ['structured']);
    assert.match(said(conversation, 'debug')[0], /Interaction "card" \(STRUCTURED\) is not simulated; skipped/);
    assert.match(said(conversation, 'debug')[1], /getEnvVariable is not a function/);
    assert.deepEqual(said(conversation), ['after']);
  });

  test('the fixture itself loads with nothing left out', () => {
    assert.deepEqual(loadBotExport(formBotExport()).unsupported, []);
  });
});

describe('a card (a UNIVERSAL interaction), as the web-messaging templates write it', () => {
  // The templates' "Vertical Card With Horizontal Buttons", with placeholders in its strings.
  const card = {
    type: 'vertical',
    elements: [
      { type: 'image', url: 'https://example.com/logo.png', click: { actions: [{ type: 'link', uri: 'https://example.com' }] } },
      { type: 'text', text: 'Hello {$botContext.who},', tooltip: 'Hello' },
      { type: 'text', text: 'your form is ready.', style: { bold: true } },
      {
        type: 'horizontal',
        elements: [
          cardButton('Open it, {$botContext.greeting}', { type: 'link', uri: '{$botContext.formURL}', target: 'slideout' }),
          cardButton('Later', { type: 'publishText', text: 'later for {$botContext.who}' }),
          cardButton('Both', { type: 'publishText', text: 'both' }, { type: 'link', uri: 'https://example.com/both', target: 'blank' }),
        ],
      },
    ],
  };

  test("its text elements are the message's text, its link buttons the transcript's buttons, its publishText buttons its replies, each string filled", async () => {
    const conversation = await chat(withCard('card', card), ['card']);
    const [shown, after] = conversation.transcript.filter((entry) => entry.from === 'bot');
    assert.equal(shown.text, 'Hello Ada "the" Countess,\nyour form is ready.');
    assert.deepEqual(shown.buttons, [
      { title: 'Open it, friend', url: 'https://forms.example/form.html?userId=user-1&convId=conv-1&botId=bot-1' },
      { title: 'Both', url: 'https://example.com/both' },
    ]);
    assert.deepEqual(shown.replies, ['later for Ada "the" Countess']);
    assert.equal(after.text, 'after card', 'a card that asks nothing goes on, by nextMessageId');
    assert.deepEqual(said(conversation, 'debug'), []);
  });

  test('what else a card holds is listed once at load and left out; a card with nothing else is skipped, as before', async () => {
    const json = withCard('card', card);
    assert.deepEqual(loadBotExport(json).unsupported, [
      'the card element "image" is not simulated (left out)',
      'the card button action "publishText" is not simulated (left out)',
    ]);
    const pictures = { type: 'carousel', elements: [{ type: 'vertical', elements: [{ type: 'text', text: 'in a carousel' }] }] };
    const skipped = withCard('pictures', pictures);
    assert.deepEqual(loadBotExport(skipped).unsupported, [
      'the card element "carousel" is not simulated (left out)',
      'a card with no text or button the mock simulates is skipped',
    ]);
    const conversation = await chat(skipped, ['pictures']);
    assert.match(said(conversation, 'debug')[0], /Interaction "card" \(UNIVERSAL\) is not simulated; skipped/);
    assert.deepEqual(said(conversation), ['after card']);
    const broken = withCard('broken', {});
    broken.conversationMessage.find((message) => message.id === 'card').content.results.tile.tileData[0].universalWidget.leMessageJson =
      '{"type":';
    assert.deepEqual(loadBotExport(broken).unsupported, [
      'a card that is not JSON, or past the limits of an export, is not simulated',
      'a card with no text or button the mock simulates is skipped',
    ]);
  });

  test("a card that requires input (the samples' cards) waits for the answer; a tapped reply takes its rule on", async () => {
    const bot = loadBotExport(withCard('card', card, { userInputRequired: true })).createBot();
    bot.startConversation({ conversationId: 'c', userId: 'u' });
    await bot.consumerSays('c', 'card');
    assert.deepEqual(said(bot.conversation('c')), ['Hello Ada "the" Countess,\nyour form is ready.']);
    await bot.consumerSays('c', 'later for Ada "the" Countess');
    assert.deepEqual(said(bot.conversation('c')).at(-1), 'after card');
  });

  test('close_dialog ends the dialog: the interaction its nextMessageId names is not shown, and nothing is said of it', async () => {
    const closing = [
      { conditions: [], contextConditions: [], action: { name: 'INTERACTION', value: 'close_dialog' }, contextDataVariables: [] },
    ];
    const conversation = await chat(withCard('card', card, { responseMatches: closing }), ['card']);
    assert.deepEqual(said(conversation), ['Hello Ada "the" Countess,\nyour form is ready.']);
    assert.deepEqual(said(conversation, 'debug'), []);
  });
});

describe('botContext.getUserChannel()', () => {
  const code = 'botContext.sendMessage(botContext.getUserChannel());';

  test("answers lp_web, LivePerson's web messaging, which the mock's chat stands for", async () => {
    const conversation = await chat(withCodeDialog('channel', code), ['channel']);
    assert.deepEqual(said(conversation), ['lp_web', 'after']);
    assert.deepEqual(loadBotExport(withCodeDialog('channel', code)).unsupported, []);
  });

  test('answers the channel the bot or the backend was made with', async () => {
    const conversation = await chat(withCodeDialog('channel', code), ['channel'], {}, { channel: 'lp_sms' });
    assert.deepEqual(said(conversation), ['lp_sms', 'after']);
    const backend = createMockBackend({ bot: loadBotExport(withCodeDialog('channel', code)), channel: 'whatsapp' });
    await backend.bot.consumerSays('conv-2', 'channel');
    assert.deepEqual(said(backend.bot.conversation('conv-2')), ['whatsapp', 'after']);
  });
});

describe('files that are not bot exports', () => {
  const refused = (json, reason) =>
    assert.throws(
      () => loadBotExport(json),
      (error) => error instanceof BotExportError && reason.test(error.message),
    );

  test('JSON that is not an export, and text that is not JSON, are refused with a clear one-line error', () => {
    for (const json of [{}, [], null, 'not json', '{"bot": {}}', { conversationMessage: [] }])
      refused(json, /^[^\n]*(not a Conversation Builder bot export|not JSON)[^\n]*$/);
  });

  test('deep nesting, huge strings and __proto__ keys are refused without a crash', () => {
    let deep = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    refused({ ...formBotExport(), menus: deep }, /nests deeper than/);
    refused('['.repeat(200_000) + ']'.repeat(200_000), /nests deeper than/);
    refused({ ...formBotExport(), hash: 'x'.repeat(300_000) }, /string of 300000 characters/);
    refused(JSON.stringify(formBotExport()).replace('"hash"', '"__proto__":{"polluted":true},"hash"'), /"__proto__" key/);
    assert.equal({}.polluted, undefined);
    const cyclic = formBotExport();
    cyclic.menus.push(cyclic);
    refused(cyclic, /nests deeper than|more than \d+ values/);
  });
});

describe('a form posts to an export through the Web View API', () => {
  test("the form's message starts the dialog, its pre-process code reads the variables, the reply quotes them", async () => {
    const server = await startMockServer({ port: 0, bot: loadBotExport(formBotExport()), log: () => {} });
    try {
      const ids = { botId: 'bot-1', conversationId: 'conv-9', userId: 'user-9' };
      const { status, json } = await webviewPost(server.url, {
        ...ids,
        message: 'request successful',
        contextVariables: [
          { name: 'name', value: 'Arthur' },
          { name: 'color', value: 'blue' },
        ],
      });
      assert.equal(status, 200);
      assert.deepEqual(json, { success: true, stored: ['name', 'color'], message: { dialog: 'Form sent' } });
      const conversation = server.backend.bot.conversation('conv-9');
      assert.equal(said(conversation).at(-1), 'Thanks Arthur! Your favorite color is blue.');
      assert.equal(conversation.botVariables.get('visitor_name'), 'Arthur');
      // A message that starts nothing is posted, and the fallback (a chat thing) does not answer it.
      const other = await webviewPost(server.url, { ...ids, message: 'something else' });
      assert.equal(other.json.message, 'posted');
      assert.equal(said(conversation).length, 1);
    } finally {
      await server.close();
    }
  });
});

describe('webview-form-mock --bot', () => {
  const cli = fileURLToPath(new URL('../../dist/mock/cli.js', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'bot-export-'));
  const file = (name, text) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  test('a file that is not a bot export is one line on stderr and exit 2', () => {
    for (const text of ['{"hello": "world"}', 'not json', '{"__proto__": {}}']) {
      const { status, stdout, stderr } = spawnSync(process.execPath, [cli, '--bot', file('bad.json', text)], {
        encoding: 'utf8',
        timeout: 10_000,
      });
      assert.equal(status, 2, stderr);
      assert.equal(stdout, '');
      assert.match(stderr, /^webview-form-mock: .*bad\.json: [^\n]+\n$/);
    }
  });

  test('an export starts the server and lists what is not simulated, once', () => {
    const json = formBotExport();
    json.menus.push({ name: 'Main' });
    const { stdout } = spawnSync(process.execPath, [cli, '--port', '0', '--bot', file('bot.json', JSON.stringify(json))], {
      encoding: 'utf8',
      timeout: 3000,
    });
    assert.match(
      stdout,
      /^Bot "Form bot" from .*bot\.json: 2 dialog starters\.\nNot simulated:\n {2}- menus are not simulated\nMock Web View API on http/,
    );
    assert.equal(stdout.match(/menus/g).length, 1);
  });
});
