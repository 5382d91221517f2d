/**
 * What the lazily loaded code asks of the element: one interface. The delivery (delivery/) and the
 * steps (steps/) read the element's settings through it and tell it what to show; neither writes
 * its state directly, so what the element shows has one owner.
 */
import type { ReactiveControllerHost } from '@lit/reactive-element';
import type { WebviewError } from '../core/errors.js';
import type { OptionSources } from '../core/options.js';
import type { ConversationIds } from '../core/schemas.js';
import type { FieldError } from '../dom/controls.js';
import type { Texts } from '../i18n/messages.js';
import type { PublicProperties } from './public-interface.js';

/**
 * The `<webview-form>` as lazy code sees it: Lit's host, its shadow root, and the public settings
 * a send, its outcome and the steps read (typed by the one description, public-interface.ts).
 */
export interface FormElement
  extends
    ReactiveControllerHost,
    HTMLElement,
    Readonly<
      Pick<
        PublicProperties,
        | 'state'
        | 'message'
        | 'urlVariables'
        | 'notCardNumbers'
        | 'fetch'
        | 'confirmLeave'
        | 'closeOnSuccess'
        | 'review'
        | 'keep'
        | 'prefill'
        | 'timeout'
      >
    > {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface FormHost {
  readonly element: FormElement;
  /** The texts in force, in the form's language. */
  messages(): Texts;
  /** The language's table and the `messages` property: what goes over the English texts of the steps. */
  overrides(): unknown;
  /** The settings as written, for `resolveOptions`. */
  sources(): OptionSources;
  /** The settings' values, in a fixed order: a check runs again when one of them changes. */
  settingValues(): unknown[];
  /** The link's IDs; undefined while the link is broken. */
  ids(): ConversationIds | undefined;
  /** Whether the person has typed into the form (`webview-start` was fired). */
  started(): boolean;
  /** What stops the form from working: a broken link, a refused declaration, steps that are wrong or could not load. */
  unusable(): WebviewError | undefined;
  /** The request is about to leave: the state is `submitting`, and the answers are locked. */
  sending(): void;
  /** Shows the fields a send or Next found invalid, with the summary; none clears them. */
  showInvalid(invalid?: readonly FieldError[]): void;
  /** The post went through: the thanks replace the form. */
  showSuccess(): void;
  /** `close-on-success` tried, and the browser kept the window open: the person is told they can close it. */
  showCloseRefused(): void;
  /** A post waits in the outbox (state `queued`, the form hidden); none: it waits no more. */
  showQueued(queued?: QueuedView): void;
  /** A post from the outbox was refused: shown as a send's failure is. */
  showFailure(error: WebviewError): void;
}

/** A post waiting in the outbox (delivery/outbox.ts), as the status region shows it. */
export interface QueuedView {
  /** It waited over 24 hours: it is not sent by itself. */
  readonly expired: boolean;
  /** It is being sent now: the panel says so instead of offering to. */
  readonly sending?: boolean;
  /** Sends it now (after 24 hours: anyway). */
  sendNow(): void;
  /** Forgets it: the form shows again, with the answers. */
  discard(): void;
}
