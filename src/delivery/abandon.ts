/**
 * The end of the funnel, for a page's analytics: `webview-abandon` when the page is left with
 * something typed and nothing sent. It carries no answer, only the step and the names of the
 * fields that were filled in.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { listen } from '../dom/listen.js';
import { answers } from './answers.js';
import type { Control } from '../dom/controls.js';
import { WebviewAbandonEvent } from './events.js';

export interface AbandonOptions {
  /** The controls whose answers count, fresh each time. */
  controls(): Control[];
  /** The title of the step on screen; undefined without steps. */
  step(): string | undefined;
  /** Whether the person typed anything (`webview-start` was fired). */
  started(): boolean;
  /** Whether the answers reached the bot. */
  sent(): boolean;
}

export class AbandonReporter implements ReactiveController {
  #listening?: AbortController;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: AbandonOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: AbandonOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected() {
    this.#listening = new AbortController();
    listen(window, { pagehide: this.#onPagehide }, this.#listening.signal);
  }

  hostDisconnected() {
    this.#listening?.abort();
  }

  #onPagehide = () => {
    if (!this.#options.started() || this.#options.sent()) return;
    const typed = this.#options.controls().filter((control) => (control as HTMLInputElement).type !== 'hidden');
    const filled = [...answers(typed)].filter(([, answer]) => answer.filled).map(([name]) => name);
    this.#host.dispatchEvent(new WebviewAbandonEvent({ step: this.#options.step(), filled }));
  };
}
