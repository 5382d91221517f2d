/**
 * The stages of a submission after validation, loaded as one chunk once the form is on screen
 * (and fetched ahead while the page is idle), so that zod is not on the path to a usable form.
 *
 *     options ─► values ─► payload (zod) ─► webview-submit ─► card refusal ─► sent before? ─► sign ─► post ─► read
 *
 * Every stage runs under the submission's signal (see submission.ts): checked after each step that
 * hands control to the page, raced against each wait, and given to `fetch` and the body read.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { buildPayload, checkPayload } from '../core/payload.js';
import { authToken, signRequest } from '../core/sign.js';
import { send } from '../core/client.js';
import { forgetSent, rememberSent, sentBefore, sentKey } from '../core/sent-once.js';
import { untilAborted } from '../core/abort.js';
import { ErrorKind, WebviewError } from '../core/errors.js';
import { resolveOptions, type OptionSources } from '../core/options.js';
import type { ConversationIds } from '../core/schemas.js';
import { readValues } from '../dom/values.js';
import { refuseCardNumbers } from '../dom/card-refusal.js';
import { warnAboutSecrets } from '../dom/secret-warning.js';
import type { Control } from '../dom/controls.js';
import { WebviewSubmitEvent } from './submit-event.js';
import { unknownMessageNames } from '../i18n/late-messages.js';
import { Funnel, type FunnelOptions } from './funnel.js';
import { LeaveGuard, type LeaveGuardOptions } from '../dom/leave-guard.js';
import { KeyboardAvoidance, type KeyboardAvoidanceOptions } from '../dom/keyboard.js';
import type { Delivered, SubmissionHost } from './submission.js';

// zod's check of a `fields` declaration rides along: one chunk, so that one retry recovers it all.
export { parseFields } from '../fields/schema.js';
// So does the validation, with its English wording: a check waits for the chunk, like a send.
export { ValidationController } from '../dom/validation-controller.js';
export { controlLabel } from '../dom/validation.js';
export { LATE_MESSAGES } from '../i18n/late-messages.js';

/** Sends what the controls hold; resolves with the service's answer. */
export async function deliver(host: SubmissionHost, signal: AbortSignal): Promise<Delivered> {
  // Checked again here, whatever the idle check said: settings may have changed since.
  const sources = host.sources();
  const { options } = resolveOptions(sources);
  const settings = host.settings();
  const controls = host.controls();
  // Fields may have come since the page was idle.
  warnAboutSecrets(controls);
  const draft = buildPayload({
    ids: options.ids,
    values: readValues(controls),
    url: location.href,
    variables: sources.variables,
    urlVariables: settings.urlVariables,
    message: settings.message,
  });
  const unchanged = JSON.stringify(draft);
  const event = new WebviewSubmitEvent(draft);
  if (!host.emit(event)) throw new WebviewError(ErrorKind.ABORTED, 'The submission was cancelled by the page.');
  // A listener may have reset the form or removed it.
  signal.throwIfAborted();
  // buildPayload checked the draft; only a listener's amendment needs checking again.
  const payload = JSON.stringify(event.detail.payload) === unchanged ? draft : checkPayload(event.detail.payload);
  refuseCardNumbers(controls, payload.contextVariables, settings.notCardNumbers, settings.messages);
  host.sending();

  const key = sentKey(options.endpoint, payload);
  const forget = () => forgetSent(key);
  const status = sentBefore(key);
  if (status !== undefined) return { payload, status, response: null, attempts: 0, replayed: true, forget };
  const request = await untilAborted(signRequest(payload, options.endpoint), signal);
  const result = await send(request, { fetch: settings.fetch, timeout: options.timeout, signal });
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
    if (unknown.length > 0) warnings.push(`messages has no text named ${unknown.map((name) => JSON.stringify(name)).join(', ')}; see the README's list of names`);
    for (const warning of warnings) console.warn(`<webview-form>: ${warning}`);
    return undefined;
  } catch (error) {
    if (error instanceof WebviewError) return error;
    throw error;
  }
}

/**
 * Readies a send while the person types: the signature, which depends only on the IDs; and tells
 * the page's author, on the console, about fields that ask for secrets.
 */
export function prepare(ids: ConversationIds | undefined, controls: readonly Control[]): void {
  warnAboutSecrets(controls);
  // Ahead of time only: a failed digest is computed again by the send, which reports it.
  if (ids) authToken(ids.conversationId, ids.botId).catch(() => undefined);
}
export { lateStyles } from './late-styles.js';
export { lateChrome } from './late-chrome.js';
// What the element attaches once this chunk arrives: the draft, and the controllers below.
export { DraftController } from '../dom/draft.js';

/** What the element hands each controller below; each reads the part it needs. */
export interface AttachedOptions extends FunnelOptions, LeaveGuardOptions, KeyboardAvoidanceOptions {}

/**
 * The funnel's end, the leave guard and the keyboard avoidance: created by the element alike, in
 * one loop (the element's code is held to a size budget; this chunk is not).
 */
export const controllers: Array<new (host: ReactiveControllerHost & HTMLElement, options: AttachedOptions) => ReactiveController> = [
  Funnel,
  LeaveGuard,
  KeyboardAvoidance,
];
export { answers } from '../dom/answers.js';
