/**
 * A Send pressed before the drop-in has run. The module comes after the page is parsed, and on a
 * slow line a person may type and press Send first: the browser would then submit an author's
 * `<form>` itself (a GET, with the answers in the address bar and the IDs gone), and do nothing
 * for controls without one. `EARLY_SEND_SCRIPT`, a classic script inline in the page's `<head>`,
 * runs before the body is parsed: inside a `<webview-form>` that is not defined yet, it stops
 * each way of submitting and marks the tag with `HELD_ATTRIBUTE`; the element, once defined,
 * sends once for it.
 */

/** The attribute that says a Send was pressed before the element was defined. */
export const HELD_ATTRIBUTE = 'data-send-held';

/** Inputs where Enter means "send", as it does in a native form with a submit button. */
export const ENTER_SUBMITS = /^(text|email|tel|url|number|date|datetime-local|month|week|time|search|password)$/;

/**
 * Inputs where Enter means nothing here: some engines (Firefox) submit the form that owns them,
 * which may be a page's form around the tag, so Enter there is stopped and sends nothing.
 */
export const ENTER_IGNORED = /^(checkbox|radio)$/;

/**
 * The script for the page's `<head>`, as the README shows it. A click on a submit button, Enter in
 * a field where it submits, and a form's submission each count, as the element's own listeners do
 * (submit-triggers.ts); Enter on a checkbox or radio is stopped. It reads each event's first
 * target, so that a tag inside a shadow root is covered too.
 */
export const EARLY_SEND_SCRIPT =
  "for(const t of['click','keydown','submit'])addEventListener(t,e=>{const x=e.composedPath()[0],f=x.closest?.('webview-form:not(:defined)'),b=f&&t=='click'&&x.closest('button,input')," +
  "k=t=='keydown'&&e.key=='Enter'&&!e.isComposing&&x.localName=='input'&&x.type," +
  `s=t=='submit'||b&&/^(submit|image)$/.test(b.type)||${ENTER_SUBMITS}.test(k);` +
  `if(f&&(s||${ENTER_IGNORED}.test(k))){e.preventDefault();s&&f.setAttribute('${HELD_ATTRIBUTE}','')}},true)`;

/** Whether Send was pressed before the element was defined (see EARLY_SEND_SCRIPT): true once, then the mark is gone. */
export function takeHeldSend(element: Element): boolean {
  const held = element.hasAttribute(HELD_ATTRIBUTE);
  element.removeAttribute(HELD_ATTRIBUTE);
  return held;
}
