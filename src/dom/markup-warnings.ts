/**
 * Markup of the page's that works against the form, told to its author on the console once the
 * element runs: the author sees it while building the page, long before a person meets it.
 */
import { ownedBy } from './controls.js';

const warned = new WeakSet<Element>();

function warnOnce(element: Element, text: string): void {
  if (warned.has(element)) return;
  warned.add(element);
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
