/**
 * What every story stands on: the in-browser mock backend (the real handler and a simulated bot,
 * no network, no server), scripted to fail or stall where a story needs it, and recording what
 * reached it so play functions can check what was sent.
 */
import { ref } from 'lit/directives/ref.js';
import sinon from 'sinon';
import { userEvent } from 'storybook/test';
import { createWebviewHandler } from '../src/mock/handler.js';
import { createDemoBot } from '../src/mock/demo-bot.js';
import type { SimulatedBot } from '../src/mock/bot.js';
import type { Payload } from '../src/core/schemas.js';
import type { WebviewForm } from '../src/element/webview-form.js';

/** One scripted answer: the real mock, an HTTP status, a network failure, no answer, or a gate to open. */
export type Step = 'mock' | number | 'network' | 'never' | Gate;

export interface Gate {
  readonly opened: Promise<void>;
  open(): void;
}

export function gate(): Gate {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

export interface StoryBackend {
  /** The element's transport. */
  readonly fetch: (request: Request) => Promise<Response>;
  /** Every body the page sent, in order, whatever was answered. */
  readonly received: Payload[];
  readonly bot: SimulatedBot;
  /** Fresh IDs for this story, so stories never share a conversation. */
  readonly ids: { botId: string; conversationId: string; userId: string };
}

/** A mock backend answering with `steps` in turn, then with the real mock. */
export function storyBackend(...steps: Step[]): StoryBackend {
  const bot = createDemoBot();
  const handler = createWebviewHandler({ bot });
  const received: Payload[] = [];
  let next = 0;
  const fetch = async (request: Request): Promise<Response> => {
    received.push(await request.clone().json());
    const step = steps[next++] ?? 'mock';
    if (step === 'network') throw new TypeError('Failed to fetch');
    if (step === 'never') return new Promise<Response>(() => {});
    if (typeof step === 'number') return Response.json({ error: 'scripted', message: `A scripted ${step}.` }, { status: step });
    if (step !== 'mock') await step.opened;
    return handler(request);
  };
  return { fetch, received, bot, ids: { botId: bot.botId, conversationId: crypto.randomUUID(), userId: crypto.randomUUID() } };
}

/** The element in a story's canvas. */
export function formIn(canvas: HTMLElement): WebviewForm {
  return canvas.querySelector('webview-form')!;
}

/** Waits until the element has rendered and settled, zod's check of declared fields included. */
export async function rendered(canvas: HTMLElement): Promise<WebviewForm> {
  const form = formIn(canvas);
  await form.updateComplete;
  return form;
}

/** A part of the element's shadow chrome. */
export function part(form: WebviewForm, name: string): HTMLElement | null {
  return form.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
}

/** The text of a part, with white space folded, for assertions on what a person reads. */
export function partText(form: WebviewForm, name: string): string {
  return (part(form, name)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Binds a story's element to its backend: the conversation's IDs and the transport. */
export function wired(backend: StoryBackend) {
  return ref((element) => {
    if (element) Object.assign(element, backend.ids, { fetch: backend.fetch });
  });
}

/**
 * Runs `start` (a click that submits) with the clock faked, then moves the clock on until `done()`
 * holds, so that a story shows what follows a retry's wait or a timeout without waiting for it in
 * real time. The backend is the in-browser mock (no real network), and the real event loop turns
 * between ticks, so that the submit's code loads; a story not done within `realMs` fails.
 * testing-library's `waitFor` polls on timers: use it before or after, not inside.
 */
export async function fastForward(start: () => void, done: () => boolean, realMs = 5000): Promise<void> {
  const realTimeout = globalThis.setTimeout;
  const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    start();
    const deadline = performance.now() + realMs;
    while (!done()) {
      if (performance.now() > deadline) throw new Error(`Not done after ${clock.now} ms on the fake clock and ${realMs} ms of real time.`);
      await clock.tickAsync(250);
      await new Promise((resolve) => realTimeout(resolve, 5));
    }
  } finally {
    clock.restore();
  }
}

/**
 * Types into a control with real key presses where the page can have them: run as tests, Vitest's
 * browser mode drives the keyboard through Playwright; in Storybook's UI, testing-library
 * simulates the keys and sets the value from script. The browser checks `minlength` only on a
 * value a person typed, so only real keys make a short answer "too short". Resolves with whether
 * the keys were real.
 */
export async function typeKeys(control: HTMLElement, text: string): Promise<boolean> {
  // Only Vitest serves the module: elsewhere it throws on import.
  if (!('__vitest_browser__' in globalThis)) {
    await userEvent.type(control, text);
    return false;
  }
  const driver = await import('vitest/browser');
  control.focus();
  await driver.userEvent.keyboard(text);
  return true;
}

/**
 * Presses keys (user-event's syntax: `{Tab}`, `{Enter}`) on whatever has the focus: real key
 * presses under Vitest, where the browser itself moves the focus (its own tab order, closed
 * `<details>` skipped); testing-library's simulation in Storybook's UI.
 */
export async function pressKeys(keys: string): Promise<void> {
  if (!('__vitest_browser__' in globalThis)) {
    await userEvent.keyboard(keys);
    return;
  }
  const driver = await import('vitest/browser');
  await driver.userEvent.keyboard(keys);
}
