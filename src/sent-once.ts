/**
 * A post that succeeded is not sent again from the same tab: a reload of a payment confirmation
 * page, a second click, the back button. The tab's sessionStorage remembers a digest of what
 * was sent and where, not the data or the IDs themselves.
 */
import { sha256hex } from './auth.js';
import type { Payload } from './protocol.js';

const PREFIX = 'webview-form:sent:';

/** Returns the storage key for one exact post given its endpoint and body. */
export async function sentKey(endpoint: string, payload: Payload): Promise<string> {
  return PREFIX + (await sha256hex(`${endpoint}\n${JSON.stringify(payload)}`));
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
