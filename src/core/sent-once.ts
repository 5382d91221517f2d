/**
 * A post that succeeded is not sent again from the same tab (a reload, a second click, the back
 * button). sessionStorage keeps a digest of what was sent and where, never the data itself.
 * The digest is synchronous because it sits between the click and the request; it only has to
 * tell this tab's posts apart, not resist an attacker.
 */
import type { Payload } from './schemas.js';

const PREFIX = 'webview-form:sent:';

/** Returns the storage key for one exact post given its endpoint and body. */
export function sentKey(endpoint: string, payload: Payload): string {
  return PREFIX + fnv1a64(`${endpoint}\n${JSON.stringify(payload)}`);
}

/**
 * FNV-1a over the text's UTF-8 bytes, 64 bits wide, in four 16-bit limbs (lowest first) so every
 * product stays below 2^53 without BigInt. The prime is 2^40 + 0x1b3, so multiplying by it is
 * `hash * 0x1b3 + (hash << 40)`, and what passes bit 63 is dropped.
 */
export function fnv1a64(text: string): string {
  let [h0, h1, h2, h3] = [0x2325, 0x8422, 0x9ce4, 0xcbf2];
  for (const byte of new TextEncoder().encode(text)) {
    h0 ^= byte;
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
    h3 = (h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16)) & 0xffff;
    [h0, h1, h2] = [t0 & 0xffff, t1 & 0xffff, t2 & 0xffff];
  }
  return [h3, h2, h1, h0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
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
