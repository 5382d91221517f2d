/**
 * `confirm-leave`: the browser's "Leave site?" confirmation while typed answers are unsent.
 *
 *     input, change, each update of the element ─► confirm-leave on, nothing sent, and a control
 *                                                  off its default? ─► listening to beforeunload, or not
 *
 * "Typed" is judged by the values, not the keystrokes, so typing then erasing leaves the form
 * untouched. A `beforeunload` listener can keep the page out of the back/forward cache, so it is
 * there only while leaving would lose answers.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { listen } from '../dom/listen.js';
import type { Control } from '../dom/controls.js';
import { adapterFor } from './control-adapter.js';

export interface LeaveGuardOptions {
  /** The controls whose answers count, fresh each time. */
  controls(): Control[];
  /** Whether the page asks for the confirmation (`confirm-leave`), read live: it can be toggled. */
  confirm(): boolean;
  /** Whether the answers reached the bot. */
  sent(): boolean;
}

export class LeaveGuard implements ReactiveController {
  #listening?: AbortController;
  /** Set while the beforeunload listener is there; aborting it removes the listener. */
  #guarding?: AbortController;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: LeaveGuardOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: LeaveGuardOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected() {
    this.#listening = new AbortController();
    listen(this.#host, { input: this.#check, change: this.#check }, this.#listening.signal);
    // After the element restores a draft, which it does right after attaching this: restored
    // answers are unsent answers too.
    queueMicrotask(this.#check);
  }

  // A success, reset() and a toggled confirm-leave all update the element.
  hostUpdated() {
    this.#check();
  }

  hostDisconnected() {
    this.#listening?.abort();
    this.#stop();
  }

  /** Whether leaving now would lose answers the person typed and the page asked to keep. */
  get #atStake(): boolean {
    const options = this.#options;
    // A form-associated custom element's adapter cannot tell its default and always says
    // "changed", so only controls that know their default count.
    return (
      options.confirm() &&
      !options.sent() &&
      options.controls().some((control) => knowsDefault(control) && !adapterFor(control).untouched())
    );
  }

  #check = () => {
    if (!this.#host.isConnected || !this.#atStake) this.#stop();
    else if (!this.#guarding) {
      this.#guarding = new AbortController();
      listen(window, { beforeunload: this.#onBeforeunload }, this.#guarding.signal);
    }
  };

  #stop(): void {
    this.#guarding?.abort();
    this.#guarding = undefined;
  }

  #onBeforeunload = (event: BeforeUnloadEvent) => {
    // Judged again now: a script may have set the values back without an event.
    if (!this.#atStake) return this.#stop();
    event.preventDefault();
    // Older engines (Chrome before 119) ask only when returnValue is set.
    event.returnValue = '';
  };
}

/** Whether `control` is a native control, whose default (defaultValue, defaultChecked, defaultSelected) the adapter compares with. */
function knowsDefault(control: Control): boolean {
  return control instanceof HTMLInputElement || control instanceof HTMLSelectElement || control instanceof HTMLTextAreaElement;
}
