/**
 * Stage 1 of the flow, its first half: for whom the submission is.
 *
 *     attributes ─┐
 *     page query ─┼─► ConversationIds   (attribute > query > #fragment, per ID)
 *     #fragment ──┘
 *
 * The first render needs only this, so a link without IDs shows why at once.
 */
import { idProblem } from './id-format.js';
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
    // A wrong `params` falls back to the defaults: drawing the form must not fail on it, and
    // core/options.ts reports it.
    const names = typeof given === 'string' ? [given] : Array.isArray(given) ? given : DEFAULT_PARAM_NAMES[name];
    const value = nonEmpty(attributes[name]) ?? firstParam(query, names) ?? firstParam(fragment, names);
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
      { details: missing.map((name) => `${name} is missing`), code: 'linkIncomplete' },
    );
  }
  if (malformed.length > 0) {
    throw new WebviewError(ErrorKind.CONTEXT, `This link is damaged (${malformed.join('; ')}): open the form again from the chat.`, {
      details: malformed,
      code: 'linkDamaged',
    });
  }
  return ids as ConversationIds;
}

export function nonEmpty(value: string | null | undefined): string | undefined {
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
export function listWords(words: readonly string[], conjunction = 'and'): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}
