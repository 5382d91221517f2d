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
 * The script for the page's `<head>`, as the README shows it. A click on a submit button, Enter in
 * a field where it submits, and a form's submission each count, as the element's own listeners do
 * (submit-triggers.ts).
 */
export const EARLY_SEND_SCRIPT =
  "for(const t of['click','keydown','submit'])addEventListener(t,e=>{const x=e.target,f=x.closest?.('webview-form:not(:defined)'),b=f&&t=='click'&&x.closest('button,input');" +
  `if(f&&(t=='submit'||b&&/^(submit|image)$/.test(b.type)||t=='keydown'&&e.key=='Enter'&&!e.isComposing&&x.localName=='input'&&${ENTER_SUBMITS}.test(x.type))){e.preventDefault();f.setAttribute('${HELD_ATTRIBUTE}','')}},true)`;
