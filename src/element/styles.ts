import { css } from '../dom/build.js';

/**
 * Styles of the shadow chrome only. The controls live in the light DOM and keep the page's CSS.
 * What shows only once a send was tried (progress, success, the error summary) is styled by
 * delivery/outcome-styles.ts, which comes with the delivery chunk: the first render does not carry it.
 *
 * Dark variants use light-dark(), as the light-DOM controls do (dom/light-styles.ts): the whole form
 * follows the page's `color-scheme`, which the host inherits, rather than the system's setting, so
 * a light page on a dark system does not get a dark error box beside light fields.
 */
export const styles = css`
  /* No colour or font here: the host inherits the page's, as any element does. */
  :host {
    display: block;
    /* Inherited by the chrome and the slotted fields: a long word (a URL in a hint) wraps rather than widening a phone's page. */
    overflow-wrap: anywhere;
  }
  [hidden] {
    display: none !important;
  }
  /* Where the steps code draws (element/regions.ts): no box of its own. */
  .steps {
    display: contents;
  }
  /* The status region is styled by delivery/outcome-styles.ts: it shows something only once the delivery came. */
  [part='error']:empty {
    display: none;
  }
  /* GOV.UK's error summary: a thick red frame on the page's own ground, not a tinted box. */
  [part='error'] {
    margin-block: 0.75em;
    padding: 1em;
    border-radius: var(--webview-form-radius, 0.375em);
    border: 4px solid var(--webview-form-field-error-color, light-dark(#b00020, #ff9e97));
    /* Unset, a custom property leaves the page's ground and text colour (no fallback needed). */
    background: var(--webview-form-error-background);
    color: var(--webview-form-error-color);
  }
  p {
    margin: 0;
  }
  /* One family for every link and link-like button (Back, Change, the summary's, this): the
     accent's colour, underlined clear of Arabic's dots and the descenders. */
  [part='return'] {
    display: inline-block;
    margin-block-start: 0.5em;
    color: var(--webview-form-accent, light-dark(#1f5fbf, #8ab4ff));
    text-underline-offset: 0.2em;
  }
  [part='submit'],
  [part='next'] {
    margin-block-start: 0.75em;
    padding: 0.5em 1.25em;
    border: 0;
    border-radius: var(--webview-form-radius, 0.375em);
    /* In dark, a brighter blue: the light scheme's sinks into a dark page (under 3:1); white text
       on both, so a page that sets only the accent keeps readable text. */
    background: var(--webview-form-accent, light-dark(#1f5fbf, #2563eb));
    color: var(--webview-form-accent-contrast, #fff);
    font: inherit;
    cursor: pointer;
  }
  /* On a phone the primary action spans the form, within the thumb's reach whichever hand holds it. */
  @media (max-width: 40rem) {
    [part='submit'],
    [part='next'] {
      width: 100%;
    }
  }
  :is([part='submit'], [part='next']):focus-visible {
    outline: 2px solid var(--webview-form-accent, light-dark(#1f5fbf, #8ab4ff));
    outline-offset: 2px;
  }
`;
