/**
 * Styles for the generated controls in the light DOM, where the shadow root's styles cannot reach.
 * The sheet is adopted, not inlined, so a strict Content-Security-Policy holds. It names only our
 * own classes, so an author's controls keep the page's look. It sits in `@layer webview-form`, so
 * any page rule wins, and light-dark() follows the page's colour scheme rather than the system's.
 * The controls' base rule is in :where(), so the `[aria-invalid]` border wins over it.
 */
import type { CSSResult } from '@lit/reactive-element';
import { css } from './build.js';

/**
 * The class of the Send button an HTML-first page writes (render/fields-html.ts): it looks as the
 * built-in Send (`[part=submit]`, element/styles.ts), whose rules these repeat.
 */
export const SEND_CLASS = 'webview-form-send';

/** The light DOM's sheet; also the look an HTML-first page inlines before the upgrade (pre-upgrade.ts). */
export const lightStyles = css`
  @layer webview-form {
    .webview-form-fields {
      display: grid;
      gap: 1rem;
      margin-block-end: 1rem;
    }
    /* A step's fields, and those behind a condition, are spaced like the rest (hidden ones stay hidden). */
    .webview-form-fields :is(.webview-form-step, [data-when]):not([hidden]) {
      display: grid;
      gap: 1rem;
    }
    .webview-form-field {
      display: grid;
      gap: 0.35rem;
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }
    .webview-form-field > :is(label, legend) {
      padding: 0;
      font-weight: 600;
    }
    .webview-form-optional {
      font-weight: 400;
    }
    .webview-form-hint {
      margin: 0;
      font-size: 0.9em;
    }
    .webview-form-fields :where(input:not([type='checkbox'], [type='radio']), select, textarea) {
      box-sizing: border-box;
      inline-size: 100%;
      padding: 0.5em 0.6em;
      border: 2px solid var(--webview-form-border-color, light-dark(#6b6b6b, #a0a0a0));
      border-radius: var(--webview-form-radius, 0.375em);
      /* In dark, the page's ground rather than the system's grey field, which reads as disabled. */
      background: var(--webview-form-field-background, light-dark(Field, Canvas));
      color: var(--webview-form-field-color, FieldText);
      font: inherit;
    }
    .webview-form-fields :is(input, select, textarea):focus-visible {
      outline: 2px solid var(--webview-form-accent, light-dark(#1f5fbf, #8ab4ff));
      outline-offset: 1px;
    }
    .webview-form-option {
      display: flex;
      align-items: center;
      gap: 0.5em;
    }
    /* 24 px at the least: the WCAG 2.2 target size. */
    .webview-form-option input {
      inline-size: max(24px, 1.25em);
      block-size: max(24px, 1.25em);
      margin: 0;
      accent-color: var(--webview-form-accent, light-dark(#1f5fbf, #8ab4ff));
    }
    .webview-form-send {
      margin-block-start: 0.75em;
      padding: 0.5em 1.25em;
      border: 0;
      border-radius: var(--webview-form-radius, 0.375em);
      background: var(--webview-form-accent, light-dark(#1f5fbf, #2563eb));
      color: var(--webview-form-accent-contrast, #fff);
      font: inherit;
      cursor: pointer;
    }
    @media (max-width: 40rem) {
      .webview-form-send {
        width: 100%;
      }
    }
    .webview-form-send:focus-visible {
      outline: 2px solid var(--webview-form-accent, light-dark(#1f5fbf, #8ab4ff));
      outline-offset: 2px;
    }
  }
`;

/** Adopts the light DOM's sheet into the root `node` is rendered in, once. */
export const adoptLightStyles = (node: Node): void => adoptStyles(node, lightStyles);

/** Adopts `result`'s sheet into the root `node` is in (the node itself for a shadow root), once. */
export function adoptStyles(node: Node, result: CSSResult): void {
  const root = node.getRootNode() as Document | ShadowRoot;
  if (!('adoptedStyleSheets' in root)) return;
  const sheet = result.styleSheet;
  if (!sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
