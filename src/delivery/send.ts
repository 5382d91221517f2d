/**
 * The stages of a submission after validation (see session.ts):
 *
 *     options ─► values ─► payload (zod) ─► webview-submit ─► card refusal ─► sent before? ─► sign ─► post ─► read
 *                                                                                          could not leave ─► outbox
 *
 * Every stage runs under the submission's signal: checked after each step that hands control to
 * the page, raced against each wait, and given to `fetch` and the body read.
 */
import { buildPayload, checkPayload } from '../core/payload.js';
import { authToken, signRequest } from '../core/sign.js';
import { DEFAULT_RETRIES, send } from '../core/client.js';
import { mayWait, type Outbox } from './outbox.js';
import { forgetSent, rememberSent, sentBefore, sentKey } from '../core/sent-once.js';
import { untilAborted } from '../core/abort.js';
import { ErrorKind, WebviewError } from '../core/errors.js';
import { resolveOptions, type OptionSources } from '../core/options.js';
import type { ConversationIds } from '../core/schemas.js';
import { readValues } from './answers.js';
import { refuseCardNumbers } from './card-refusal.js';
import { warnAboutSecrets } from './warnings.js';
import { listControls, type Control } from '../dom/controls.js';
import { WebviewSubmitEvent } from './events.js';
import { unknownMessageNames } from './messages.js';
import type { Delivered } from '../element/submission.js';
import { WebviewState } from '../element/public-interface.js';
import type { FormHost } from '../element/form-host.js';

/** Sends what the controls hold; resolves with the service's answer. A post that cannot leave waits in `outbox`. */
export async function deliver(form: FormHost, signal: AbortSignal, outbox?: Outbox): Promise<Delivered> {
  // Checked again here, whatever the idle check said: settings may have changed since.
  const sources = form.sources();
  const { options } = resolveOptions(sources);
  const { element } = form;
  const controls = listControls(element);
  // Fields may have come since the page was idle.
  warnAboutSecrets(controls);
  const draft = buildPayload({
    ids: options.ids,
    values: readValues(controls),
    url: location.href,
    variables: sources.variables,
    urlVariables: element.urlVariables,
    message: element.message,
  });
  const unchanged = JSON.stringify(draft);
  const event = new WebviewSubmitEvent(draft);
  if (!element.dispatchEvent(event)) throw new WebviewError(ErrorKind.ABORTED, 'The submission was cancelled by the page.');
  // A listener may have reset the form or removed it.
  signal.throwIfAborted();
  // buildPayload checked the draft; only a listener's amendment needs checking again.
  const payload = JSON.stringify(event.detail.payload) === unchanged ? draft : checkPayload(event.detail.payload);
  refuseCardNumbers(controls, payload.contextVariables, element.notCardNumbers, form.messages(), payload.message);
  form.sending();

  const key = sentKey(options.endpoint, payload);
  const forget = () => forgetSent(key);
  const status = sentBefore(key);
  if (status !== undefined) return { payload, status, response: null, attempts: 0, replayed: true, forget };
  const request = await untilAborted(signRequest(payload, options.endpoint), signal);
  const post = () => send(request, { fetch: element.fetch, timeout: options.timeout, signal });
  let result;
  try {
    // Through the outbox: the same post waiting there leaves once, from here or (already gone) not at all.
    // Raced against the signal, so a cancelled send settles as aborted (not as the lock's own AbortError).
    const outcome = outbox ? await untilAborted(outbox.sendAs(request, post, signal), signal) : await post();
    if (typeof outcome === 'number') return { payload, status: outcome, response: null, attempts: 0, replayed: true, forget };
    result = outcome;
  } catch (error) {
    if (!mayWait(error) || element.keep === 'none') throw error;
    // Its code is the state's name: the element shows the wait (state `queued`), not a failure.
    if (outbox?.queue(request, error, error.kind === ErrorKind.TIMEOUT ? 1 : DEFAULT_RETRIES + 1))
      throw new WebviewError(error.kind, error.message, { code: WebviewState.QUEUED, status: error.status, cause: error });
    // The device cannot keep it (storage full, blocked): the person is told to keep the page open.
    throw new WebviewError(error.kind, error.message, { code: 'notKept', status: error.status, cause: error });
  }
  rememberSent(key, result.status);
  return { ...result, payload, replayed: false, forget };
}

/**
 * Checks the element's settings (see core/options.ts): the error that stops the form, if any.
 * Settings with a safe fallback (a timeout out of bounds) are told to the author on the console.
 */
export function checkOptions(sources: OptionSources): WebviewError | undefined {
  try {
    const { warnings } = resolveOptions(sources);
    const unknown = unknownMessageNames(sources.messages);
    if (unknown.length > 0)
      warnings.push(`messages has no text named ${unknown.map((name) => JSON.stringify(name)).join(', ')}; see the README's list of names`);
    for (const warning of warnings) console.warn(`<webview-form>: ${warning}`);
    return undefined;
  } catch (error) {
    if (error instanceof WebviewError) return error;
    throw error;
  }
}

/**
 * Readies a send while the page is idle: computes the signature, and runs a send's first code once
 * so that zod and the engine compile it before a click needs it. Also warns the page's author
 * about fields that ask for secrets.
 */
export function prepare(ids: ConversationIds | undefined, controls: readonly Control[]): void {
  warnAboutSecrets(controls);
  if (!ids) return;
  // Ahead of time only: a failed digest is computed again by the send, which reports it.
  authToken(ids.conversationId, ids.botId).catch(() => undefined);
  try {
    sentKey('', buildPayload({ ids, values: readValues(controls), url: location.href }));
  } catch {
    // Nothing to ready: the send reports what the check refuses.
  }
}
