/**
 * `close-on-success`'s wait. Only the delivery closes the window (session.ts), so the constant
 * lives in its folder, and the drop-in carries it in the delivery chunk rather than in the first
 * render. A module of its own, without zod, so that the package's entry can export it (api.ts).
 */

/** How long `close-on-success` leaves the thank-you message up before closing the window. */
export const CLOSE_DELAY = 2000;
