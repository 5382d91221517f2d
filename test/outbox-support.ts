// What the outbox's tests stand on (test/outbox.test.ts, test/outbox-probe.test.ts): a line that
// can be down, held or answer anything, a form of the vendor's link, and the keys kept on the device.
import { fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import type { Transport } from '../src/core/client.js';
import { loadDelivery } from '../src/element/loader.js';
import { IDS, json, type Deferred } from './helpers.js';

export const OUTBOX_PREFIX = 'webview-form:outbox:';

/**
 * A line: down (a network error) until `up`; when up, each request that reached it is recorded
 * (its body and token in `posts`, its address in `urls`), waits for `hold` if set (once), then
 * gets `answer()`, and `landed` is set.
 */
export function line() {
  const posts: Array<{ body: string; token: string | null }> = [];
  const urls: string[] = [];
  const state: { up: boolean; hold?: Deferred<void>; answer: () => Response; landed: boolean } = {
    up: false,
    answer: () => json({}),
    landed: false,
  };
  const transport: Transport = async (request) => {
    if (!state.up) throw new TypeError('Failed to fetch');
    urls.push(request.url);
    posts.push({ body: await request.text(), token: request.headers.get('Authorization') });
    const hold = state.hold;
    state.hold = undefined;
    if (hold) await hold.promise;
    const answer = state.answer();
    state.landed = true;
    return answer;
  };
  return { posts, urls, state, transport };
}

/** A form of the vendor's link on a page, as the chat opens it: `keep` unset unless given. */
export async function page(
  transport: Transport,
  { keep, id = 'trip', conversation }: { keep?: string; id?: string; conversation?: string } = {},
) {
  const form = await fixture<WebviewForm>(html`
    <webview-form id=${id} region="us" keep=${ifDefined(keep)} conversation-id=${conversation ?? IDS.conversationId} .fetch=${transport}>
      <label>Name <input name="name" /></label>
      <label>Colour <input name="colour" /></label>
    </webview-form>
  `);
  await form.updateComplete;
  return form;
}

/** Types `value` into the control named `name`, as a person does. */
export function type(form: WebviewForm, name: string, value: string): void {
  const control = form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  control.value = value;
  control.dispatchEvent(new InputEvent('input', { bubbles: true }));
}

/** Sends, running a fake clock through the retries' waits until the send settles; resolves with its result or error. */
export async function sendThroughRetries(form: WebviewForm): Promise<unknown> {
  await loadDelivery();
  const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  let settled = false;
  try {
    const outcome = form.submit().then(
      (result) => ((settled = true), result),
      (error) => ((settled = true), error),
    );
    for (let step = 0; step < 100 && !settled; step++) await clock.tickAsync(250);
    return await outcome;
  } finally {
    clock.restore();
  }
}

export const outboxKeys = (storage: Storage = localStorage) => Object.keys(storage).filter((key) => key.startsWith(OUTBOX_PREFIX));
export const draftKeys = (storage: Storage = localStorage) => Object.keys(storage).filter((key) => key.startsWith('webview-form:draft:'));
