/**
 * What the form designer edits: a form a bot builder designs, from which the generators write the
 * page (page.ts), the Conversation Builder code (bot-code.ts) and a curl line (curl.ts). Plain
 * data, so that it can live in a link. Nothing here is part of the element or the drop-in.
 */
import { flatFields, type CheckedField, type FieldsDeclaration } from '../fields/declarations.js';
import { idProblem } from '../core/id-format.js';
import { returnLink } from '../core/return-url.js';
import type { Region } from '../core/protocol.js';
import { designItems } from './sketch.js';

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
  /** Where "Back to the conversation" leads once the form is sent: the `return-url` attribute. */
  returnUrl?: string;
  /**
   * What a person types in the chat to be offered the form: the patterns of the exported bot's
   * dialog that sends the link, in Conversation Builder's syntax (`*` any text, `(a|b)` either).
   * Default: `DEFAULT_OFFER_PATTERNS`.
   */
  offerPatterns?: readonly string[];
}

/** The offer dialog's patterns while the design names none: a person asking for the form in a few words, and no more (a wildcard around `form` would catch `information`). */
export const DEFAULT_OFFER_PATTERNS: readonly string[] = ['form', 'the form', 'open the form'];

/** Where the page will be while the design does not say: a placeholder the bot code still runs with. */
export const DEFAULT_PAGE_URL = 'https://forms.example/index.html';

/** The bot ID the bot code holds while the design has none, for a person to replace. */
export const PLACEHOLDER_BOT_ID = 'your bot ID';

/** The design's fields, out of their steps; none while the declaration cannot be drawn. */
export const designFields = (design: Design): CheckedField[] => flatFields(designItems(design.fields) ?? []);

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
  return both.length
    ? `${both.join(', ')} ${both.length === 1 ? 'is also a field’s name' : 'are also fields’ names'}: the bot would get ${both.length === 1 ? 'it' : 'them'} twice.`
    : undefined;
}

/**
 * Why `pageUrl` cannot be the link the bot sends; undefined when it can (a web page's address, or
 * none yet). The bot adds the IDs at its end, so there they must be what the form reads: not
 * after a `#fragment`, and not behind IDs of the address's own.
 */
export function pageUrlProblem(pageUrl: string | undefined): string | undefined {
  if (pageUrl === undefined) return undefined;
  if (!/^https?:\/\/[^/]/i.test(pageUrl)) return 'The page address must start with https:// (or http:// while you try it).';
  const odd = oddCharacter(pageUrl);
  if (odd) return `The page address holds ${odd}, which a link cannot carry: type the address again.`;
  // The bot code writes the address as it is: a chat ends a link at white space, may drop what is
  // invisible, and a quote or an angle bracket can end the link in the text around it.
  const raw = RAW_IN_LINK.exec(pageUrl)?.[0];
  if (raw) return `The page address has ${characterName(raw)}, where a chat may cut the link: write it as ${encodeURIComponent(raw)}.`;
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return 'The page address is not a web address: check it in your browser’s address bar.';
  }
  if (pageUrl.includes('#'))
    return `The page address must end before “${url.hash || '#'}”: the bot adds the IDs after it, where the form cannot read them.`;
  const ids = LINK_IDS.filter((name) => url.searchParams.has(name));
  if (ids.length)
    return `The page address must not hold ${ids.join(' or ')}: the bot adds the conversation’s own, and the form would read these.`;
  return undefined;
}

/** The link's query parameters the element reads the IDs from (core/ids.ts), whichever the bot code writes. */
const LINK_IDS = ['userId', 'convId', 'conversationId', 'botId'];

/**
 * Why the bot ID cannot go in the link: the form would refuse it (core/ids.ts), or the bot
 * code could not encode it. Undefined when it can, or while there is none.
 */
export function botIdProblem(botId: string | undefined): string | undefined {
  if (botId === undefined) return undefined;
  const odd = oddCharacter(botId);
  if (odd) return `The bot ID holds ${odd}, which a link cannot carry: copy it again from the bot’s Bot Settings.`;
  const problem = idProblem(botId);
  return problem && `The bot ID ${problem}: copy it again from the bot’s Bot Settings.`;
}

/**
 * Why `message` cannot be posted the same way by the page, the preview and the curl line, so that
 * the dialog starter matches what arrives: a page's HTML turns a carriage return into a line feed
 * and NUL into U+FFFD, and no page saved as UTF-8 holds half a character. A message is one line,
 * as the box shows it (a box drops line breaks). Undefined when it can be posted, or while there
 * is none.
 */
export function messageProblem(message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  const odd = oddCharacter(message);
  if (odd) return `The message holds ${odd}, which the page would not post as written: type the message again, on one line.`;
  // Nobody sees such a character in the dialog starter, which a bot builder types, nor in the box.
  const [edge] = message.match(/^[\s\p{Cf}]/u) ?? message.match(/[\s\p{Cf}]$/u) ?? [];
  return (
    edge &&
    `The message ${message.startsWith(edge) ? 'starts' : 'ends'} with ${characterName(edge)}, which a dialog starter does not show: remove it.`
  );
}

/** The message the page, the preview and the curl line post, and the dialog starter matches: none while it has a problem. */
export function postedMessage(design: Design): string | undefined {
  return messageProblem(design.message) ? undefined : design.message;
}

// C0 and C1 control characters, and half of a surrogate pair (no UTF-8 text holds one).
const ODD = /\p{Cc}|\p{Cs}/u;
const ODD_NAMES: Record<string, string> = { '\r': 'a carriage return', '\n': 'a line break', '\t': 'a tab', '\0': 'a NUL character' };

// What a link must carry percent-encoded: white space, invisible format characters, and the
// characters RFC 3986 never allows as they are.
const RAW_IN_LINK = /[\s\p{Cf}"<>\\^`{|}]/u;

/** A character named for a person, with its code point: `a space (U+0020)`, `“<” (U+003C)`. */
function characterName(character: string): string {
  const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const name =
    character === ' '
      ? 'a space'
      : /\s/.test(character)
        ? 'a space character'
        : /\p{Cf}/u.test(character)
          ? 'an invisible character'
          : `“${character}”`;
  return `${name} (${code})`;
}

/** The first character of `text` that a link or a page cannot carry as written, named for a person (`a carriage return (U+000D)`). */
export function oddCharacter(text: string): string | undefined {
  const odd = ODD.exec(text)?.[0];
  if (odd === undefined) return undefined;
  const code = `U+${odd.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return `${ODD_NAMES[odd] ?? (odd >= '\ud800' ? 'half of a character' : 'a control character')} (${code})`;
}

/**
 * Why the form would not link to `returnUrl`, by the element's own rules (core/return-url.ts: a web
 * page or a messaging app's link, never a script); undefined when it would, or while there is
 * none. A relative address is read against the page's address, or any web page's while there is none.
 */
export function returnUrlProblem(returnUrl: string | undefined, pageUrl?: string): string | undefined {
  if (returnUrl === undefined) return undefined;
  const odd = oddCharacter(returnUrl);
  if (odd) return `The way back holds ${odd}, which a page cannot carry as written: type the address again.`;
  const base = pageUrl && !pageUrlProblem(pageUrl) ? pageUrl : 'https://page.invalid/';
  return returnLink(returnUrl, base)
    ? undefined
    : `The form would not link to “${returnUrl}”: the way back must be a web address or a messaging app’s link, like https://example.com/chat or whatsapp://send. The page is written without it.`;
}

/** The `return-url` the page and the preview carry: none while it has a problem. */
export function postedReturnUrl(design: Design): string | undefined {
  return returnUrlProblem(design.returnUrl, design.pageUrl) ? undefined : design.returnUrl;
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
