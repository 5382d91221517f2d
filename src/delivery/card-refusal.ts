/**
 * The refusal of a post that carries a card number (see core/sensitive.ts for the rule). It runs
 * only on a send, so it comes with the delivery chunk.
 */
import type { ContextVariable } from '../core/schemas.js';
import { ErrorKind, WebviewError } from '../core/errors.js';
import type { Texts } from '../i18n/messages.js';
import { format } from './plural.js';
import { controlLabel, showError } from './validation.js';
import { groupControls } from './answers.js';
import type { Control } from '../dom/controls.js';
import { containsCardNumber, findCardNumbers, findSplitCardNumbers } from '../core/sensitive.js';

/** Whether a person types the control's value (a text-like box), rather than picks or is sent it. */
const typed = (control: Control) =>
  !/^(radio|checkbox|select-one|select-multiple)$/.test((control as HTMLInputElement).type) &&
  control.getAttribute('autocomplete') !== 'one-time-code';

/**
 * Stops a post that would carry a card number, in one field or split over fields side by side:
 * each field holding one (or a part) is marked with an inline error and the first gets focus, so
 * the person sees where to remove it.
 * @throws WebviewError `sensitive` naming the fields.
 */
export function refuseCardNumbers(
  controls: readonly Control[],
  variables: readonly ContextVariable[],
  exempt: readonly string[],
  messages: Texts,
  message?: string,
): void {
  const groups = groupControls(controls);
  // The fields in document order: a card split over boxes is found only in boxes side by side.
  const fields = [...groups.keys()];
  const values = new Map(variables.map(({ name, value }) => [name, value]));
  // Boxes that share one name are posted as one value, joined with commas: each is a box of its own here.
  const boxes = fields.flatMap((name) => {
    // A choice (a radio, a select, a box to tick) is picked, not typed, and a one-time code is one
    // the service sent: no card is split into them, and they end a run of boxes side by side.
    const value = exempt.includes(name) || !typed(groups.get(name)![0]) ? undefined : values.get(name);
    return (groups.get(name)!.length > 1 && value !== undefined ? value.split(',') : [value]).map((part) => ({ name, part }));
  });
  const split = findSplitCardNumbers(boxes.map(({ part }) => part));
  const parts = new Set(split.flat().map((index) => boxes[index]!.name));
  // The message goes to the chat as the person's words: a card there is posted all the same.
  const inMessage = message !== undefined && containsCardNumber(message) ? ['message'] : [];
  const named = new Set([...parts, ...findCardNumbers(variables, exempt), ...inMessage]);
  // The first field in the form takes focus; a variable a listener added has none.
  const place = (name: string) => (groups.has(name) ? fields.indexOf(name) : fields.length);
  const flagged = [...named].sort((a, b) => place(a) - place(b));
  if (flagged.length === 0) return;
  const labels = flagged.map((name) => {
    const group = groups.get(name);
    if (!group) return name;
    const label = controlLabel(group[0]);
    showError(group, format(messages.cardNumber, { label }, messages.lang));
    return label;
  });
  groups.get(flagged[0])?.[0].focus();
  throw new WebviewError(
    ErrorKind.SENSITIVE,
    `${labels.join(', ')}: this looks like a payment card number, and card numbers must not be sent through this form. Remove it, then send again.`,
    {
      details: flagged.map(
        (name) => `${name}: looks like ${parts.has(name) ? 'part of a payment card number split over fields' : 'a payment card number'}`,
      ),
      code: 'cardRefused',
      values: { labels: labels.join(', ') },
    },
  );
}
