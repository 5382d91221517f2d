/** What every event of the element is: it bubbles, and crosses shadow roots. */
export const FLAGS = { bubbles: true, composed: true } as const;

/**
 * Adds event listeners that all go away together when `signal` aborts, so one `abort()` in a
 * controller's hostDisconnected undoes them all. Without a signal they stay for good.
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
