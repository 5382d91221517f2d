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
  /** The page's title and heading. */
  title?: string;
  /** Where the page will be, for the link the bot sends. */
  pageUrl?: string;
  /** The bot's ID, from its Bot Settings, for the link the bot sends. */
  botId?: string;
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

/**
 * Why the design's link variables cannot be posted: a name that is also a field's would reach the
 * bot twice, which the element refuses (once the link holds it) and the curl line too. Undefined
 * when they can.
 */
export function urlVariablesProblem(design: Design): string | undefined {
  const fields = new Set(designFields(design).map((field) => field.name));
  const both = (design.urlVariables ?? []).filter((name) => fields.has(name));
  return both.length ? `${both.join(', ')} ${both.length === 1 ? 'is also a field’s name' : 'are also fields’ names'}: the bot would get ${both.length === 1 ? 'it' : 'them'} twice.` : undefined;
}

/** Why `pageUrl` cannot be the link the bot sends; undefined when it can (a web page's address, or none yet). */
export function pageUrlProblem(pageUrl: string | undefined): string | undefined {
  return pageUrl === undefined || /^https?:\/\/[^/]/i.test(pageUrl) ? undefined : 'The page address must start with https:// (or http:// while you try it).';
}

/** Where `npx webview-form-mock` listens by default: a design posts there until it names its bot's region. */
export const LOCAL_MOCK_ENDPOINT = 'http://127.0.0.1:8787/thirdparty-services-0.1/webview';

/** What the designer opens with: a short lead form that works against the local mock as it is. */
export const STARTER_DESIGN: Design = {
  endpoint: LOCAL_MOCK_ENDPOINT,
  message: 'contact details sent',
  fields: [
    { name: 'name', label: 'Full name', required: true, autocomplete: 'name' },
    { name: 'email', label: 'Email', type: 'email', required: true },
    { name: 'contact', label: 'How should we contact you?', type: 'radio', options: ['Email', 'Phone'] },
  ],
};

/**
 * Where a design's form posts, as its page, its preview and its curl line all say it: the endpoint
 * when one is set (even empty, while it is typed: then each says what is missing), else the
 * region, US unless another is chosen.
 */
export function postsTo(design: Design): { endpoint: string; region?: undefined } | { region: Region; endpoint?: undefined } {
  return design.endpoint !== undefined ? { endpoint: design.endpoint } : { region: design.region ?? 'us' };
}
