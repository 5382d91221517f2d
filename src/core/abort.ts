/**
 * Waiting under an abort signal. Stages that take no signal (a digest, a module load) are raced
 * against the submission's signal, so an abort settles the wait at once.
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
