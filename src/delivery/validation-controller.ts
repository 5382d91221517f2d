/**
 * When errors show: on submit for every field, and afterwards as the person edits, but never while
 * a field is first being filled in. A check caused by leaving a field waits while a pointer is
 * down: an error text moves what is below it, and a click on Send whose press and release land on
 * different spots is no click at all.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkGroup, clearError, showError } from './validation.js';
import { groupControls } from './answers.js';
import { controlName, type Control, type FieldError } from '../dom/controls.js';
import type { Texts } from '../i18n/messages.js';
import { listen } from '../dom/listen.js';

export interface ValidationOptions {
  /** The controls to check, fresh each time: fields come and go. */
  controls(): Control[];
  /** The message table in force. */
  messages(): Texts;
}

export class ValidationController implements ReactiveController {
  readonly #edited = new Set<string>();
  readonly #touched = new Set<string>();
  readonly #deferred = new Set<string>();
  #pressing = false;
  #listening?: AbortController;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: ValidationOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ValidationOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected() {
    this.#listening = new AbortController();
    const { signal } = this.#listening;
    listen(this.#host, { input: this.#onInput, change: this.#onChange, focusout: this.#onFocusout }, signal);
    listen(
      this.#host.ownerDocument,
      { pointerdown: this.#onPointerdown, pointerup: this.#onPointerup, pointercancel: this.#onPointerup },
      signal,
      {
        capture: true,
      },
    );
  }

  hostDisconnected() {
    this.#listening?.abort();
  }

  /** Returns every field's error without showing anything. */
  check(): FieldError[] {
    return this.#run(false);
  }

  /**
   * Checks every field (or those of the controls `scope` accepts: a step) and shows each error,
   * as on submit; returns the errors in document order.
   */
  validateAll(scope?: (control: Control) => boolean): FieldError[] {
    // Checks still waiting for a release would, run later, undo what the submit shows after
    // validation (the card-number refusal).
    this.#deferred.clear();
    return this.#run(true, scope);
  }

  /** Hides every error and forgets which fields were touched. */
  reset(): void {
    for (const group of groupControls(this.#options.controls()).values()) clearError(group);
    this.#edited.clear();
    this.#touched.clear();
  }

  #run(show: boolean, scope: (control: Control) => boolean = Boolean): FieldError[] {
    const errors: FieldError[] = [];
    for (const [name, group] of groupControls(this.#options.controls().filter(scope))) {
      if (show) this.#touched.add(name);
      const error = this.#checkName(group, show || this.#touched.has(name));
      if (error) errors.push(error);
    }
    return errors;
  }

  #checkName(group: Control[], show: boolean): FieldError | undefined {
    const error = checkGroup(group, this.#options.messages());
    if (show && error) showError(group, error.message);
    else if (show) clearError(group);
    return error;
  }

  #recheck(name: string) {
    const group = groupControls(this.#options.controls()).get(name);
    if (group) this.#checkName(group, true);
  }

  #onInput = (event: Event) => {
    const name = this.#nameOf(event);
    if (!name) return;
    this.#edited.add(name);
    if (this.#touched.has(name)) this.#recheck(name);
  };

  // Selects, radios and checkboxes are done with when they change; text fields fire it on leaving.
  #onChange = (event: Event) => {
    const name = this.#nameOf(event);
    if (!name) return;
    this.#touched.add(name);
    this.#recheckWhenReleased(name);
  };

  #onFocusout = (event: Event) => {
    // Moving between a control's own boxes (a memorable date's day and month) is not leaving it.
    const next = (event as FocusEvent).relatedTarget as Node | null;
    if (next && this.#controlOf(event.target as Node)?.contains(next)) return;
    const name = this.#nameOf(event);
    if (!name || !this.#edited.has(name)) return;
    this.#touched.add(name);
    this.#recheckWhenReleased(name);
  };

  #recheckWhenReleased(name: string) {
    if (this.#pressing) this.#deferred.add(name);
    else this.#recheck(name);
  }

  #onPointerdown = () => {
    this.#pressing = true;
  };

  // After the release comes the click; let it land (and maybe submit) before anything moves.
  #onPointerup = () => {
    this.#pressing = false;
    setTimeout(() => {
      for (const name of this.#deferred) this.#recheck(name);
      this.#deferred.clear();
    });
  };

  #nameOf(event: Event): string | undefined {
    const control = this.#controlOf(event.target as Node);
    return control && controlName(control);
  }

  /** The control an event's target is, or is a part of (a memorable date's box). */
  #controlOf(target: Node): Control | undefined {
    return this.#options.controls().find((control) => control === target || control.contains(target));
  }
}
