/**
 * What of the page works against the form, told to its author on the console while building the
 * page: markup (a <form> that navigates, radios that share a group), and fields that ask for
 * secrets, which the Web View API does not mask. `isSecret` is the one rule for what is secret:
 * the warning, the draft and the review page all ask it.
 */
import { ownedBy } from '../dom/controls.js';

/** What each element was warned about already: every check runs again at each send. */
const warned = new WeakMap<Element, Set<string>>();

function warnOnce(element: Element, text: string): void {
  const told = warned.get(element) ?? new Set();
  if (told.has(text)) return;
  warned.set(element, told.add(text));
  console.warn(`<webview-form>: ${text}`);
}

/**
 * Warns about a `<form>` inside the tag that the browser could submit itself, and about radio
 * buttons that share their group with radios outside the tag.
 */
export function warnAboutMarkup(host: HTMLElement): void {
  for (const form of host.querySelectorAll('form')) {
    // Before the drop-in has run, nothing stops the browser's own submission: a GET puts the answers in the address bar.
    if (ownedBy(host, form) && form.method !== 'dialog') {
      warnOnce(
        form,
        'a <form> inside the tag without method="dialog" navigates, with the answers in the address bar, when Send is pressed before the drop-in has run. Write <form method="dialog">, and the early-send script of the README in <head>.',
      );
    }
  }
  const radios = host.ownerDocument.querySelectorAll<HTMLInputElement>('input[type="radio"][name]');
  const names = new Set<string>();
  for (const radio of radios) {
    if (!ownedBy(host, radio) || names.has(radio.name)) continue;
    names.add(radio.name);
    // The browser groups radios by name and form owner: choosing one outside unchecks this one, without an event.
    const shared = Array.from(radios).some((other) => other.name === radio.name && other.form === radio.form && !ownedBy(host, other));
    if (shared) {
      warnOnce(
        radio,
        `the radio buttons named "${radio.name}" share their group with radio buttons of that name outside this form, so choosing one unchecks the other. Put each form's controls in a <form> of its own, or give them another name.`,
      );
    }
  }
}

const SECRET_NAMES = /pass(word)?|passwd|pwd|secret|\bpin\b|cvv|cvc|ssn/i;
/** Autocomplete tokens that ask for a secret: card data, one-time codes, passwords. */
const SECRET_TOKENS = /^(cc-.+|one-time-code|current-password|new-password)$/;

/** Whether `control` asks for a secret: by its type, its name, or its autocomplete tokens (sections included). */
export function isSecret(control: Element): boolean {
  if ((control as HTMLInputElement).type === 'password' || SECRET_NAMES.test(control.getAttribute('name') ?? '')) return true;
  return (control.getAttribute('autocomplete') ?? '')
    .toLowerCase()
    .split(/\s+/)
    .some((token) => SECRET_TOKENS.test(token));
}

/**
 * Warns on the console, once per control, about fields named or typed like passwords or secrets.
 */
export function warnAboutSecrets(controls: readonly Element[]): void {
  for (const control of controls) {
    const name = control.getAttribute('name') ?? '';
    const looksSecret = (control as HTMLInputElement).type === 'password' || SECRET_NAMES.test(name);
    if (looksSecret)
      warnOnce(
        control,
        `the field "${name}" looks like a password or secret. The Web View API does not mask what it carries; do not send secrets through it.`,
      );
  }
}
