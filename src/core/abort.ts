/**
 * Waiting under an abort signal. Not every stage takes a signal (a digest, a module load), so the
 * owner of a submission races each of them against its signal: an abort settles the wait at once
 * and nothing after it runs.
 */

/** Resolves as `promise` does, or rejects with the signal's reason as soon as it aborts. */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  // The listener lives as long as the signal, which belongs to one submission.
  const aborted = new Promise<never>((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason));
  });
  return Promise.race([promise, aborted]);
}
