/**
 * The ways a person submits: a submit button, Enter in a text-like field, or an author's own
 * `<form>` being submitted. Each is turned into one call of `onSubmit`, and none navigates: the
 * browser's own submission would leave the page (inside a `<form>`) or do nothing (outside one).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { listen } from '../dom/listen.js';

// Inputs where Enter means "send", as it does in a native form with a submit button.
const ENTER_SUBMITS = /^(text|email|tel|url|number|date|datetime-local|month|week|time|search|password)$/;

/** Whether `element` submits its form when activated. */
export function isSubmitButton(element: Element): boolean {
  return (element instanceof HTMLButtonElement || element instanceof HTMLInputElement) &&
    (element.type === 'submit' || element.type === 'image');
}

export class SubmitTriggers implements ReactiveController {
  #listening?: AbortController;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onSubmit: () => void;

  constructor(host: ReactiveControllerHost & HTMLElement, onSubmit: () => void) {
    this.#host = host;
    this.#onSubmit = onSubmit;
    host.addController(this);
  }

  hostConnected() {
    this.#listening = new AbortController();
    listen(this.#host, { click: this.#onClick, keydown: this.#onKeydown, submit: this.#onFormSubmit }, this.#listening.signal);
  }

  hostDisconnected() {
    this.#listening?.abort();
  }

  /** The submit buttons the author wrote, not counting those of a nested `<webview-form>`. */
  submitButtons(): Element[] {
    return Array.from(this.#host.querySelectorAll('button, input[type="submit"], input[type="image"]')).filter(
      (element) => isSubmitButton(element) && this.#owns(element),
    );
  }

  #owns(element: Element): boolean {
    return element.closest(this.#host.localName) === this.#host;
  }

  #onClick = (event: MouseEvent) => {
    const button = (event.target as Element | null)?.closest?.('button, input');
    if (!button || !isSubmitButton(button) || !this.#owns(button)) return;
    event.preventDefault();
    if (!button.matches(':disabled')) this.#onSubmit();
  };

  #onKeydown = (event: KeyboardEvent) => {
    const target = event.target;
    if (event.key !== 'Enter' || event.isComposing || event.defaultPrevented) return;
    if (!(target instanceof HTMLInputElement) || !ENTER_SUBMITS.test(target.type) || !this.#owns(target)) return;
    event.preventDefault();
    this.#onSubmit();
  };

  // An author's <form> may still be submitted by script (requestSubmit) or the browser.
  #onFormSubmit = (event: Event) => {
    if (!this.#owns(event.target as Element)) return;
    event.preventDefault();
    this.#onSubmit();
  };
}
