/**
 * Style sheets from CSS text, for the shadow roots and the light DOM. The tag is named `css` so
 * that the build squeezes the text (vite.config.ts); unlike Lit's `css` it takes no values, so
 * the first render carries none of the code that checks them. Its sheet is built on first use.
 */
import { unsafeCSS, type CSSResult } from '@lit/reactive-element';

export const css = ([text]: TemplateStringsArray): CSSResult => unsafeCSS(text);
