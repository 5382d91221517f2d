/**
 * Stage 3 of the flow: sign the payload.
 *
 *     Payload ─► SignedRequest { url, headers: { Authorization: sha256hex(conversationId + " || " + botId) }, body }
 *
 * WebCrypto exists only in secure contexts, so a page served over plain http loads the
 * @noble/hashes fallback, as a chunk that secure pages never download.
 */
import type { Payload } from './schemas.js';
import { loadOnce, retryChunk } from './load-once.js';

const loadSha256 = loadOnce(() => import('@noble/hashes/sha2.js'), retryChunk<typeof import('@noble/hashes/sha2.js')>('sha2'));

/** What the client sends: everything but the transport-level details of one attempt. */
export interface SignedRequest {
  readonly url: string;
  readonly headers: Readonly<Record<'Authorization' | 'Content-Type', string>>;
  /** The payload as JSON text, exactly as signed and sent. */
  readonly body: string;
}

/** Returns the lower-case hex SHA-256 of the UTF-8 bytes of `text`. */
export async function sha256hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const subtle = globalThis.crypto?.subtle;
  const digest = subtle ? new Uint8Array(await subtle.digest('SHA-256', bytes)) : (await loadSha256()).sha256(bytes);
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The tokens computed, by their input; the oldest goes past `TOKENS_KEPT`. */
const tokens = new Map<string, Promise<string>>();
const TOKENS_KEPT = 16;

/**
 * Returns the Authorization token the API expects: note the space, two pipes and space. Tokens are
 * remembered per conversation and bot, so that on a page of several forms one form's idle signing
 * does not throw away another's.
 */
export function authToken(conversationId: string, botId: string): Promise<string> {
  const input = `${conversationId} || ${botId}`;
  const known = tokens.get(input);
  if (known) return known;
  const token = sha256hex(input);
  tokens.set(input, token);
  if (tokens.size > TOKENS_KEPT) tokens.delete(tokens.keys().next().value!);
  // A failed digest (the fallback's chunk did not load) is not remembered: the next send tries again.
  token.catch(() => {
    if (tokens.get(input) === token) tokens.delete(input);
  });
  return token;
}

/**
 * Returns the request to send given a validated payload and the endpoint URL. An empty
 * `contextVariables` is left out of the body, as the API makes the key optional.
 */
export async function signRequest(payload: Payload, url: string): Promise<SignedRequest> {
  const { contextVariables, ...rest } = payload;
  return {
    url,
    headers: {
      Authorization: await authToken(payload.conversationId, payload.botId),
      'Content-Type': 'application/json',
    },
    body: JSON.stringify(contextVariables?.length ? payload : rest),
  };
}
