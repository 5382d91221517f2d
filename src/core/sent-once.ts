/**
 * A post that succeeded is not sent again from the same tab: a reload of a payment confirmation
 * page, a second click, the back button. The tab's sessionStorage remembers a digest of what
 * was sent and where, not the data or the IDs themselves.
 *
 * The digest is a 64-bit FNV-1a, computed synchronously: it sits between the click and the
 * request, where an asynchronous WebCrypto digest costs milliseconds, and it only has to tell
 * this tab's posts apart, not resist an attacker (who could read the form anyway).
 */
import type { Payload } from './schemas.js';

const PREFIX = 'webview-form:sent:';

/** Returns the storage key for one exact post given its endpoint and body. */
export function sentKey(endpoint: string, payload: Payload): string {
  return PREFIX + fnv1a64(`${endpoint}\n${JSON.stringify(payload)}`);
}

function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/** The status the service answered when this exact post succeeded earlier in this tab, if it did. */
export function sentBefore(key: string): number | undefined {
  try {
    const status = Number(sessionStorage.getItem(key));
    return status >= 200 && status < 300 ? status : undefined;
  } catch {
    // Storage can be blocked (privacy settings, sandboxed frames): then every load may post.
    return undefined;
  }
}

/** Remembers that this exact post succeeded with `status`. */
export function rememberSent(key: string, status: number): void {
  try {
    sessionStorage.setItem(key, String(status));
  } catch {
    // Full or blocked storage only loses the reload guard, never the post itself.
  }
}

/** Forgets that this exact post succeeded: `reset()` means the person may send the same answers again. */
export function forgetSent(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // Blocked storage remembered nothing.
  }
}
