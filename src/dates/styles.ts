/**
 * The look of a memorable date, in the light DOM beside the other fields (dom/light-styles.ts):
 * the same layer and custom properties, so a page's rules win and dark mode follows.
 */
import { css } from '../dom/build.js';

export const dateStyles = css`
  @layer webview-form {
    /* GOV.UK's boxes: two characters wide for day and month, four for the year. */
    .webview-form-date {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
    }
    .webview-form-date-part {
      display: grid;
      gap: 0.25rem;
    }
    .webview-form-fields .webview-form-date-part input {
      inline-size: 4.5ch;
      box-sizing: content-box;
    }
    .webview-form-fields .webview-form-date-year input {
      inline-size: 6.5ch;
    }
    /* The control is marked invalid as a whole; only the boxes to fix get the red border. */
    .webview-form-fields .webview-form-date[aria-invalid] {
      box-shadow: none;
    }
  }
`;
