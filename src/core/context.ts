/**
 * Stage 1 of the flow: where the submission goes and for whom.
 *
 *     attributes ─┐
 *     page query ─┼─► ConversationIds   (attribute > query > #fragment, per ID)
 *     #fragment ──┘
 *     endpoint > domain > region ─► endpoint URL   (parsed first, then judged: a path stays on the
 *                                                   page's origin; https, or http on loopback only)
 *
 * Pure functions of their inputs: the element passes its attributes and `location.href`.
 */
import { REGIONS, WEBVIEW_PATH, idProblem, type Region } from './protocol.js';
import type { ConversationIds } from './schemas.js';
import { ErrorKind, WebviewError } from './errors.js';

export type IdName = keyof ConversationIds;

/** Query (and fragment) parameter names to read each ID from, first match wins. */
export type ParamNames = Record<IdName, readonly string[]>;

/** The vendor's guide builds links as `?userId=…&convId=…&botId=…`; `conversationId` is accepted too. */
export const DEFAULT_PARAM_NAMES: ParamNames = {
  botId: ['botId'],
  conversationId: ['conversationId', 'convId'],
  userId: ['userId'],
};

/** How each ID is called in messages to the person holding the link. */
const ID_LABELS: Record<IdName, string> = {
  botId: 'bot id',
  conversationId: 'conversation id',
  userId: 'user id',
};

export interface IdSources {
  /** IDs given as attributes; they win over the URL. Empty strings count as not given. */
  attributes?: Partial<Record<IdName, string | null | undefined>>;
  /** The page URL, whose query and then `#fragment` (in `a=b&c=d` form) are read. */
  url: string | URL;
  /** Parameter names to look for, per ID; defaults to `DEFAULT_PARAM_NAMES`. */
  params?: Partial<Record<IdName, string | readonly string[]>>;
}

/**
 * Returns the conversation IDs given attributes and the page URL.
 * @throws WebviewError `context` naming every ID that is missing or malformed.
 */
export function resolveIds({ attributes = {}, url, params = {} }: IdSources): ConversationIds {
  const page = new URL(url);
  const query = page.searchParams;
  const fragment = new URLSearchParams(page.hash.slice(1));
  const ids: Partial<Record<IdName, string>> = {};
  const missing: IdName[] = [];
  const malformed: string[] = [];

  for (const name of Object.keys(DEFAULT_PARAM_NAMES) as IdName[]) {
    const given = params[name];
    // A `params` that is not what it must be falls back to the defaults here: drawing the form must
    // not fail on it, and core/options.ts reports it as a config error naming `params`.
    const names = typeof given === 'string' ? [given] : Array.isArray(given) ? given : DEFAULT_PARAM_NAMES[name];
    const value =
      nonEmpty(attributes[name]) ?? firstParam(query, names) ?? firstParam(fragment, names);
    if (value === undefined) {
      missing.push(name);
      continue;
    }
    const problem = idProblem(value);
    if (problem) malformed.push(`${ID_LABELS[name]} ${problem}`);
    else ids[name] = value;
  }

  if (missing.length > 0) {
    const what = listWords(missing.map((name) => ID_LABELS[name]));
    throw new WebviewError(
      ErrorKind.CONTEXT,
      `This link has no ${what}, so the form cannot reach the conversation: open the form again from the chat.`,
      { details: missing.map((name) => `${name} is missing`) },
    );
  }
  if (malformed.length > 0) {
    throw new WebviewError(
      ErrorKind.CONTEXT,
      `This link is damaged (${malformed.join('; ')}): open the form again from the chat.`,
      { details: malformed },
    );
  }
  return ids as ConversationIds;
}

export interface EndpointSources {
  /** A full URL, or a path on the page's origin (the mock, a relay). Wins over `domain` and `region`. */
  endpoint?: string | null;
  /** A host name such as `va.bc-intg.liveperson.net`. Wins over `region`. */
  domain?: string | null;
  /** One of `us`, `uk`, `sy`, `gcp`. */
  region?: string | null;
  /** The page URL: a path endpoint must stay on its origin. */
  url: string | URL;
  /** What a path endpoint is resolved against, as the browser would: `document.baseURI`. Default: `url`. */
  base?: string | URL;
}

const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;
// A host name with an optional port, and nothing else: no scheme, no path, no credentials.
const HOST_PATTERN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/i;

/**
 * Returns the absolute URL to post to given `endpoint`, `domain` or `region`, in that order.
 * @throws WebviewError `config` when none is set, or the one set cannot be used.
 */
export function resolveEndpoint({ endpoint, domain, region, url, base = url }: EndpointSources): string {
  const page = new URL(url);
  if (nonEmpty(endpoint) !== undefined) return checkEndpoint(endpoint!.trim(), page, new URL(base));
  if (nonEmpty(domain) !== undefined) {
    const host = domain!.trim();
    if (!HOST_PATTERN.test(host)) {
      throw configError(
        `domain "${host}" is not a host name: write only the host, like ${REGIONS.us}, or set endpoint to a full URL.`,
      );
    }
    return `https://${host.toLowerCase()}${WEBVIEW_PATH}`;
  }
  const key = nonEmpty(region)?.trim().toLowerCase();
  if (key === undefined) {
    throw configError(`Set region (${regionList()}), domain or endpoint so the form knows where the bot is.`);
  }
  if (!Object.hasOwn(REGIONS, key)) {
    throw configError(`region "${region}" is unknown: use one of ${regionList()}, or set domain.`);
  }
  return `https://${REGIONS[key as Region]}${WEBVIEW_PATH}`;
}

function checkEndpoint(endpoint: string, page: URL, base: URL): string {
  const shown = JSON.stringify(endpoint);
  let target: URL;
  try {
    target = new URL(endpoint, base);
  } catch {
    throw configError(`endpoint ${shown} is not a URL or a path.`);
  }
  // The URL parser, not the spelling, decides where a post goes: it drops tabs and newlines and
  // reads a backslash as a slash, so "/\\host/p" is another host. Judge only what it parsed.
  if (!isAbsolute(endpoint)) {
    if (target.origin === page.origin) return target.href;
    throw configError(
      `endpoint ${shown} is written as a path but leads to ${target.origin}, not this site: write a full https URL to post to another host.`,
    );
  }
  if (target.protocol === 'https:') return target.href;
  if (target.protocol === 'http:' && LOOPBACK_HOSTS.test(target.hostname)) return target.href;
  if (target.protocol === 'http:') {
    throw configError(
      `endpoint ${target.origin} uses plain http: the IDs and answers would travel unencrypted. Use https (http is allowed on localhost only).`,
    );
  }
  throw configError(`endpoint ${shown} must be an https URL or a path on this site.`);
}

// A value that parses without a base names its own scheme; anything else is relative to the page.
function isAbsolute(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

function configError(message: string): WebviewError {
  return new WebviewError(ErrorKind.CONFIG, message);
}

function regionList(): string {
  return listWords(Object.keys(REGIONS), 'or');
}

function nonEmpty(value: string | null | undefined): string | undefined {
  return value == null || value.trim() === '' ? undefined : value;
}

function firstParam(params: URLSearchParams, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = nonEmpty(params.get(name));
    if (value !== undefined) return value;
  }
  return undefined;
}

/** `a`, `a and b`, `a, b and c`. */
function listWords(words: readonly string[], conjunction = 'and'): string {
  return words.length <= 1
    ? words.join('')
    : `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}

/** Everything a submission needs before anyone types: for whom, and where. */
export interface FormContext {
  ids: ConversationIds;
  endpoint: string;
}

export type ContextSources = IdSources & Omit<EndpointSources, 'url'>;

/**
 * Returns the form's context given the element's attributes and the page URL.
 * @throws WebviewError `context` for a broken link, `config` for a broken page.
 */
export function resolveContext(sources: ContextSources): FormContext {
  return { ids: resolveIds(sources), endpoint: resolveEndpoint(sources) };
}
