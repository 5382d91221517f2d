/**
 * A memorable date (GOV.UK's pattern): day, month and year in three boxes, one form control that
 * posts `YYYY-MM-DD`. A form-associated custom element, so the form's code treats it as any
 * control (its name, value and validity), while its boxes, which have no name, are only its parts.
 * It says which part is wrong by a message name (`errorKey`), which delivery/validation.ts words
 * in the form's language.
 */
import type { FormMessages } from '../i18n/messages.js';
import { DATE_TAG, partsOrder, type Part } from './parts.js';

/** Today on the person's calendar, as `YYYY-MM-DD`. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export class MemorableDate extends HTMLElement {
  static readonly tag = DATE_TAG;
  static formAssociated = true;
  // The form's code marks the control itself; its boxes are what a screen reader meets.
  static observedAttributes = ['aria-invalid', 'aria-describedby'];

  /** The name of the message saying what is wrong, none when the date is right (or empty and optional). */
  errorKey?: keyof FormMessages;
  /** The values of that message's placeholders besides the label (`{min}`, `{max}` as ISO dates). */
  errorValues: Record<string, string> = {};
  readonly #internals = this.attachInternals();
  /** The boxes the error is about: they are marked, and focus goes to the first. */
  #wrong: HTMLInputElement[] = [];

  connectedCallback() {
    this.addEventListener('input', this.#judge);
    this.#order();
    this.#judge();
  }

  /** Puts the boxes in the order of the language around the control (en-GB and de day first, en-US month first, ja year first). */
  #order(): void {
    const lang = this.closest('[lang]')?.getAttribute('lang') || navigator.language;
    const boxes = this.boxes();
    const order = partsOrder(lang);
    if (boxes.every((box, index) => box.dataset.part === order[index])) return;
    for (const part of order) {
      const box = boxes.find((candidate) => candidate.dataset.part === part);
      if (box?.parentElement) this.append(box.parentElement);
    }
  }

  disconnectedCallback() {
    this.removeEventListener('input', this.#judge);
  }

  attributeChangedCallback() {
    const invalid = this.getAttribute('aria-invalid') === 'true';
    for (const box of this.boxes()) {
      box.toggleAttribute('aria-invalid', invalid && (this.#wrong.includes(box) || this.#wrong.length === 0));
      if (box.hasAttribute('aria-invalid')) box.setAttribute('aria-invalid', 'true');
      const describedBy = this.getAttribute('aria-describedby');
      if (describedBy) box.setAttribute('aria-describedby', describedBy);
      else box.removeAttribute('aria-describedby');
    }
  }

  /** The boxes, in the order shown. */
  boxes(): HTMLInputElement[] {
    return Array.from(this.querySelectorAll<HTMLInputElement>('input[data-part]'));
  }

  #box(part: Part): HTMLInputElement | undefined {
    return this.querySelector<HTMLInputElement>(`input[data-part="${part}"]`) ?? undefined;
  }

  #text(part: Part): string {
    return (this.#box(part)?.value ?? '').normalize('NFKC').trim();
  }

  get name(): string {
    return this.getAttribute('name') ?? '';
  }

  /** `YYYY-MM-DD` once the three boxes make a real date; otherwise empty. */
  get value(): string {
    return this.errorKey || this.#empty() ? '' : this.#iso();
  }

  /** What the boxes hold, as typed (day|month|year): what a draft keeps. */
  get draft(): string {
    return (['day', 'month', 'year'] as const).map((part) => this.#box(part)?.value ?? '').join('|');
  }

  set draft(kept: string) {
    const [day, month, year] = kept.split('|');
    const values = { day, month, year };
    for (const part of ['day', 'month', 'year'] as const) {
      const box = this.#box(part);
      if (box && values[part] !== undefined) box.value = values[part];
    }
    this.#judge();
  }

  /** Whether the boxes hold what the page gave them. */
  untouched(): boolean {
    return this.boxes().every((box) => box.value === box.defaultValue);
  }

  get validity(): ValidityState {
    return this.#internals.validity;
  }

  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.#internals.willValidate;
  }

  checkValidity(): boolean {
    this.#judge();
    return this.#internals.checkValidity();
  }

  /** The legend reads as the control's label (delivery/validation.ts names the field with it). */
  get labels(): HTMLElement[] {
    const legend = this.closest('fieldset')?.querySelector('legend');
    return legend ? [legend] : [];
  }

  /** Focus goes to the box to fix, else the first. */
  override focus(options?: FocusOptions): void {
    (this.#wrong[0] ?? this.boxes()[0])?.focus(options);
  }

  /** Makes an ISO date from the link (delivery/prefill.ts) the boxes' starting value; refused when it is no date. */
  prefill(iso: string): boolean {
    const parts = iso.match(/^(\d{4})-(\d{2})-(\d{2})$/);
    if (!parts || !this.untouched()) return !!parts;
    const values = { year: parts[1]!, month: String(Number(parts[2])), day: String(Number(parts[3])) };
    for (const part of ['day', 'month', 'year'] as const) {
      const box = this.#box(part);
      if (box) box.defaultValue = box.value = values[part];
    }
    this.#judge();
    return true;
  }

  formResetCallback(): void {
    for (const box of this.boxes()) box.value = box.defaultValue;
    this.#judge();
  }

  #empty(): boolean {
    return (['day', 'month', 'year'] as const).every((part) => this.#text(part) === '');
  }

  #iso(): string {
    return `${pad(Number(this.#text('year')), 4)}-${pad(Number(this.#text('month')), 2)}-${pad(Number(this.#text('day')), 2)}`;
  }

  /** Judges the boxes: the first thing wrong, in GOV.UK's order (a part missing, a part out of range, a date that is not real, a bound). */
  readonly #judge = (): void => {
    const [key, wrong, values] = this.#verdict();
    this.errorKey = key;
    this.errorValues = values;
    this.#wrong = wrong;
    const anchor = wrong[0] ?? this.boxes()[0];
    if (key) this.#internals.setValidity(key === 'valueMissing' ? { valueMissing: true } : { customError: true }, key, anchor);
    else this.#internals.setValidity({});
    this.#internals.setFormValue(this.value);
  };

  #verdict(): [keyof FormMessages | undefined, HTMLInputElement[], Record<string, string>] {
    const none: Record<string, string> = {};
    const box = (part: Part) => (this.#box(part) ? [this.#box(part)!] : []);
    if (this.#empty()) return [this.hasAttribute('required') ? 'valueMissing' : undefined, [], none];
    const missing = (['day', 'month', 'year'] as const).find((part) => this.#text(part) === '');
    if (missing) return [missing === 'day' ? 'dateNeedsDay' : missing === 'month' ? 'dateNeedsMonth' : 'dateNeedsYear', box(missing), none];
    const [day, month, year] = (['day', 'month', 'year'] as const).map((part) => this.#text(part));
    if (!/^\d{1,2}$/.test(day!) || +day! < 1 || +day! > 31) return ['dateDay', box('day'), none];
    if (!/^\d{1,2}$/.test(month!) || +month! < 1 || +month! > 12) return ['dateMonth', box('month'), none];
    if (!/^\d{4}$/.test(year!)) return ['dateYear', box('year'), none];
    // 31 February does not exist: a date made from it lands in March.
    const date = new Date(Date.UTC(+year!, +month! - 1, +day!));
    if (date.getUTCDate() !== +day! || date.getUTCMonth() !== +month! - 1) return ['dateReal', this.boxes(), none];
    const iso = this.#iso();
    const bound = (name: 'min' | 'max') => {
      const written = this.getAttribute(name);
      return written === 'today' ? today() : written;
    };
    const min = bound('min');
    const max = bound('max');
    if (max && iso > max) return [this.getAttribute('max') === 'today' ? 'dateFuture' : 'dateMax', this.boxes(), { max }];
    if (min && iso < min) return ['dateMin', this.boxes(), { min }];
    return [undefined, [], none];
  }
}
