/** Test seams: a transport that records real `Request`s and answers with real `Response`s, and deferreds. */
import { expect } from '@open-wc/testing';
import type { Transport } from '../src/core/client.js';
import { WebviewError } from '../src/core/errors.js';
import type { WebviewForm as WebviewFormElement } from '../src/element/webview-form.js';

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

export function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** What a recording transport saw of one request: the real Request, and its parsed JSON body. */
export interface Seen {
  request: Request;
  /** Read from a clone, in parallel with the answer, so that answering takes no real time (fake clocks). */
  body: Promise<unknown>;
}

/** One scripted answer: a Response, a thrown error (a network failure), or a promise of either. */
export type Answer = Response | Error | Promise<Response>;

/**
 * A transport that records every request and answers with `answers` in turn (the last one repeats).
 * With no answers it replies 200 `{"ok":true}`.
 */
export function recordingTransport(...answers: Array<Answer | (() => Answer)>) {
  const seen: Seen[] = [];
  const waiting: Array<Deferred<void>> = [];
  let next = 0;
  const transport: Transport = async (request) => {
    seen.push({ request, body: request.clone().json() });
    for (const waiter of waiting.splice(0)) waiter.resolve();
    const scripted = answers.length === 0 ? undefined : answers[Math.min(next++, answers.length - 1)];
    const answer = typeof scripted === 'function' ? scripted() : scripted;
    if (answer === undefined) return json({ ok: true });
    if (answer instanceof Error) throw answer;
    return answer;
  };
  /** Resolves once `count` requests have arrived: the submit path loads code before it sends. */
  const arrived = async (count = 1) => {
    while (seen.length < count) {
      const waiter = deferred();
      waiting.push(waiter);
      await waiter.promise;
    }
  };
  return { transport, seen, arrived };
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init.headers as Record<string, string> | undefined) },
  });
}

/** The IDs of the vendor's curl example, used wherever a test needs a valid conversation. */
export const IDS = {
  botId: '795bb1534e34fc89050304e6f6827c41c50410d7',
  conversationId: 'a845678d-fe5a-429e-bc46-b25d524b9fa7',
  userId: 'b849678d-fe4a-439e-bc46-b25d524b9fa7',
} as const;

/** sha256sum of "a845678d-fe5a-429e-bc46-b25d524b9fa7 || 795bb1534e34fc89050304e6f6827c41c50410d7", computed outside the browser. */
export const IDS_AUTH = 'b922c0082c713607b2537d2dbf7c2d35f60281af71ec432abf57ba1ef99b6e8d';

/** Replaces the page's query and fragment for one test; returns the function that restores them. */
export function setPageUrl(search: string, hash = ''): () => void {
  const original = location.href;
  history.replaceState(null, '', `${location.pathname}${search}${hash}`);
  return () => history.replaceState(null, '', original);
}

/** The vendor guide's link to the form, with the IDs above. */
export const VENDOR_LINK = `?userId=${IDS.userId}&convId=${IDS.conversationId}&botId=${IDS.botId}`;

/**
 * Registers hooks that give each test of the suite a fresh tab: the vendor link as the page URL
 * (plus `extra` query text), an empty sessionStorage (a success is remembered per tab) and none of
 * the device's drafts or waiting posts (`keep="device"`, the default, keeps them in localStorage).
 */
export function useFreshTab(extra = ''): void {
  let restore: () => void;
  beforeEach(() => {
    restore = setPageUrl(VENDOR_LINK + extra);
    sessionStorage.clear();
    localStorage.clear();
  });
  afterEach(() => restore());
}

/** Runs `run`, which must throw a WebviewError, and returns it for the test to inspect. */
export function thrownBy(run: () => unknown): WebviewError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(WebviewError);
    return error as WebviewError;
  }
  throw new Error('expected a WebviewError, and nothing was thrown');
}

/**
 * Points `frame` at a page of the built drop-in (a fixture that posts 'webview-form defined' to its
 * parent once the tag is defined) and resolves then; the caller places the frame. A test that holds
 * the lazy chunks cannot wait for the frame's load event: Firefox delays it for a module fetch
 * begun before it.
 */
export function dropInDefined(frame: HTMLIFrameElement, src: string): Promise<void> {
  return new Promise<void>((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || event.data !== 'webview-form defined') return;
      window.removeEventListener('message', onMessage);
      resolve();
    };
    window.addEventListener('message', onMessage);
    frame.src = src;
  });
}

/**
 * A fixture page of the built drop-in (under test/fixtures/, with the vendor's link) in an iframe
 * served from under /held/<key>/, where its lazy chunks go unanswered until `release()` (heldChunks
 * in test/wtr/outages.mjs). Resolves once the tag is defined in it.
 */
export async function heldDropIn(fixture: string) {
  const prefix = `/held/${crypto.randomUUID()}`;
  const frame = document.createElement('iframe');
  frame.title = 'Drop-in page';
  const defined = dropInDefined(frame, `${prefix}/test/fixtures/${fixture}${VENDOR_LINK}`);
  document.body.append(frame);
  await defined;
  const page = frame.contentWindow! as Window & typeof globalThis;
  return {
    page,
    form: page.document.querySelector('webview-form') as WebviewFormElement,
    /** How many chunks the server holds, once it holds one. */
    waiting: async () => Number(await (await fetch(`${prefix}/waiting`)).text()),
    release: () => fetch(`${prefix}/release`, { method: 'POST' }),
    /** Releases what is held and removes the frame. */
    close: async () => {
      await fetch(`${prefix}/release`, { method: 'POST' });
      frame.remove();
    },
  };
}
