/**
 * What the form designer edits: a form a bot builder designs, from which the generators write the
 * page (page.ts), the Conversation Builder code (bot-code.ts) and a curl line (curl.ts). Plain
 * data, so that it can live in a link. Nothing here is part of the element or the drop-in.
 */
import { flatFields, sketchFields, type CheckedField, type FieldsDeclaration } from '../fields/declarations.js';
import type { Region } from '../core/protocol.js';

export interface Design {
  /** The `fields` declaration: fields, or steps that hold fields. */
  fields: FieldsDeclaration;
  /** Posted to the chat with the variables; a dialog starter can match it. */
  message?: string;
  /** Where the bot is: a LivePerson region, unless `endpoint` is set. */
  region?: Region;
  /** A full URL or a path to post to instead (the mock, a relay). */
  endpoint?: string;
  /** The page posts by itself once loaded (a payment confirmation). */
  autoSubmit?: boolean;
  /** Query parameters of the link forwarded as variables, such as `PaymentId`. */
  urlVariables?: readonly string[];
  /** The page's language (a BCP 47 tag); the form speaks it when it is built in. */
  lang?: string;
}

/** The design's fields, out of their steps; none while the declaration cannot be drawn. */
export const designFields = (design: Design): CheckedField[] => flatFields(sketchFields(design.fields) ?? []);

/**
 * The names of the variables a post of `design` can carry: its fields' (hidden ones included),
 * then the link's. A field that is not shown (a condition) is not posted, and the bot reads null.
 */
export function variableNames(design: Design): string[] {
  const fields = designFields(design).map((field) => field.name);
  return [...new Set([...fields, ...(design.urlVariables ?? [])])];
}
