/**
 * The refusal of a post that carries a card number (see sensitive.ts for the rule). It runs
 * only on a send, so it comes with the submission chunk.
 */
import type { ContextVariable } from '../core/schemas.js';
import { ErrorKind, WebviewError } from '../core/errors.js';
import type { Texts } from '../i18n/messages.js';
import { format } from '../i18n/plural.js';
import { controlLabel, showError } from './validation.js';
import { groupControls } from './control-groups.js';
import type { Control } from './controls.js';
import { findCardNumbers } from '../core/sensitive.js';

/**
 * Stops a post that would carry a card number: each field holding one is marked with an inline
 * error and the first gets focus, so the person sees where to remove it.
 * @throws WebviewError `sensitive` naming the fields.
 */
export function refuseCardNumbers(
  controls: readonly Control[],
  variables: readonly ContextVariable[],
  exempt: readonly string[],
  messages: Texts,
): void {
  const flagged = findCardNumbers(variables, exempt);
  if (flagged.length === 0) return;
  const groups = groupControls(controls);
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
    { details: flagged.map((name) => `${name}: looks like a payment card number`), code: 'cardRefused', values: { labels: labels.join(', ') } },
  );
}
