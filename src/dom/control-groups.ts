/**
 * Controls grouped by name: how validation, the answers, the card check and the values see a
 * radio group (one answer). A module of its own because only the delivery chunk needs it: a
 * function of controls.ts, which the first render imports, would be carried by the first render.
 */
import { controlName, type Control } from './controls.js';

/** Returns the controls grouped by name, in the order names first appear (a radio group is one group). */
export function groupControls(controls: readonly Control[]): Map<string, Control[]> {
  const groups = new Map<string, Control[]>();
  for (const control of controls) {
    const name = controlName(control);
    groups.set(name, [...(groups.get(name) ?? []), control]);
  }
  return groups;
}
