/**
 * Styles for the error texts validation.ts puts in the light DOM, and for the invalid control's
 * border. Only a check shows an error, and the check comes with the delivery chunk, so these stay
 * out of the first render's sheet (dom/light-styles.ts).
 */
import { css } from '../dom/build.js';

export const errorStyles = css`
  @layer webview-form {
    .webview-form-error {
      display: block;
      margin: 0.25em 0 0.75em;
      font-weight: 600;
      color: var(--webview-form-field-error-color, light-dark(#b00020, #ff9e97));
    }
    .webview-form-field > .webview-form-error {
      margin: 0;
    }
    .webview-form-error[hidden] {
      display: none;
    }
    /* Two classes' weight: over the controls' base rule (dom/light-styles.ts), which weighs one. */
    .webview-form-fields [aria-invalid='true'] {
      border-color: var(--webview-form-field-error-color, light-dark(#b00020, #ff9e97));
    }
  }
`;
