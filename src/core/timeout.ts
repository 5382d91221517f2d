/**
 * The `timeout` setting, checked once: whatever an author wrote becomes a delay that `setTimeout`
 * honours.
 */

/** Milliseconds before one attempt is abandoned when no (usable) `timeout` is given. */
export const DEFAULT_TIMEOUT = 15_000;
/**
 * The longest wait for one attempt, in milliseconds. Longer leaves a person staring at a spinner,
 * and past 2^31-1 `setTimeout` fires at once.
 */
export const MAX_TIMEOUT = 120_000;

/**
 * Returns the timeout for a `timeout` setting: a positive finite number, clamped to `MAX_TIMEOUT`;
 * anything else (NaN from `timeout="abc"`, zero, Infinity) gives the default. `problem` says what
 * was wrong with the value, for the author.
 */
export function resolveTimeout(value: unknown): { timeout: number; problem?: string } {
  if (value === undefined || value === null) return { timeout: DEFAULT_TIMEOUT };
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    const problem = `timeout ${describeValue(value)} is not a positive number of milliseconds: using ${DEFAULT_TIMEOUT}`;
    return { timeout: DEFAULT_TIMEOUT, problem };
  }
  if (value > MAX_TIMEOUT) {
    const problem = `timeout ${value} is longer than the maximum of ${MAX_TIMEOUT} milliseconds: clamped to ${MAX_TIMEOUT}`;
    return { timeout: MAX_TIMEOUT, problem };
  }
  return { timeout: value };
}

function describeValue(value: unknown): string {
  // String() throws on an object without a prototype; the author needs only the kind of value.
  return typeof value === 'string' ? JSON.stringify(value) : typeof value === 'number' ? String(value) : `(a ${typeof value})`;
}
