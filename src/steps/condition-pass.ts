/**
 * One pass over a form's conditions, with what it needs indexed once: each name's controls, each
 * item's controls, the document order, and each field's answer. The index keeps a keystroke's pass
 * linear in the number of fields rather than quadratic.
 *
 *     controls, items ─► by name, by item, in order ─► answer(field, item), read once ─► holds? (conditions.ts)
 */
import type { Control } from '../dom/controls.js';
import { NO_ANSWER, type Answer, type Condition } from './conditions.js';

/** What the pass asks of the form (the flow's host): both come with the delivery chunk. */
export interface AnswerSource {
  /** The answer of each name among `controls`. */
  answers(controls: readonly Control[]): Map<string, Answer>;
  /** `controls` grouped by name, in document order. */
  groups(controls: readonly Control[]): Map<string, Control[]>;
}

export class ConditionPass {
  readonly #source: AnswerSource;
  readonly #named: Map<string, Control[]>;
  readonly #inside = new Map<Element, Control[]>();
  readonly #answers = new Map<string, Answer>();
  /** Each control's and item's place in the document. */
  readonly #order = new Map<Element, number>();

  /**
   * `controls`: the form's, disabled ones included, in document order; `items`: its `[data-when]`
   * elements, in document order; `host`: the element that holds them.
   */
  constructor(source: AnswerSource, host: Element, controls: readonly Control[], items: readonly Element[]) {
    this.#source = source;
    this.#named = source.groups(controls);
    // One walk, not compareDocumentPosition per condition: Chromium's walks the siblings between
    // the two, which would make the pass quadratic.
    for (const element of host.querySelectorAll('[name], [data-when]')) this.#order.set(element, this.#order.size);
    for (const item of items) this.#inside.set(item, []);
    // Each control is listed under every item around it (or that it is): a walk up, not a search of every item.
    for (const control of controls) {
      for (let at = control.closest('[data-when]'); at; at = at.parentElement?.closest('[data-when]') ?? null)
        this.#inside.get(at)?.push(control);
    }
  }

  /** The controls named `field`, in document order. */
  named(field: string): readonly Control[] {
    return this.#named.get(field) ?? [];
  }

  /** The controls inside `item`, or `item` itself when it is one. */
  inside(item: Element): readonly Control[] {
    return this.#inside.get(item) ?? [];
  }

  /**
   * The answer of `field` as `item`'s condition sees it: from its controls outside the item that
   * are not switched off. Ask in document order, after applying each earlier item.
   */
  answer(field: string, item: Element): Answer {
    const group = this.named(field);
    const last = group.at(-1);
    if (!last) return NO_ANSWER;
    // A field that comes wholly before the item, as conditions require, cannot be switched off by
    // an item asked about later (those start after it), so its first answer holds for the pass.
    if (this.#before(last, item) && !last.contains(item)) {
      let answer = this.#answers.get(field);
      if (!answer) this.#answers.set(field, (answer = this.#read(field, group)));
      return answer;
    }
    return this.#read(
      field,
      group.filter((control) => !item.contains(control)),
    );
  }

  /**
   * What is wrong with `condition`'s place, if anything: a condition may only look back, at a
   * field of the form that exists, before the item and outside it.
   */
  problem(item: Element, { field }: Condition): string | undefined {
    const named = this.named(field);
    if (named.length === 0) return `names the field "${field}", which is not in the form`;
    // A control that starts before the item is not inside it.
    return named.some((control) => this.#before(control, item)) ? undefined : `names the field "${field}", which does not come before it`;
  }

  /** Whether `control` starts before `item` in the document. */
  #before(control: Element, item: Element): boolean {
    return this.#order.get(control)! < this.#order.get(item)!;
  }

  /** Disabled is read now: an earlier item of this pass may just have switched these controls off. */
  #read(field: string, controls: readonly Control[]): Answer {
    return this.#source.answers(controls.filter((control) => !control.matches(':disabled'))).get(field) ?? NO_ANSWER;
  }
}
