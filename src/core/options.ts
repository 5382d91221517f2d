/**
 * Stage 0 of the flow: every setting the element reads, resolved and checked in one place.
 *
 *     attributes + page URL ─► FormOptions { ids, endpoint, timeout }   (params, messages, variables: checked)
 *                          └─► WebviewError `config` naming the attribute, or `context` for the link
 *
 * No setting may become NaN or be ignored in silence. Part of the lazily loaded delivery: the
 * first render needs only context.ts, and a send runs this check again before anything leaves.
 */
import { DEFAULT_PARAM_NAMES, resolveContext, type ContextSources, type FormContext, type IdName } from './context.js';
import { ErrorKind, WebviewError } from './errors.js';
import { describeMalformed, isMalformedJson } from './json.js';
import { returnLink } from './return-url.js';
import { resolveTimeout } from './timeout.js';
import { staticVariables } from './variables.js';

export interface OptionSources extends Omit<ContextSources, 'params'> {
  /** The `params` property or JSON attribute: ID names to query parameter names. */
  params?: unknown;
  /** The `timeout` property: milliseconds, anything else falls back to the default. */
  timeout?: unknown;
  /** The `variables` property or JSON attribute. */
  variables?: unknown;
  /** The `messages` property or JSON attribute: message names to texts. */
  messages?: unknown;
  /** The `return-url` attribute: where "Back to the conversation" leads. */
  returnUrl?: unknown;
}

/** Everything a submission needs before anyone types. */
export interface FormOptions extends FormContext {
  /** Milliseconds before one attempt is abandoned, within bounds. */
  timeout: number;
}

export interface ResolvedOptions {
  options: FormOptions;
  /** Settings that were wrong but had a safe fallback: for the console. */
  warnings: string[];
}

/**
 * Returns the checked options given the element's settings and the page URL.
 * @throws WebviewError `config` naming the first wrong attribute; `context` for a broken link.
 */
export function resolveOptions(sources: OptionSources): ResolvedOptions {
  const params = checkParams(sources.params);
  checkMessages(sources.messages);
  checkReturnUrl(sources.returnUrl, sources.base ?? sources.url);
  staticVariables(sources.variables);
  const { timeout, problem } = resolveTimeout(sources.timeout);
  const context = resolveContext({ ...sources, params });
  return { options: { ...context, timeout }, warnings: problem ? [problem] : [] };
}

function checkParams(params: unknown): Partial<Record<IdName, string | string[]>> | undefined {
  if (params == null) return undefined;
  const valid =
    isRecord(params) &&
    Object.entries(params).every(
      ([name, names]) => Object.hasOwn(DEFAULT_PARAM_NAMES, name) && [names].flat().every((entry) => typeof entry === 'string'),
    );
  if (!valid) {
    throw configError(
      `params must map botId, conversationId or userId to query parameter names, like {"conversationId": "cid"}${describeMalformed(params)}`,
    );
  }
  return params;
}

function checkMessages(messages: unknown): void {
  if (messages != null && !(isRecord(messages) && Object.values(messages).every((text) => typeof text === 'string'))) {
    throw configError(`messages must map message names to texts, like {"send": "Envoyer"}${describeMalformed(messages)}`);
  }
}

function checkReturnUrl(value: unknown, base: string | URL): void {
  if (value == null || value === '' || returnLink(value, String(base))) return;
  throw configError(
    `return-url must be a web address or a messaging app's link, like https://example.com/chat or whatsapp://send; ${JSON.stringify(value)} is not one the form may link to`,
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !isMalformedJson(value);

function configError(message: string): WebviewError {
  return new WebviewError(ErrorKind.CONFIG, message);
}
