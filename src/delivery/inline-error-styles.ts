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
    /* keepWords (words.ts): a line never ends inside "e-mail". */
    .webview-form-word {
      white-space: nowrap;
    }
    /* GOV.UK's mark of a field to fix: a bar beside its whole group (label, hint, message, control),
       which a person scanning a long form finds without reading. */
    .webview-form-field:has(> .webview-form-error:not([hidden])) {
      border-inline-start: 5px solid var(--webview-form-field-error-color, light-dark(#b00020, #ff9e97));
      padding-inline-start: 0.75rem;
    }
    /* Two classes' weight: over the controls' base rule (dom/light-styles.ts), which weighs one.
       The inset shadow thickens the 2 px border without moving the text inside. */
    .webview-form-fields [aria-invalid='true'] {
      border-color: var(--webview-form-field-error-color, light-dark(#b00020, #ff9e97));
      box-shadow: inset 0 0 0 1px var(--webview-form-field-error-color, light-dark(#b00020, #ff9e97));
    }
  }
`;
