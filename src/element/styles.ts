import { css } from 'lit';

/**
 * Styles of the shadow chrome only. The controls live in the light DOM and keep the page's CSS.
 */
export const styles = css`
  :host {
    display: block;
    color: inherit;
    font: inherit;
  }
  [hidden] {
    display: none !important;
  }
  [part='status']:empty,
  [part='error']:empty {
    display: none;
  }
  [part='status'],
  [part='error'],
  [part='notice'] {
    margin-block: 0.75em;
    padding: 0.75em 1em;
    border-radius: var(--webview-form-radius, 0.375em);
  }
  [part='status'] {
    background: var(--webview-form-status-background, #eef4ff);
    color: var(--webview-form-status-color, #1d3b72);
  }
  [part='error'],
  [part='notice'] {
    background: var(--webview-form-error-background, #fdeeee);
    color: var(--webview-form-error-color, #8a1c1c);
  }
  [part='error'] p,
  [part='status'] p,
  [part='notice'] p {
    margin: 0;
  }
  [part='summary'] {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
  [part='summary'] li + li {
    margin-block-start: 0.25em;
  }
  [part='summary-link'] {
    min-block-size: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  [part='summary-link']:focus-visible {
    outline: 2px solid currentColor;
    outline-offset: 2px;
  }
  [part='submit'] {
    margin-block-start: 0.75em;
    padding: 0.5em 1.25em;
    border: 0;
    border-radius: var(--webview-form-radius, 0.375em);
    background: var(--webview-form-accent, #1f5fbf);
    color: var(--webview-form-accent-contrast, #fff);
    font: inherit;
    cursor: pointer;
  }
  [part='submit']:focus-visible {
    outline: 2px solid var(--webview-form-accent, #1f5fbf);
    outline-offset: 2px;
  }
  [part='submit'][aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  @media (prefers-color-scheme: dark) {
    [part='status'] {
      background: var(--webview-form-status-background, #17263f);
      color: var(--webview-form-status-color, #cfe0ff);
    }
    [part='error'],
    [part='notice'] {
      background: var(--webview-form-error-background, #3a1717);
      color: var(--webview-form-error-color, #ffd6d6);
    }
  }
`;
