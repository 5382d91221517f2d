/**
 * What the regions (element/regions.ts) show only once a send was tried: the error summary,
 * progress and success, and their styles. It comes with the delivery chunk, as the send does.
 */
import { returnLink, type RegionsView, type OutcomeView, type Regions } from '../element/regions.js';
import { h } from '../dom/build.js';
import { WebviewState } from '../element/public-interface.js';
import type { Texts } from '../i18n/messages.js';
import { format } from './plural.js';
import { outcomeStyles } from './outcome-styles.js';
import { keepWords } from './words.js';
import type { FieldError } from '../dom/controls.js';
import type { QueuedView } from '../element/form-host.js';

export const outcomeView: OutcomeView = {
  styles: outcomeStyles,
  format,

  /**
   * GOV.UK's error summary: a heading, how many, and a button per field that moves focus to it.
   * An item is the field's message, with its label before it only when the message does not name
   * the field already ("Enter full name.", not "Full name: Enter full name.").
   */
  summary(invalid: readonly FieldError[], messages: Texts): Node[] {
    const { lang } = messages;
    const line = invalid.length === 1 ? messages.summaryOne : format(messages.summary, { count: invalid.length }, lang);
    const items = invalid.map((error) => {
      const named = error.message.toLocaleLowerCase(lang).includes(error.label.toLocaleLowerCase(lang));
      const item = named ? error.message : format(messages.summaryItem, { label: error.label, message: error.message }, lang);
      const button = h('button', { type: 'button', part: 'summary-link' }, ...keepWords(item));
      button.onclick = () => error.control.focus();
      return h('li', {}, button);
    });
    return [h('h2', {}, messages.summaryTitle), h('p', {}, line), h('ul', { part: 'summary' }, ...items)];
  },

  status(view: RegionsView): Node[] {
    const { state, messages, queued } = view;
    if (state === WebviewState.SUBMITTING) return [h('p', {}, messages.sending)];
    if (state === WebviewState.QUEUED && queued) return waiting(queued, messages);
    if (state !== WebviewState.SUCCESS) return [];
    const thanks = h('slot', { name: 'success' }, h('h2', {}, messages.successTitle), h('p', {}, messages.success));
    const closed = view.closeRefused ? [h('p', {}, view.returnUrl ? messages.closeFailed : messages.canClose)] : [];
    return [thanks, ...closed, ...returnLink(view)];
  },

  /**
   * Locks the answers while a post is in flight: the fields, Back, Next and the review's Change
   * buttons take no input (inert), so what is shown is what was sent. The built-in Send button,
   * outside them, keeps the focus. Unlocked after a send that did not succeed, a field that lost
   * the focus to the lock gets it back.
   */
  lock(regions: Regions, state: WebviewState): void {
    const { head, content, next } = regions;
    const locked = state === WebviewState.SUBMITTING;
    if (locked && !content.inert) {
      const root = content.getRootNode() as ShadowRoot;
      const active = document.activeElement;
      regions.focused = active === root.host ? root.activeElement : active;
    }
    for (const part of [head, content, next]) part.inert = locked;
    const { focused } = regions;
    if (focused && !locked) {
      regions.focused = undefined;
      if (state !== WebviewState.SUCCESS && (document.activeElement ?? document.body) === document.body) (focused as HTMLElement).focus?.();
    }
  },
};

/** A post waiting in the outbox: what happened, and the two ways on (delivery/outbox.ts). */
function waiting(queued: QueuedView, messages: Texts): Node[] {
  const button = (text: string, action: () => void, part: string) => {
    const element = h('button', { type: 'button', part }, text);
    element.onclick = action;
    return element;
  };
  if (queued.sending) return [h('h2', {}, messages.queuedTitle), h('p', {}, messages.sending)];
  return [
    h('h2', {}, messages.queuedTitle),
    h('p', {}, queued.expired ? messages.queuedExpired : messages.queued),
    h(
      'p',
      { class: 'actions' },
      button(queued.expired ? messages.sendAnyway : messages.sendNow, queued.sendNow, 'send-now'),
      button(messages.discard, queued.discard, 'discard'),
    ),
  ];
}
