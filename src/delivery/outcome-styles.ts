import { css } from '../dom/build.js';

/**
 * The chrome's styles for what shows only once a send was tried: progress, success and the error
 * summary. They come with the delivery chunk, so the first render does not carry them.
 */
export const outcomeStyles = css`
  [part='status']:empty {
    display: none;
  }
  [part='status'] {
    margin-block: 0.75em;
    padding: 1em;
    border-radius: var(--webview-form-radius, 0.375em);
    background: var(--webview-form-status-background, light-dark(#eef4ff, #17263f));
    color: var(--webview-form-status-color, light-dark(#1d3b72, #cfe0ff));
  }
  [part='status']:focus,
  [part='error']:focus {
    outline: 0;
  }
  /* The region's own text colour: it contrasts with the page in light and dark alike. */
  [part='status']:focus-visible,
  [part='error']:focus-visible {
    outline: 3px solid currentColor;
    outline-offset: 2px;
  }
  h2,
  ::slotted(:is(h1, h2, h3)) {
    margin: 0 0 0.25em;
    font-size: 1.25em;
  }
  ::slotted(p) {
    margin: 0;
  }
  /* After the thanks: that the window stayed open, and the way back to the chat. */
  slot ~ p {
    margin-block-start: 0.5em;
  }
  /* GOV.UK's confirmation panel: one block, centred, the same room on every side, a check mark
     over the heading drawn by borders (no image, nothing a Content-Security-Policy must allow). */
  :host([state='success']) [part='status'] {
    padding: 1.5em;
    text-align: center;
    background: var(--webview-form-status-background, light-dark(#00703c, #0d3b22));
    color: var(--webview-form-status-color, light-dark(#fff, #e3f5e9));
  }
  :host([state='success']) [part='status']::before {
    content: '';
    display: block;
    inline-size: 0.5em;
    block-size: 1em;
    margin: 0 auto 0.75em;
    border: solid currentColor;
    border-width: 0 0.2em 0.2em 0;
    transform: rotate(45deg);
  }
  :host([state='success']) h2 {
    font-size: 1.5em;
  }
  /* On the panel's colour a link takes the panel's text colour, as GOV.UK's do on a dark band. */
  :host([state='success']) [part='return'] {
    color: inherit;
  }
  /* A post waiting for the line (delivery/outbox.ts): the answers are in it, not in the form, which
     would invite a second send. A calm panel, not an alarm: nothing is lost. */
  :host([state='queued']) [part='form'] {
    display: none;
  }
  :host([state='queued']) [part='status'] {
    padding: 1.25em;
    border-inline-start: 5px solid var(--webview-form-accent, light-dark(#1f5fbf, #8ab4ff));
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1.5em;
    margin-block-start: 1em;
  }
  [part='send-now'],
  [part='discard'] {
    min-block-size: 44px;
    padding: 0.5em 1.25em;
    border: 0;
    border-radius: var(--webview-form-radius, 0.375em);
    font: inherit;
    cursor: pointer;
  }
  [part='send-now'] {
    background: var(--webview-form-accent, light-dark(#1f5fbf, #2563eb));
    color: var(--webview-form-accent-contrast, #fff);
  }
  /* The links' family (element/styles.ts, [part='return']). */
  [part='discard'] {
    padding-inline: 0;
    background: none;
    color: var(--webview-form-accent, light-dark(#1f5fbf, #8ab4ff));
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  :is([part='send-now'], [part='discard']):focus-visible {
    outline: 2px solid var(--webview-form-accent, light-dark(#1f5fbf, #8ab4ff));
    outline-offset: 2px;
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
    /* The bullet stays beside the first line of an item that wraps. */
    vertical-align: top;
    padding: 0;
    border: 0;
    background: none;
    /* The links' family (element/styles.ts, [part='return']): linked, not shouted. */
    color: var(--webview-form-accent, light-dark(#1f5fbf, #8ab4ff));
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  /* keepWords (words.ts): a line never ends inside "e-mail". */
  .webview-form-word {
    white-space: nowrap;
  }
  [part='summary-link']:focus-visible {
    outline: 2px solid currentColor;
    outline-offset: 2px;
  }
  [part='submit'][aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
`;
