/**
 * Stage 3 of the flow: the request body.
 *
 *     ConversationIds + variables + url-variables + FieldValues + message ─► SentPayload (zod-checked)
 *
 * Sources never overwrite each other silently: the same variable name from two places is a
 * configuration mistake, reported with both places named, and nothing is sent.
 */
import { MAX_PAYLOAD_BYTES } from './protocol.js';
import { Payload, describeIssues, type ContextVariable, type ConversationIds, type SentPayload } from './schemas.js';
import { ErrorKind, WebviewError } from './errors.js';
import { staticVariables } from './variables.js';

/** The values of the controls, one variable per name, in the order the names first appear. */
export type FieldValues = ContextVariable[];

export interface PayloadSources {
  ids: ConversationIds;
  /** What the person entered, from `readValues`. */
  values?: FieldValues;
  /** The `variables` property or JSON attribute; anything but an object is a `config` error. */
  variables?: unknown;
  /** Names of query (or fragment) parameters to forward as variables, like `PaymentId`. */
  urlVariables?: readonly string[];
  /** The page URL, for `urlVariables`. */
  url: string | URL;
  /** Posted to the chat with the variables; left out when empty. */
  message?: string | null;
}

/**
 * Returns the validated request body given the IDs and every source of variables.
 * @throws WebviewError `config` for malformed `variables`, duplicate names or a body the API would
 *   refuse; `validation` for a body over `MAX_PAYLOAD_BYTES`.
 */
export function buildPayload(sources: PayloadSources): SentPayload {
  const named = new Map<string, { value: string; from: string }>();
  const add = (variables: readonly ContextVariable[], from: string) => {
    for (const { name, value } of variables) {
      const earlier = named.get(name);
      if (earlier) {
        throw configError(`The variable "${name}" is set twice, by ${earlier.from} and by ${from}: rename one of them.`);
      }
      named.set(name, { value, from });
    }
  };
  add(staticVariables(sources.variables), 'variables');
  add(urlVariables(sources.urlVariables ?? [], sources.url), 'url-variables');
  add(sources.values ?? [], 'a form field');

  const body: Payload = { ...sources.ids };
  const message = sources.message?.trim() ? sources.message : undefined;
  if (message !== undefined) body.message = message;
  body.contextVariables = Array.from(named, ([name, { value }]) => ({ name, value }));
  return checkPayload(body);
}

/**
 * Returns `candidate` as a `SentPayload` if the API would accept it, for payloads that code outside
 * this module built or amended (a `webview-submit` listener); `contextVariables` is `[]` when absent.
 * @throws WebviewError `config` listing what is wrong; `validation` when it is over `MAX_PAYLOAD_BYTES`.
 */
export function checkPayload(candidate: unknown): SentPayload {
  const checked = Payload.safeParse(candidate);
  if (!checked.success) {
    const details = describeIssues(checked.error);
    throw new WebviewError(ErrorKind.CONFIG, `The request body is not valid: ${details.join('; ')}.`, { details });
  }
  const payload = { ...checked.data, contextVariables: checked.data.contextVariables ?? [] };
  const size = new TextEncoder().encode(JSON.stringify(payload)).byteLength;
  if (size > MAX_PAYLOAD_BYTES) {
    const longest = [...payload.contextVariables].sort((a, b) => b.value.length - a.value.length)[0];
    throw new WebviewError(
      ErrorKind.VALIDATION,
      `The answers are too long to send (${kilobytes(size)}; the limit is ${kilobytes(MAX_PAYLOAD_BYTES)}): shorten ${longest ? `"${longest.name}"` : 'them'} and send again.`,
      { details: [`payload: ${size} bytes, over ${MAX_PAYLOAD_BYTES}`], code: 'tooLarge', values: { name: longest?.name ?? '' } },
    );
  }
  return payload;
}

function kilobytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KB`;
}

function urlVariables(names: readonly string[], url: string | URL): ContextVariable[] {
  const page = new URL(url);
  const fragment = new URLSearchParams(page.hash.slice(1));
  const list: ContextVariable[] = [];
  for (const name of names) {
    const value = page.searchParams.get(name) ?? fragment.get(name);
    if (value) list.push({ name, value });
  }
  return list;
}

function configError(message: string): WebviewError {
  return new WebviewError(ErrorKind.CONFIG, message);
}
