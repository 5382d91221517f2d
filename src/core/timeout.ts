/**
 * The `timeout` setting: how long one attempt may take, the body included. It is a number of
 * milliseconds written by a page author, so it is checked before it reaches `setTimeout`, which
 * fires at once for NaN and wraps any delay over 2^31 - 1 ms to a tiny one.
 */

/** Milliseconds before one attempt is abandoned, when the page sets nothing. */
export const DEFAULT_TIMEOUT = 15_000;

/** The longest wait for one attempt: two minutes. A person holding a phone waits no longer. */
export const MAX_TIMEOUT = 120_000;

/**
 * Returns the timeout to use given the author's value: the default for nothing or nonsense (with
 * the `problem` to warn about), the value clamped to `MAX_TIMEOUT` when it is larger.
 */
export function resolveTimeout(value: unknown): { timeout: number; problem?: string } {
  if (value == null) return { timeout: DEFAULT_TIMEOUT };
  const number = Number(value);
  const timeout = number > 0 ? Math.min(number, MAX_TIMEOUT) : DEFAULT_TIMEOUT;
  // NaN fails `> 0` and falls back; Infinity is clamped like any long wait.
  return timeout === number ? { timeout } : { timeout, problem: `timeout "${value}" is not a number of milliseconds from 1 to ${MAX_TIMEOUT}: using ${timeout}.` };
}
