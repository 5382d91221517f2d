// End to end, as a person: the demo's chat on Vite's dev server (with the mock backend plugin),
// "web view", the link, the form, submit, and the bot's reply with the typed name in the chat.
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
  assert.equal(await chat.locator('#webview-variables dt', { hasText: 'name' }).locator('xpath=following-sibling::dd[1]').textContent(), 'Arthur');
  await context.close();
});
