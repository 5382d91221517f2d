/** Runs axe-core on an element (or the page) and fails with a readable list of WCAG 2 A/AA violations, or of the rules given. */
import { expect } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';
// A classic script that registers itself on window when imported. Imported with the test file, so
// that parsing it is not counted in the time of whichever test asks first.
import 'axe-core/axe.min.js';

declare global {
  interface Window {
    axe?: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

const WCAG_AA: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
};

/** WCAG 2 A/AA and axe's best practices: landmarks, one main, heading order and the like. */
export const WITH_BEST_PRACTICES: RunOptions = {
  runOnly: { type: 'tag', values: [...(WCAG_AA.runOnly as { values: string[] }).values, 'best-practice'] },
};

export async function expectAccessible(element: Element | Document, state: string, options: RunOptions = WCAG_AA): Promise<void> {
  const results = await window.axe!.run(element as Element, options);
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(violations, `axe violations in the ${state} state`).to.deep.equal([]);
  // A run that checked nothing proves nothing.
  expect(results.passes.length, `axe checked nothing in the ${state} state`).to.be.greaterThan(0);
}
