/**
 * Stage 4 of the flow: deliver the signed request.
 *
 *     SignedRequest ─► attempt ─► answer ─► 2xx: read the body ─► SubmitResult
 *                        │  one deadline and the caller's signal cover the answer and its body
 *                        ├─ network error, 429, 5xx: wait (Retry-After, else a doubling
 *                        │  backoff), then retry up to `retries` times, then WebviewError
 *                        ├─ redirect (3xx, opaque, or already followed): http WebviewError, never followed
 *                        └─ other 4xx, timeout, abort: WebviewError, no retry
 *
 * A timeout is not retried: the service may have received the post, and a second one would post
 * the message to the chat twice. A 5xx or 429 means it did not act on it.
 */
import type { SignedRequest } from './sign.js';
import { ErrorKind, WebviewError } from './errors.js';
import { parseRetryAfter } from './retry-after.js';
import { readBody } from './read-body.js';
import { resolveTimeout } from './timeout.js';

export { DEFAULT_TIMEOUT, MAX_TIMEOUT, resolveTimeout } from './timeout.js';

/** Sends one request; the global `fetch` fits, and so does the mock backend's handler. */
export type Transport = (request: Request) => Promise<Response>;

export interface SendOptions {
  /** The transport. Default: the global `fetch`. */
  fetch?: Transport;
  /**
   * Milliseconds before one attempt (answer and body) is abandoned. Default: `DEFAULT_TIMEOUT`;
   * at most `MAX_TIMEOUT` (see `resolveTimeout`).
   */
  timeout?: number;
  /** How many times a network error, 429 or 5xx is retried. Default: 2. */
  retries?: number;
  /** Cancels the current attempt and any wait before the next one. */
  signal?: AbortSignal;
}

/** What the service answered to a successful post. */
export interface SubmitResult {
  /** The HTTP status, 2xx. */
  readonly status: number;
  /** The parsed JSON body, else its text, else null: the vendor documents no body, so never rely on it. */
  readonly response: unknown;
  /** How many attempts it took, 1 to `retries + 1`. */
  readonly attempts: number;
}

export const DEFAULT_RETRIES = 2;
/** First backoff; doubles on each retry. */
export const BACKOFF_BASE = 1_000;
/** A `Retry-After` longer than this is not waited for: the person is told to try again later. */
export const MAX_RETRY_DELAY = 30_000;

/**
 * Posts `request`, retrying network errors, 429 and 5xx, and returns the service's answer.
 * @throws WebviewError `network`, `timeout`, `http` (with `status`) or `aborted`.
 */
export async function send(request: SignedRequest, options: SendOptions = {}): Promise<SubmitResult> {
  const retries = options.retries ?? DEFAULT_RETRIES;
  // A bad value must not reach setTimeout: NaN, a negative or an overlong delay fires at once.
  const { timeout } = resolveTimeout(options.timeout);
  for (let attempt = 1; ; attempt++) {
    let outcome: Attempt;
    try {
      outcome = await attemptOnce(request, options, timeout);
    } catch (error) {
      if (!(error instanceof WebviewError) || error.kind !== ErrorKind.NETWORK || attempt > retries) throw error;
      await wait(retryDelay(attempt), options.signal);
      continue;
    }
    const { response } = outcome;
    if (isRedirect(response)) {
      await response.body?.cancel().catch(() => undefined);
      throw redirectError(request, response);
    }
    if (response.ok) return { status: response.status, response: outcome.body, attempts: attempt };

    const delay = isRetryable(response.status) ? retryDelay(attempt, response.headers.get('Retry-After')) : undefined;
    if (delay === undefined || delay > MAX_RETRY_DELAY || attempt > retries) throw httpError(request, response);
    // Free the connection before waiting; the body of a failed attempt is never read.
    await response.body?.cancel().catch(() => undefined);
    await wait(delay, options.signal);
  }
}

/** Whether a status means the service did not act on the post and asks to try again. */
export function isRetryable(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/**
 * Returns the milliseconds to wait before retry number `attempt` (1-based): the `Retry-After`
 * header when usable, else `BACKOFF_BASE` doubled on each retry.
 */
export function retryDelay(attempt: number, retryAfter?: string | null, now = Date.now()): number {
  return parseRetryAfter(retryAfter, now) ?? BACKOFF_BASE * 2 ** (attempt - 1);
}

/** One attempt's answer; `body` is read (and parsed) only for a 2xx that is not a redirect. */
interface Attempt {
  response: Response;
  body?: unknown;
}

async function attemptOnce(request: SignedRequest, options: SendOptions, timeout: number): Promise<Attempt> {
  const { signal } = options;
  if (signal?.aborted) throw abortedError(signal.reason);
  const transport = options.fetch ?? ((req: Request) => globalThis.fetch(req));
  const controller = new AbortController();
  const forwardAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`No answer within ${timeout} ms`, 'TimeoutError'));
  }, timeout);
  // A transport may ignore the signal (a mock, a wrapper); racing it keeps the timeout a promise.
  const abandoned = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  try {
    const fetchRequest = new Request(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      mode: 'cors',
      // A followed 302 turns the POST into a GET that looks like a success, and a followed 307
      // re-posts the answers to a host nobody configured: the redirect comes back unfollowed.
      redirect: 'manual',
      credentials: 'omit',
      cache: 'no-store',
      signal: controller.signal,
    });
    const response = await Promise.race([transport(fetchRequest), abandoned]);
    if (!response.ok || isRedirect(response)) return { response };
    // The deadline and the signal last until the body's last byte: a 200 whose body never ends
    // would otherwise hang the form forever.
    return { response, body: await Promise.race([readBody(response, controller.signal), abandoned]) };
  } catch (error) {
    if (timedOut) {
      throw new WebviewError(
        ErrorKind.TIMEOUT,
        `The bot service did not answer within ${describeDuration(timeout)}: check your connection and send again.`,
        { cause: error, code: 'timedOut' },
      );
    }
    if (signal?.aborted) throw abortedError(signal.reason);
    const offline = globalThis.navigator?.onLine === false;
    throw new WebviewError(
      ErrorKind.NETWORK,
      offline
        ? 'You are offline: reconnect, then send again. Your answers are kept.'
        : 'Could not reach the bot service: check your connection and send again. Your answers are kept.',
      { cause: error, code: offline ? 'offline' : 'unreachable' },
    );
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}

function describeDuration(ms: number): string {
  const seconds = Math.round(ms / 100) / 10;
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortedError(signal.reason));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError(signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

const STATUS_ADVICE: Record<number, string> = {
  400: 'refused the data as malformed',
  401: "did not accept this link's signature: open the form again from the chat",
  403: "did not accept this link's signature: open the form again from the chat",
  404: 'has no Web View API at this address: check the region, domain or endpoint of the form',
  413: 'found the answers too large: shorten the longest ones and send again',
  429: 'is busy: wait a minute and send again',
};

function httpError(request: SignedRequest, response: Response): WebviewError {
  const { status } = response;
  const advice =
    STATUS_ADVICE[status] ?? (status >= 500 ? 'is having trouble: wait a moment and send again' : 'refused the request: send again');
  return new WebviewError(ErrorKind.HTTP, `The bot service ${advice} (status ${status}). Your answers are kept.`, {
    status,
    details: [`POST ${request.url} answered ${status} ${response.statusText}`.trim()],
    // A wrong address is the page's to fix; a refused signature, the link's.
    code:
      status === 401 || status === 403
        ? 'signatureRefused'
        : status === 404
          ? undefined
          : status === 429 || status >= 500
            ? 'busy'
            : 'refused',
  });
}

/**
 * Whether the answer is a redirect: unfollowed by a real fetch (opaque, status 0), handed back by a
 * transport that does not follow (3xx), or already followed by a transport that ignored `manual`.
 */
function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status <= 399) || response.redirected;
}

function redirectError(request: SignedRequest, response: Response): WebviewError {
  // An opaque redirect hides its status and Location; a followed one shows only the final status.
  const status = response.status >= 300 && response.status <= 399 ? response.status : undefined;
  const location = response.headers.get('Location');
  return new WebviewError(
    ErrorKind.HTTP,
    `The endpoint redirected the post${status ? ` (status ${status})` : ''}, and the form never follows redirects: ` +
      'check the endpoint setting of the form. Your answers are kept.',
    { status, details: [`POST ${request.url} was redirected${location ? ` to ${location}` : ''}`] },
  );
}

function abortedError(reason: unknown): WebviewError {
  return new WebviewError(ErrorKind.ABORTED, 'The submission was cancelled.', { cause: reason });
}
