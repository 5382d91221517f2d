// Colours as getComputedStyle gives them, and WCAG's contrast ratio between two of them.

/** [r, g, b, alpha] of a computed colour: `rgb()`, `rgba()` or `color(srgb …)`. */
export function rgba(colour: string): [number, number, number, number] {
  const numbers = colour.match(/[\d.]+/g)!.map(Number);
  const srgb = colour.startsWith('color(srgb');
  const [r, g, b] = numbers.slice(0, 3).map((value) => (srgb ? value * 255 : value)) as [number, number, number];
  return [r, g, b, numbers[3] ?? 1];
}

/** WCAG 2's relative luminance of an opaque colour. */
export function relativeLuminance(colour: string): number {
  const [r, g, b] = rgba(colour)
    .slice(0, 3)
    .map((value) => {
      const channel = value / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2's contrast ratio, from 1 to 21. */
export function contrast(one: string, other: string): number {
  const [light, dark] = [relativeLuminance(one), relativeLuminance(other)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The colour of the ground an element is drawn on: its own background, else the nearest opaque one around it. */
export function groundOf(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null) {
    const background = getComputedStyle(node).backgroundColor;
    if (rgba(background)[3] > 0) return background;
  }
  return 'rgb(255, 255, 255)';
}
