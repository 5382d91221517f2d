import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import { deferred, json, recordingTransport, useFreshTab, type Answer } from './helpers.js';
import { expectAccessible } from './a11y.js';
import { describeOnly } from './engine.js';
import { loadDelivery } from '../src/element/loader.js';

// Loaded with the test file: a declared form's updateComplete waits for zod's check, which comes
// with the delivery chunk, and coming cold (dozens of modules under the test server) it could put
// the first test past the runner's limit on a loaded machine. These tests are about what axe finds
// in each state; how the chunk loads is tested elsewhere (standalone.test.ts, language-chunks.test.ts).
await loadDelivery();

const DECLARED = [
  { name: 'name', label: 'Full name', required: true, autocomplete: 'name' },
  { name: 'email', type: 'email', label: 'Email', required: true, hint: 'We send the quote here.' },
  { name: 'size', type: 'select', label: 'Team size', options: ['1-10', '11+'] },
  { name: 'contact', type: 'radio', label: 'Reach me by', options: ['email', 'phone'], required: true },
  { name: 'notes', type: 'textarea', label: 'Notes' },
  { name: 'consent', type: 'checkbox', label: 'You may contact me', required: true },
];

const variants = {
  declared: (transport: (request: Request) => Promise<Response>) =>
    html`<webview-form region="us" .fields=${DECLARED} .fetch=${transport}></webview-form>`,
  authored: (transport: (request: Request) => Promise<Response>) => html`
    <webview-form region="us" .fetch=${transport}>
      <label>Your name <input name="name" required autocomplete="name" /></label>
      <label>Email <input name="email" type="email" required autocomplete="email" /></label>
      <fieldset>
        <legend>Reach me by</legend>
        <label><input type="radio" name="contact" value="email" required /> Email</label>
        <label><input type="radio" name="contact" value="phone" /> Phone</label>
      </fieldset>
      <label><input type="checkbox" name="consent" required /> You may contact me</label>
      <button type="submit">Send</button>
    </webview-form>
  `,
};

function fill(form: WebviewForm) {
  form.querySelector<HTMLInputElement>('[name="name"]')!.value = 'Arthur';
  form.querySelector<HTMLInputElement>('[name="email"]')!.value = 'arthur@camelot.example';
  form.querySelector<HTMLInputElement>('[name="contact"]')!.checked = true;
  form.querySelector<HTMLInputElement>('[name="consent"]')!.checked = true;
}

describe('accessibility (axe-core, WCAG 2 A/AA)', () => {
  useFreshTab();

  // Every engine starts in the light scheme. Only Chromium can be switched to the dark one: WTR
  // emulates media through playwright or CDP, and Firefox over WebDriver BiDi and WebKit over
  // WebDriver have no command for prefers-color-scheme.
  const inScheme = {
    light: describe,
    dark: describeOnly(['chromium'], 'only CDP can emulate prefers-color-scheme'),
  };
  for (const scheme of ['light', 'dark'] as const) {
    inScheme[scheme](`in the ${scheme} colour scheme`, () => {
      before(async () => {
        // The page allows both schemes and paints its own background, as the demo's does: the
        // form follows the page's `color-scheme` (a page without one stays light on a dark
        // system), and axe takes an unpainted page for white whatever the scheme.
        Object.assign(document.documentElement.style, { colorScheme: 'light dark', background: 'Canvas', color: 'CanvasText' });
        if (scheme === 'dark') await emulateMedia({ colorScheme: 'dark' });
        // Not vacuous: the scheme is the one the title says.
        expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(scheme === 'dark');
      });
      after(async () => {
        Object.assign(document.documentElement.style, { colorScheme: '', background: '', color: '' });
        if (scheme === 'dark') await emulateMedia({ colorScheme: 'light' });
      });

      for (const [variant, template] of Object.entries(variants)) {
        describe(`a ${variant} form`, () => {
          async function render(...answers: Answer[]) {
            const { transport } = recordingTransport(...answers);
            const form = await fixture<WebviewForm>(template(transport));
            await form.updateComplete;
            return form;
          }

          it('has no violation when idle', async () => {
            await expectAccessible(await render(), 'idle');
          });

          it('has no violation when invalid', async () => {
            const form = await render();
            await form.submit().catch(() => undefined);
            await form.updateComplete;
            await expectAccessible(form, 'invalid');
          });

          it('has no violation while submitting', async () => {
            const answer = deferred<Response>();
            const form = await render(answer.promise);
            fill(form);
            const submitted = oneEvent(form, 'webview-submit');
            const done = form.submit();
            await submitted;
            await form.updateComplete;
            await expectAccessible(form, 'submitting');
            answer.resolve(json({}));
            await done;
          });

          it('has no violation after success', async () => {
            const form = await render(json({}));
            fill(form);
            await form.submit();
            await form.updateComplete;
            await expectAccessible(form, 'success');
          });

          it('has no violation after an error', async () => {
            const form = await render(new Response('', { status: 401 }));
            fill(form);
            await form.submit().catch(() => undefined);
            await form.updateComplete;
            await expectAccessible(form, 'error');
          });
        });
      }
    });
  }
});
