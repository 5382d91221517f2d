/**
 * A design in a link: the designer keeps its state in the page's query (`?design=…`), so that a
 * reload keeps the work and a link shares it. The design is JSON in base64url (RFC 4648 §5),
 * which no URL parser or router rewrites, whatever the labels hold.
 */
import type { Design } from './design.js';

/** The query parameter that holds the design. */
export const DESIGN_PARAM = 'design';

/** `design` as the value of the query parameter. */
export function encodeDesign(design: Design): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(JSON.stringify(design))) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The design in a value `encodeDesign` wrote.
 * @throws Error saying what is wrong, when the value is not such a design (cut short, edited by hand).
 */
export function decodeDesign(value: string): Design {
  let design: unknown;
  try {
    const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    design = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (character) => character.charCodeAt(0))));
  } catch {
    throw new Error('The link’s design cannot be read: it may have been cut short.');
  }
  if (typeof design !== 'object' || design === null || !Array.isArray((design as Design).fields)) {
    throw new Error('The link’s design has no list of fields.');
  }
  return design as Design;
}
