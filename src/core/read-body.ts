/**
 * Reads an answer's body under the attempt's signal: the deadline and the caller's abort reach
 * the last byte, and an abort cancels the body stream.
 */

/** The parsed JSON body, else its text, else null: the vendor documents no body, so it is read defensively. */
export async function readBody(response: Response, signal: AbortSignal): Promise<unknown> {
  const text = await readText(response, signal);
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Reads the body through its own reader, so that an abort cancels the stream itself: a transport
 * (a mock, a wrapper) may hand back a body that the request's signal does not reach.
 */
async function readText(response: Response, signal: AbortSignal): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const cancel = () => void reader.cancel(signal.reason).catch(() => undefined);
  if (signal.aborted) cancel();
  signal.addEventListener('abort', cancel, { once: true });
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      text += decoder.decode(chunk.value, { stream: true });
    }
    text += decoder.decode();
  } catch {
    // Not the abort (checked below): the vendor documents no body, so a broken one after a 2xx
    // still means the post was accepted.
    text = '';
  } finally {
    signal.removeEventListener('abort', cancel);
  }
  // A cancelled reader ends like a complete body; the abort must not pass for an answer.
  if (signal.aborted) throw signal.reason;
  return text;
}
