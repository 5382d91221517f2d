/**
 * Reading a request body the way both of the mock's APIs do: at most `max` bytes (never
 * buffering more), and only UTF-8, so bytes that are not text are refused rather than stored as
 * U+FFFD.
 */
import { badRequest, problem } from './reply.js';

/** The body as text, or the answer that refuses it: 413 past `max` bytes, 400 when not UTF-8 or cut short. */
export async function readBody(request: Request, max: number): Promise<{ text: string } | { refusal: Response }> {
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readLimited(request, max);
  } catch {
    // The client went away mid-body, or its stream failed: nobody is left to read a 500.
    return { refusal: badRequest('The body ended before it was complete.') };
  }
  if (!bytes) return { refusal: problem(413, 'payload_too_large', `The body is larger than ${max} bytes.`) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { refusal: badRequest('The body is not UTF-8 text.') };
  }
}

/** The body's bytes, or undefined as soon as they pass `max`. */
async function readLimited(request: Request, max: number): Promise<Uint8Array | undefined> {
  const declared = Number(request.headers.get('Content-Length'));
  if (declared > max) return undefined;
  // Firefox has no `Request.body` (undefined, not null): there the body can only be read whole.
  if (request.body === undefined) {
    const bytes = new Uint8Array(await request.arrayBuffer());
    return bytes.byteLength > max ? undefined : bytes;
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
