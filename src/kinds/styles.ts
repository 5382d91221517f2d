/**
 * The look of the kinds chunk's fields, in the light DOM beside the others (dom/light-styles.ts):
 * the same layer, colours and custom properties, so a page's rules win and dark mode follows.
 */
import { css } from '../dom/build.js';

export const kindStyles = css`
  @layer webview-form {
    .webview-form-hidden-label {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    /* Ratings and scales: radios drawn as stars or numbered boxes; the radio itself stays in the
       page, transparent over its label, so the keyboard, touch and screen readers use it as ever. */
    .webview-form-rating,
    .webview-form-scale {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
    }
    :is(.webview-form-rating, .webview-form-scale) input {
      position: absolute;
      opacity: 0;
      inline-size: 1px;
      block-size: 1px;
      margin: 0;
    }
    :is(.webview-form-rating, .webview-form-scale) label {
      display: grid;
      place-items: center;
      min-inline-size: 2.75rem;
      min-block-size: 2.75rem;
      cursor: pointer;
    }
    .webview-form-rating label {
      font-size: 2rem;
      line-height: 1;
      color: var(--webview-form-border-color, light-dark(#6b6b6b, #a0a0a0));
    }
    .webview-form-rating label > [aria-hidden] {
      font-size: 2rem;
    }
    /* A star is filled up to the one chosen: its own radio, or one after it, is checked. */
    .webview-form-rating input:checked + label,
    .webview-form-rating label:has(~ input:checked) {
      color: var(--webview-form-star-color, light-dark(#b45309, #fbbf24));
    }
    .webview-form-scale {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(2.75rem, 1fr));
    }
    .webview-form-scale label {
      box-sizing: border-box;
      border: 2px solid var(--webview-form-border-color, light-dark(#6b6b6b, #a0a0a0));
      border-radius: var(--webview-form-radius, 0.375em);
      background: var(--webview-form-field-background, light-dark(Field, Canvas));
      font-variant-numeric: tabular-nums;
    }
    .webview-form-scale input:checked + label {
      border-color: var(--webview-form-accent, light-dark(#1f5fbf, #8ab4ff));
      background: var(--webview-form-accent, light-dark(#1f5fbf, #8ab4ff));
      color: light-dark(#fff, #0b1a33);
      font-weight: 600;
    }
    :is(.webview-form-rating, .webview-form-scale) input:focus-visible + label {
      outline: 2px solid var(--webview-form-accent, light-dark(#1f5fbf, #8ab4ff));
      outline-offset: 2px;
      border-radius: var(--webview-form-radius, 0.375em);
    }
    .webview-form-scale-ends {
      display: flex;
      justify-content: space-between;
      gap: 1rem;
      margin: 0;
      font-size: 0.9em;
    }
    /* Room for its digits, as GOV.UK sizes a box to what it holds: a full-width box asks for more. */
    .webview-form-fields .webview-form-otp {
      inline-size: 10em;
      max-inline-size: 100%;
      letter-spacing: 0.2em;
      font-variant-numeric: tabular-nums;
    }
    /* A consent's label with its notice's link under it, both beside the box. */
    .webview-form-consent {
      display: grid;
      gap: 0.25rem;
    }
    .webview-form-option:has(> .webview-form-consent) {
      align-items: start;
    }
    .webview-form-link {
      color: var(--webview-form-accent, light-dark(#1f5fbf, #8ab4ff));
    }
  }
`;
