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
    /* Ratings and scales: radios drawn as stars or numbered boxes. Each radio stays in the page,
       transparent over its own label, so the keyboard, touch and screen readers use it as ever. */
    .webview-form-choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      margin-block-start: 0.25rem;
    }
    .webview-form-choice {
      position: relative;
      display: grid;
    }
    .webview-form-choice input {
      position: absolute;
      inset: 0;
      inline-size: 100%;
      block-size: 100%;
      margin: 0;
      opacity: 0;
      cursor: pointer;
    }
    .webview-form-choice label {
      display: grid;
      place-items: center;
      justify-content: center;
      min-inline-size: 2.75rem;
      min-block-size: 2.75rem;
    }
    /* An empty star is an outline (grey reads as disabled); stars fill up to the one chosen (its
       radio, or one after it, is checked), and up to the one under the pointer. */
    .webview-form-rating label > [aria-hidden] {
      font-size: 2rem;
      line-height: 1;
      color: transparent;
      -webkit-text-stroke: 2px var(--webview-form-border-color, light-dark(#6b6b6b, #a0a0a0));
    }
    .webview-form-rating .webview-form-choice:is(:has(input:checked), :has(~ .webview-form-choice input:checked)) [aria-hidden],
    .webview-form-rating:hover .webview-form-choice:is(:hover, :has(~ .webview-form-choice:hover)) [aria-hidden] {
      color: var(--webview-form-star-color, light-dark(#b45309, #fbbf24));
      -webkit-text-stroke-color: var(--webview-form-star-color, light-dark(#b45309, #fbbf24));
    }
    /* A scale's row is as wide as its boxes; narrower, it wraps into two even rows. */
    .webview-form-field[data-type='scale'] {
      container-type: inline-size;
    }
    .webview-form-scale,
    .webview-form-scale-ends {
      max-inline-size: calc(var(--webview-form-scale-count, 11) * 3rem);
    }
    .webview-form-scale {
      display: grid;
      grid-template-columns: repeat(var(--webview-form-scale-count, 11), minmax(0, 1fr));
    }
    @container (inline-size < 33rem) {
      .webview-form-scale {
        grid-template-columns: repeat(var(--webview-form-scale-row, 6), minmax(2rem, 1fr));
      }
    }
    /* In the grid a box is as wide as its column: on the narrowest phones a little under 44 px,
       still well over WCAG 2.2's 24 px target. */
    .webview-form-scale label {
      min-inline-size: 0;
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
    .webview-form-choice input:focus-visible + label {
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
    .webview-form-option:has(> .webview-form-consent) > input {
      flex-shrink: 0;
    }
    .webview-form-link {
      color: var(--webview-form-accent, light-dark(#1f5fbf, #8ab4ff));
    }
  }
`;
