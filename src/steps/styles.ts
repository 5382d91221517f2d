import { css } from '../dom/build.js';

/**
 * The step chrome's styles, adopted into the shadow root when the steps code loads: Back as a
 * quiet link-like button above the heading, the progress as a caption over the title,
 * and the review page's summary list. Next is styled with Send, by the first render's styles.
 */
export const stepStyles = css`
  [part='step'] {
    margin: 0 0 0.75em;
    font-size: 1.375em;
    line-height: 1.25;
  }
  [part='step']:focus {
    outline: 0;
  }
  [part='progress'] {
    display: block;
    margin-block-end: 0.25em;
    font-size: 0.7em;
    font-weight: normal;
    opacity: 0.8;
  }
  [part='back'],
  [part='change'] {
    padding: 0.25em 0;
    border: 0;
    background: none;
    /* The links' family (element/styles.ts, [part='return']). */
    color: var(--webview-form-accent, light-dark(#1f5fbf, #8ab4ff));
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  [part='back'] {
    margin-block-end: 0.75em;
  }
  [part='back']::before {
    content: '‹ ';
  }
  :is([part='back'], [part='change']):focus-visible {
    outline: 2px solid var(--webview-form-accent, light-dark(#1f5fbf, #8ab4ff));
    outline-offset: 2px;
  }
  h3 {
    margin: 1em 0 0.25em;
    font-size: 1.125em;
  }
  [part='review'] {
    margin: 0 0 1em;
  }
  [part='review'] > div {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto;
    align-items: baseline;
    gap: 0.25em 1em;
    padding-block: 0.5em;
    border-block-end: 1px solid var(--webview-form-border-color, #8a8f98);
  }
  [part='review'] dt {
    font-weight: 600;
  }
  [part='review'] dd {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  @media (max-width: 30em) {
    [part='review'] > div {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    [part='review'] dt {
      grid-column: 1 / -1;
    }
  }
  .hidden-label {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
