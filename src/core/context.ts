/**
 * Stage 1 of the flow: for whom (ids.ts) and where the submission goes.
 *
 *     endpoint > domain > region ─► endpoint URL   (parsed first, then judged: a path stays on the
 *                                                   page's origin; https, or http on loopback only)
 *
 * Pure functions of their inputs: the element passes its attributes and `location.href`.
 */
import { REGIONS, WEBVIEW_PATH, type Region } from './protocol.js';
import type { ConversationIds } from './schemas.js';
import { ErrorKind, WebviewError } from './errors.js';
import { listWords, nonEmpty, resolveIds, type IdSources } from './ids.js';

export { resolveIds, DEFAULT_PARAM_NAMES, type IdName, type ParamNames, type IdSources } from './ids.js';

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
    // Judged as the URL parser reads it too: "a.0" looks like a host name, but the parser reads it
    // as a broken IPv4 address.
    let target: URL | undefined;
    try {
      target = new URL(`https://${host}${WEBVIEW_PATH}`);
    } catch {
      // Reported below.
    }
    if (!HOST_PATTERN.test(host) || !target) {
      throw configError(`domain "${host}" is not a host name: write only the host, like ${REGIONS.us}, or set endpoint to a full URL.`);
    }
    return target.href;
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
  // reads a backslash as a slash, so "/\\host/p" is another host.
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
