/**
 * Which addresses a declared link (a consent's privacy notice) may lead to: an `https:` page, or
 * a page of this site. A link is followed by the person, so `javascript:` in any spelling, a
 * `data:` page or a plain `http:` one elsewhere must never be drawn.
 */
export function isSafeLink(href: string): boolean {
  try {
    // The URL parser reads the address as the browser will (case, tabs and spaces inside, a
    // backslash for a slash), so what it resolves to is what a click would open.
    const url = new URL(href, location.href);
    return url.protocol === 'https:' || (url.origin === location.origin && /^https?:$/.test(url.protocol));
  } catch {
    return false;
  }
}
