/**
 * The ways a person submits: a submit button, Enter in a text-like field, or an author's own
 * `<form>` being submitted. Each is turned into one call of `onSubmit`, and none navigates: the
 * browser's own submission would leave the page (inside a `<form>`) or do nothing (outside one).
 */
import { listen } from '../dom/listen.js';
import { isSubmitButton, ownedBy } from '../dom/controls.js';
import { ENTER_IGNORED, ENTER_SUBMITS } from './early-send.js';

/**
 * Listens on `host` for the ways a person submits, and calls `onSubmit` once for each; and for an
 * author's `<form>` being reset, which is the person asking for a blank form (`onReset`). The
 * listeners sit on the element itself, so they need no removal: a detached element hears nothing.
 */
export function listenForSubmits(host: HTMLElement, onSubmit: () => void, onReset: () => void): void {
  const owns = (element: Element) => ownedBy(host, element);
  listen(host, {
    click: (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest?.('button, input');
      if (!button || !isSubmitButton(button) || !owns(button)) return;
      event.preventDefault();
      if (!button.matches(':disabled')) onSubmit();
    },
    keydown: (event: KeyboardEvent) => {
      const target = event.target;
      if (event.key !== 'Enter' || event.isComposing || event.defaultPrevented) return;
      if (!(target instanceof HTMLInputElement) || !owns(target)) return;
      // On a checkbox or a radio, Enter sends nothing, and must not let the engine submit a form around it.
      if (ENTER_IGNORED.test(target.type)) event.preventDefault();
      if (!ENTER_SUBMITS.test(target.type)) return;
      event.preventDefault();
      onSubmit();
    },
    // An author's <form> may still be submitted by script (requestSubmit) or the browser.
    submit: (event: Event) => {
      if (!owns(event.target as Element)) return;
      event.preventDefault();
      onSubmit();
    },
    // The browser puts the controls back after this event, with no input or change: wait a task.
    reset: (event: Event) => {
      if (owns(event.target as Element)) setTimeout(() => event.defaultPrevented || onReset());
    },
  });
}
