// After every story (and its play function): the canvas does not scroll sideways, every
// interactive target is at least 24×24 CSS px (WCAG 2.5.8), and no id is given twice (a label's
// `for` or an aria-labelledby would reach the wrong element; axe did not flag such a pair in the
// form designer). The canvas is narrowed to 320 px for the check, the narrowest phone, whatever
// the frame's width (Vitest's is 1200 px); the demo pages get the same checks at real phone
// widths in test/node/demo-look.
/** The axe rules every story is held to (preview.ts): WCAG 2 A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const INTERACTIVE = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"]';

/** Every interactive element under `scope`, open shadow roots included. */
function interactive(scope: ParentNode): Element[] {
  const found = [...scope.querySelectorAll(INTERACTIVE)];
  for (const element of scope.querySelectorAll('*')) if (element.shadowRoot) found.push(...interactive(element.shadowRoot));
  return found;
}

/** A link inside a run of text is exempt (WCAG 2.5.8's inline exception). */
function isInline(element: Element): boolean {
  if (element.localName !== 'a' || getComputedStyle(element).display !== 'inline') return false;
  return (element.parentElement?.textContent ?? '').trim().length > (element.textContent ?? '').trim().length;
}

/** What is wrong with the look of what `canvas` shows; empty when nothing is. */
export function lookProblems(canvas: HTMLElement): string[] {
  const width = canvas.style.width;
  canvas.style.width = '320px';
  try {
    return problemsAt320(canvas);
  } finally {
    canvas.style.width = width;
  }
}

/** Ids given to more than one element under `scope`: a label, a description or a heading reference would reach the wrong one. */
function duplicateIds(scope: ParentNode): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const { id } of scope.querySelectorAll('[id]')) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

function problemsAt320(canvas: HTMLElement): string[] {
  const problems: string[] = duplicateIds(canvas).map((id) => `the id "${id}" is on more than one element`);
  if (canvas.scrollWidth > canvas.clientWidth)
    problems.push(`the canvas scrolls sideways at 320 px: its content is ${canvas.scrollWidth} px wide`);
  for (const element of interactive(canvas)) {
    const own = element.getBoundingClientRect();
    if (own.width === 0 || own.height === 0 || getComputedStyle(element).visibility === 'hidden' || isInline(element)) continue;
    // A checkbox or radio is activated by its label too: the label is part of its target.
    const boxes = [own, ...[...((element as HTMLInputElement).labels ?? [])].map((label) => label.getBoundingClientRect())].filter(
      (box) => box.width > 0,
    );
    const wide = Math.max(...boxes.map((box) => box.right)) - Math.min(...boxes.map((box) => box.left));
    const high = Math.max(...boxes.map((box) => box.bottom)) - Math.min(...boxes.map((box) => box.top));
    if (wide < 23.5 || high < 23.5)
      problems.push(
        `${element.localName} "${(element.textContent ?? '').trim().slice(0, 40)}" is a ${wide.toFixed(1)}×${high.toFixed(1)} px target`,
      );
  }
  return problems;
}
