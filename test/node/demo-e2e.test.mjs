// End to end, as a person: the demo's chat on Vite's dev server (with the mock backend plugin),
// "web view", the link, the form, submit, and the bot's reply with the typed name in the chat;
// then "steps" and the multi-step form, through a condition and the review to the bot's quote.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useDemo } from '../demo-site.mjs';

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
