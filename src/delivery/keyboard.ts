/**
 * Keeps the focused field above the on-screen keyboard. On a phone the keyboard shrinks the visual
 * viewport but often not the layout one, and the browser's own scroll on focus runs before the
 * keyboard is up, so the field ends up behind it.
 *
 *     focusin on a control ─────────────────────┐
 *     the visual viewport gets shorter ─────────┼─► not fully inside the visual viewport? ─► scrolled in, label above
 *     attached while a control has focus ───────┘
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { listen } from '../dom/listen.js';
import type { Control } from '../dom/controls.js';

/** The room kept around a revealed control, as `scroll-margin`: its label above, a little below. */
export const REVEAL_MARGIN = '3em 0 1em';

export interface KeyboardAvoidanceOptions {
  /** The form's controls, fresh each time: only their focus is followed. */
  controls(): Control[];
}

export class KeyboardAvoidance implements ReactiveController {
  #listening?: AbortController;
  /** The visual viewport's height and scale at the last look: a keyboard makes it shorter at the same scale. */
  #height = 0;
  #scale = 1;
  /**
   * A mouse button or a pen is down on the form: the control it focuses is under it, so in sight,
   * and scrolling now would move the control from under it before the click lands.
   */
  #pressing = false;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: KeyboardAvoidanceOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: KeyboardAvoidanceOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected() {
    const viewport = window.visualViewport;
    // Without it nothing tells what the keyboard covers: the browser's own focus scrolling stays.
    if (!viewport) return;
    this.#listening = new AbortController();
    ({ height: this.#height, scale: this.#scale } = viewport);
    // Not `scroll`: the visual viewport scrolls when the person pans it, and that must not be undone.
    listen(this.#host, { focusin: this.#onFocusin, pointerdown: () => (this.#pressing = true) }, this.#listening.signal);
    listen(window, { pointerup: this.#released, pointercancel: this.#released }, this.#listening.signal, { capture: true });
    listen(viewport, { resize: this.#onResize }, this.#listening.signal);
    // The focus that asked for this code (the first focusin) came before it.
    this.#reveal((this.#host.getRootNode() as Document | ShadowRoot).activeElement);
  }

  hostDisconnected() {
    this.#listening?.abort();
  }

  #onFocusin = (event: FocusEvent) => {
    if (!this.#pressing) this.#reveal(event.target);
  };

  #released = () => {
    this.#pressing = false;
  };

  #onResize = () => {
    const { height, scale } = window.visualViewport!;
    // A keyboard opening (or growing) makes the viewport shorter at the same scale. A taller one
    // uncovers; a new scale is the person zooming, who looks where they choose.
    const covered = height < this.#height && scale === this.#scale;
    this.#height = height;
    this.#scale = scale;
    if (covered) this.#reveal((this.#host.getRootNode() as Document | ShadowRoot).activeElement);
  };

  /**
   * Scrolls `target`, when it is one of the form's controls and not fully inside the visual
   * viewport, so that it is, with its label above it. A control fully in sight stays where it is,
   * even with its label out of sight: the person may have scrolled there.
   */
  #reveal(target: EventTarget | null): void {
    const viewport = window.visualViewport;
    if (!viewport || !this.#options.controls().includes(target as Control)) return;
    const control = target as Control;
    // The box relative to the layout viewport, which the visual viewport's offset is measured from.
    const { top, bottom } = control.getBoundingClientRect();
    if (top >= viewport.offsetTop && bottom <= viewport.offsetTop + viewport.height) return;
    // scrollIntoView also scrolls a scrolling panel and the visual viewport, where window.scrollBy
    // moves only the layout viewport (pinch-zoomed Chromium). Never smooth: the keyboard is moving.
    // The page's inline style is put back verbatim, as a shorthand's write would lose its longhands.
    const inline = control.getAttribute('style');
    control.style.scrollMargin = REVEAL_MARGIN;
    control.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
    if (inline === null) control.removeAttribute('style');
    else control.setAttribute('style', inline);
  }
}
