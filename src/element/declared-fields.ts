/**
 * The life of a `fields` declaration inside the element. Its controls are drawn at once from a
 * sketch of the declaration (fields/declarations.ts), while zod's verdict loads; `ready` settles with the
 * verdict, and a submit waits for it, so nothing is sent from a declaration zod refused.
 *
 *     fields ─► sketch ─► controls in the light DOM, first render (fields/templates.ts)
 *           └─► (load zod, once the first frame is painted) ─► CheckedItem[]: the same controls, the form may send (delivery/keyed-fields.ts)
 *                                                           └► WebviewError `config`: the form says what is wrong
 */
import type { ReactiveControllerHost } from 'lit';
import { WebviewError } from '../core/errors.js';
import { loadDelivery, type Delivery } from './loader.js';
import { afterNextPaint } from '../dom/timing.js';
import { sketchFields, type CheckedItem } from '../fields/declarations.js';
import { FIELDS_CLASS, drawFields } from '../fields/templates.js';
import { adoptLightStyles } from '../dom/light-styles.js';
import type { FormMessages } from '../i18n/messages.js';

export class DeclaredFields {
  // `ready`, `#verdict` and `#sketch` are first set by `declare`, which the element calls at its
  // first update, before it draws them or waits for `ready`. Until then a `verify` (a submit
  // before the first update) awaits nothing, and `error` is undefined, as with no declaration.
  /** Settles when zod's verdict on the latest declaration has arrived; rejects with a `network` error when zod could not be loaded. */
  declare ready: Promise<void>;
  /** zod's verdict: the checked fields, the `config` error, or undefined while zod loads. */
  #verdict?: CheckedItem[] | WebviewError;
  /** What can be drawn before the verdict; undefined when the declaration cannot be drawn at all. */
  #sketch?: CheckedItem[];
  #source: unknown;

  /** The keyed drawing (delivery/keyed-fields.ts), once the delivery chunk brought it. */
  #redraw?: Delivery['renderFields'];
  /** Whether a declaration with fields was ever drawn: until then, a fields container in the content is the page's. */
  #drew?: boolean;
  /** What the first render's drawing (fields/templates.ts) last drew, and with which texts; the keyed drawing takes it over. */
  #first?: { items: readonly CheckedItem[]; messages: FormMessages };

  readonly #host: ReactiveControllerHost & HTMLElement;
  /** Prefix of the generated controls' ids: unique per element. */
  readonly #idPrefix: string;

  constructor(host: ReactiveControllerHost & HTMLElement, idPrefix: string) {
    this.#host = host;
    this.#idPrefix = idPrefix;
  }

  /** Takes `fields` if it is not the declaration already checked; the host updates with the verdict. */
  declare(fields: unknown): void {
    if (fields === this.#source && this.#verdict !== undefined) return;
    this.#source = fields;
    this.#sketch = sketchFields(fields);
    this.#verdict = fields == null ? [] : undefined;
    this.ready = this.#verdict ? Promise.resolve() : this.#check(fields);
    // Only a submit needs the verdict (see verify); until one does, a failed load is no error.
    this.ready.catch(() => undefined);
  }

  /** Waits for zod's verdict. If zod could not be loaded, tries again: the connection may be back. */
  async verify(): Promise<void> {
    try {
      await this.ready;
    } catch {
      this.ready = this.#check(this.#source);
      await this.ready;
    }
  }

  /** Takes the keyed drawing (delivery/keyed-fields.ts), which the delivery chunk brings. */
  redrawWith(renderFields: Delivery['renderFields']): void {
    this.#redraw ??= renderFields;
  }

  /** The fields whose controls exist after `render`, or undefined until there are any to draw. */
  get drawn(): CheckedItem[] | undefined {
    return this.#verdict === undefined ? this.#sketch : Array.isArray(this.#verdict) ? this.#verdict : undefined;
  }

  /**
   * Draws the controls of the declaration, or removes those of an earlier one. Until the delivery
   * brings the keyed drawing, a change is drawn anew only while nothing was typed (`typed`):
   * afterwards it waits for the chunk, so that no answer is lost.
   */
  render(messages: FormMessages, typed: boolean): void {
    const fields = this.drawn;
    if (!fields) return;
    // An HTML-first page wrote the container itself: with nothing declared, it is kept as written,
    // and only gets the light styles its classes are drawn with.
    if (!(this.#drew ||= fields.length > 0)) {
      if (this.#host.querySelector(`.${FIELDS_CLASS}`)) adoptLightStyles(this.#host);
      return;
    }
    const first = this.#first;
    if (this.#redraw) {
      // The first drawing with the delivery's code takes over what the first render drew.
      this.#first = undefined;
      return this.#redraw(this.#host, fields, this.#idPrefix, messages, first);
    }
    if (fields === first?.items && messages === first.messages) return;
    if (first && typed) {
      loadDelivery().then(
        (stage) => {
          this.#redraw = stage.renderFields;
          this.#host.requestUpdate();
        },
        () => undefined,
      );
      return;
    }
    drawFields(this.#host, fields, this.#idPrefix, messages);
    this.#first = { items: fields, messages };
  }

  /** The declaration's error, if zod found one. */
  get error(): WebviewError | undefined {
    return this.#verdict instanceof WebviewError ? this.#verdict : undefined;
  }

  async #check(fields: unknown): Promise<void> {
    // Not before the first frame: the chunk's download and evaluation would compete with it, and
    // only a send needs the verdict.
    await afterNextPaint();
    const { judgeFields, renderFields } = await loadDelivery();
    this.#redraw = renderFields;
    // zod's verdict, once the code of the types it declares that the first render does not draw has
    // come. If that code could not load, this rejects: like the delivery, it is asked for again by the next send.
    const verdict = await judgeFields(fields);
    // A newer declaration arrived meanwhile: its own check settles it.
    if (fields !== this.#source) return;
    this.#verdict = verdict;
    this.#host.requestUpdate();
  }
}
