// End to end, as a person: the demo's chat on Vite's dev server (with the mock backend plugin),
// "web view", the link, the form, submit, and the bot's reply with the typed name in the chat;
// then "steps" and the multi-step form, through a condition and the review to the bot's quote.
// Then "quote", whose link fills in the lead form, and "survey", the questions after a chat.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_PAGES, useDemo } from '../demo-site.mjs';

const demo = useDemo({ before, after });

test('chat → "web view" → link → fill → submit → the bot thanks Arthur in the chat', async () => {
  const context = await demo.browser.newContext();
  const chat = await context.newPage();
  await chat.goto(demo.url());
  await chat.getByLabel('Message').fill('web view');
  await chat.getByRole('button', { name: 'Send' }).click();

  const [form] = await Promise.all([context.waitForEvent('page'), chat.getByRole('link', { name: 'Open the form' }).click()]);
  await form.waitForLoadState();
  assert.match(form.url(), /\/form\.html\?userId=[^&]+&convId=[^&]+&botId=[0-9a-f]{40}$/);
  await form.getByLabel('Your name').fill('Arthur');
  await form.getByLabel('Favorite color').fill('blue');
  await form.getByLabel('Airspeed velocity of an unladen swallow').fill('11 m/s');
  await form.getByRole('button', { name: 'Send' }).click();
  await form.getByText('Thanks — you can return to the conversation.').waitFor();

  const reply = chat.getByText('Thanks Arthur! I see your favorite color is blue, and an unladen swallow flies at 11 m/s.');
  await reply.waitFor({ timeout: 10_000 });
  // The side panel shows the variables as the bot sees them.
  assert.equal(
    await chat.locator('#webview-variables dt', { hasText: 'name' }).locator('xpath=following-sibling::dd[1]').textContent(),
    'Arthur',
  );
  await context.close();
});

test("the side panel's long formURL wraps between the link's parts, never inside a word, on a phone", async () => {
  const context = await demo.browser.newContext({ viewport: { width: 390, height: 844 } });
  const chat = await context.newPage();
  await chat.goto(demo.url());
  await chat.getByLabel('Message').fill('web view');
  await chat.getByRole('button', { name: 'Send' }).click();
  // On a phone the panel starts closed, under its summary.
  await chat.getByText('As the bot sees it').click();
  const value = chat.locator('#bot-variables dt', { hasText: 'formURL' }).locator('xpath=following-sibling::dd[1]');
  await value.waitFor();
  // The value's lines, as laid out: a line ends where the next character sits lower.
  const lines = await value.evaluate((dd) => {
    const text = dd.textContent;
    const walker = document.createTreeWalker(dd, NodeFilter.SHOW_TEXT);
    const tops = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      for (let offset = 0; offset < node.data.length; offset++) {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        tops.push(range.getClientRects()[0]?.top ?? -1);
      }
    const result = [''];
    for (let index = 0; index < text.length; index++) {
      if (index > 0 && tops[index] > tops[index - 1] + 1) result.push('');
      result[result.length - 1] += text[index];
    }
    return result;
  });
  assert.ok(lines.length > 1, 'the link is longer than the panel is wide, so it wraps');
  // A line ends after a separator of the link (or a UUID's hyphen); inside a word only when the
  // line holds nothing but that word (the bot's 40-digit ID is wider than a phone's column).
  const SEPARATORS = '/?&=,:-';
  const inWord = lines
    .slice(0, -1)
    .filter((line) => !SEPARATORS.includes(line.at(-1)) && [...SEPARATORS].some((mark) => line.includes(mark)));
  assert.deepEqual(inWord, [], `lines: ${JSON.stringify(lines)}`);
  await context.close();
});

test('chat → "steps" → link → three steps, a condition, the review → send → the bot quotes every answer', async () => {
  const context = await demo.browser.newContext();
  const chat = await context.newPage();
  await chat.goto(demo.url());
  await chat.getByLabel('Message').fill('steps');
  await chat.getByRole('button', { name: 'Send' }).click();

  const [form] = await Promise.all([context.waitForEvent('page'), chat.getByRole('link', { name: 'Open the multi-step form' }).click()]);
  await form.waitForLoadState();
  assert.match(form.url(), /\/lead-steps\.html\?userId=[^&]+&convId=[^&]+&botId=[0-9a-f]{40}$/);
  /** The text of the element that has focus, in the form's shadow root. */
  const focused = () =>
    form.evaluate(() => document.querySelector('webview-form').shadowRoot.activeElement?.textContent.replace(/\s+/g, ' ').trim());
  const heading = form.getByRole('heading', { level: 2 });

  await heading.filter({ hasText: 'Step 1 of 3 About you' }).waitFor();
  await form.getByLabel('Full name').fill('Ada Lovelace');
  await form.getByLabel('Email', { exact: true }).fill('ada@engines.example');
  await form.getByRole('button', { name: 'Next' }).click();
  await heading.filter({ hasText: 'Step 2 of 3 How to reach you' }).waitFor();
  assert.equal(await focused(), 'Step 2 of 3 How to reach you');

  // The phone number is asked for only once the person chose to be called.
  assert.equal(await form.getByLabel('Phone number').isVisible(), false);
  await form.getByLabel('By phone').check();
  await form.getByLabel('Phone number').fill('+44 20 7946 0000');
  await form.getByRole('button', { name: 'Next' }).click();
  await heading.filter({ hasText: 'Step 3 of 3 Your company' }).waitFor();
  await form.getByLabel('Company').fill('Analytical Engines');
  await form.getByLabel('Team size').selectOption('11-50');
  await form.getByRole('button', { name: 'Next' }).click();

  await heading.filter({ hasText: 'Check your answers' }).waitFor();
  assert.equal(await focused(), 'Check your answers');
  const answers = await form
    .locator('webview-form')
    .evaluate((element) =>
      Array.from(element.shadowRoot.querySelectorAll('[part="review"] dd:first-of-type'), (dd) => dd.textContent.trim()),
    );
  assert.deepEqual(answers, ['Ada Lovelace', 'ada@engines.example', 'By phone', '+44 20 7946 0000', 'Analytical Engines', '11-50']);
  await form.getByRole('button', { name: 'Send' }).click();
  await form.getByText('Thanks — you can return to the conversation.').waitFor();

  await chat
    .getByText(
      'Thanks Ada Lovelace! Here is what reached me: name “Ada Lovelace”, email “ada@engines.example”, contact “phone”, phone “+44 20 7946 0000”, company “Analytical Engines”, size “11-50”.',
    )
    .waitFor({ timeout: 10_000 });
  await context.close();
});

test('success on the demo form page shows one way back to the chat, not two', async () => {
  const context = await demo.browser.newContext();
  const page = await context.newPage();
  await page.goto(demo.url(DEMO_PAGES.find(({ name }) => name === 'form').path));
  await page.getByLabel('Your name').fill('Arthur');
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByRole('heading', { name: 'Sent' }).waitFor();
  // Roles pierce the shadow root: the element's link and any the page adds.
  const links = await page.getByRole('link').allTextContents();
  assert.deepEqual(links, ['Back to the conversation']);
  await context.close();
});

test('the network switch: offline, a send waits on the device; back online, the link opened again sends it once and the bot answers once', async () => {
  const context = await demo.browser.newContext();
  const chat = await context.newPage();
  await chat.goto(demo.url());
  await chat.getByLabel('Message').fill('web view');
  await chat.getByRole('button', { name: 'Send' }).click();
  await chat.getByLabel('Offline').check();
  const [form] = await Promise.all([context.waitForEvent('page'), chat.getByRole('link', { name: 'Open the form' }).click()]);
  await form.waitForLoadState();
  await form.getByLabel('Your name').fill('Galahad');
  await form.getByRole('button', { name: 'Send' }).click();
  // Three attempts a second or two apart, then the post waits.
  await form.getByText('Saved on this phone. It will be sent when you are back online.').waitFor({ timeout: 15_000 });
  await chat.getByLabel('Online', { exact: true }).check();
  await chat.waitForFunction(() =>
    fetch('/mock/network')
      .then((response) => response.json())
      .then(({ mode }) => mode === 'online'),
  );
  await form.reload();
  await form.getByRole('heading', { name: 'Sent' }).waitFor({ timeout: 10_000 });
  const thanks = chat.locator('#transcript li', { hasText: 'Thanks Galahad!' });
  await thanks.first().waitFor({ timeout: 10_000 });
  // Nothing waits any more (what left is marked sent, for other tabs), and the bot heard it once.
  const waiting = await form.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('webview-form:outbox:') && !JSON.parse(localStorage[key]).sent),
  );
  assert.deepEqual(waiting, []);
  assert.equal(await thanks.count(), 1, 'the bot heard the form once');
  await context.close();
});

test('chat → "quote" → the link carries the name and email the bot knows → the lead form opens filled in → send → the bot quotes them', async () => {
  const context = await demo.browser.newContext();
  const chat = await context.newPage();
  await chat.goto(demo.url());
  await chat.getByLabel('Message').fill('quote');
  await chat.getByRole('button', { name: 'Send' }).click();

  const [form] = await Promise.all([context.waitForEvent('page'), chat.getByRole('link', { name: 'Get a quote' }).click()]);
  await form.waitForLoadState();
  // What the bot knows travels in the fragment, which no server log sees.
  assert.match(form.url(), /\/lead\.html\?userId=[^&#]+&convId=[^&#]+&botId=[0-9a-f]{40}#name=Ada\+Lovelace&email=ada%40example\.com$/);
  await form.waitForFunction(() => document.querySelector('webview-form')?.querySelector('[name="email"]')?.value === 'ada@example.com');
  assert.equal(await form.getByLabel('Full name').inputValue(), 'Ada Lovelace');
  assert.equal(await form.getByRole('textbox', { name: 'Email' }).inputValue(), 'ada@example.com');
  // A field the page does not list in prefill stays empty, whatever the link says.
  assert.equal(await form.getByLabel('Company').inputValue(), '');

  await form.getByLabel('Team size').selectOption('11-50');
  await form.getByLabel('I agree to be contacted about this quote').check();
  await form.getByRole('button', { name: 'Send' }).click();
  await form.getByText('Thanks — you can return to the conversation.').waitFor();
  await chat.getByText('Thanks Ada Lovelace! The quote goes to ada@example.com within a day.').waitFor({ timeout: 10_000 });
  await context.close();
});

test('chat → "survey" → two stars ask what went wrong, four do not → send → the bot answers the survey in the chat', async () => {
  const context = await demo.browser.newContext();
  const chat = await context.newPage();
  await chat.goto(demo.url());
  await chat.getByLabel('Message').fill('survey');
  await chat.getByRole('button', { name: 'Send' }).click();

  const [form] = await Promise.all([context.waitForEvent('page'), chat.getByRole('link', { name: 'Take the survey' }).click()]);
  await form.waitForLoadState();
  assert.match(form.url(), /\/survey\.html\?userId=[^&]+&convId=[^&]+&botId=[0-9a-f]{40}$/);
  const wrong = form.getByLabel('What went wrong?');

  // Each star is read as "n of 5", and a person taps it (its radio lies, transparent, over the
  // star); "What went wrong?" follows a low rating only.
  const star = (n) => form.getByRole('radio', { name: `${n} of 5`, exact: true });
  await star(4).click();
  assert.equal(await form.getByRole('radio', { name: '4 of 5' }).isChecked(), true);
  assert.equal(await wrong.isVisible(), false);
  await star(2).click();
  await wrong.waitFor();
  await wrong.fill('I waited ten minutes for an answer.');
  await form.getByRole('radio', { name: '6', exact: true }).click();
  assert.equal(await form.getByRole('radio', { name: '6', exact: true }).isChecked(), true);
  await form.getByRole('button', { name: 'Send feedback' }).click();
  await form.getByText('Thanks — you can return to the conversation.').waitFor();

  await chat
    .getByText(
      'Sorry we let you down: I have passed “I waited ten minutes for an answer.” to the team. You would recommend us 6 out of 10.',
    )
    .waitFor({ timeout: 10_000 });
  assert.equal(
    await chat.locator('#webview-variables dt', { hasText: 'rating' }).locator('xpath=following-sibling::dd[1]').textContent(),
    '2',
  );
  await context.close();
});
