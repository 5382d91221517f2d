/** What every event of the element is: it bubbles, and crosses shadow roots. */
export const FLAGS = { bubbles: true, composed: true } as const;

/**
 * Adds event listeners that all go away together when `signal` aborts: a controller listens while
 * its host is connected, and one `abort()` in hostDisconnected undoes every listener it added.
 * Without a signal they stay for good (listeners on an element itself need no removal).
 */
export function listen(
  target: EventTarget,
  handlers: Record<string, (event: never) => void>,
  signal?: AbortSignal,
  options: { capture?: boolean } = {},
): void {
  for (const [type, handler] of Object.entries(handlers)) {
    target.addEventListener(type, handler as EventListener, { ...options, signal });
  }
}
