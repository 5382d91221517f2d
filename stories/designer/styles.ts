/**
 * The designer's look: one column on a phone, the design beside its preview on a wide screen,
 * the outputs under both. Plain controls with visible labels and a strong focus ring, as in
 * GOV.UK Frontend; colours follow the page's colour scheme. The designer renders in the light DOM
 * (so the preview's form and its slotted controls are in the document, as on a real page), hence
 * one sheet for the document, scoped to `.wfd` down to the preview's canvas (`@scope … to`): the
 * preview's form looks as it would on a plain page, with none of the designer's rules. Its layout
 * follows its own width (a container query), wherever it is put.
 */
/** A text box's, a text area's and a menu's look: GOV.UK's 2 px border in the text colour, square. */
const CONTROL = `font: inherit; color: inherit; background: Field; width: 100%; min-height: 2.5rem;
  border: 2px solid var(--wfd-text); border-radius: 0; padding: .3rem .5rem; box-sizing: border-box;`;

/** The focus ring of every control: GOV.UK's yellow, with the control's edge doubled inside it. */
const FOCUS = 'outline: 3px solid var(--wfd-focus); outline-offset: 0; box-shadow: inset 0 0 0 2px var(--wfd-text);';

/** Under .wfd, not under its preview's canvas: what @scope below says, written out for the rules @scope misses. */
const OURS = ':not(.wfd-canvas *)';

export const DESIGNER_CSS = `
@scope (.wfd) to (.wfd-canvas) {
  :scope {
    --wfd-text: light-dark(#0b0c0c, #f3f2f1);
    --wfd-muted: light-dark(#505a5f, #b1b4b6);
    --wfd-line: light-dark(#b1b4b6, #6f777b);
    --wfd-panel: light-dark(#f3f2f1, #1d1f20);
    --wfd-link: light-dark(#1d70b8, #8fc3ff);
    --wfd-focus: #ffdd00;
    --wfd-ok: light-dark(#00703c, #5fd39a);
    /* GOV.UK's error red, a shade darker: #d4351c reads at 4.3:1 on the panels' grey, under AA's 4.5:1 (this, 6.1:1). */
    --wfd-error: light-dark(#aa2a16, #ff8a78);
    color: var(--wfd-text);
    font: 1rem/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    width: 100%;
    max-width: 78rem;
    margin: 0 auto;
    /* Storybook shows it full-screen, with no padding of its own: the designer keeps its edges off the window's. */
    box-sizing: border-box;
    padding: 1.5rem clamp(1rem, 3vw, 2rem) 3rem;
    /* Laid out by its own width, not the window's: Storybook's canvas, a docs page, a narrow pane. */
    container-type: inline-size;
    /* A long word (a URL in a hint, a name without spaces) wraps rather than widening the page. */
    overflow-wrap: anywhere;
  }
  :scope * { box-sizing: border-box; }
  h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .5rem; }
  h2 { font-size: 1.5rem; line-height: 1.25; margin: 0 0 1rem; }
  h3 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
  p { margin: 0 0 1rem; max-width: 42rem; }
  .wfd-lede { font-size: 1.15rem; color: var(--wfd-muted); }
  .wfd-jump { margin: 0 0 1.5rem; }
  h2[id] { scroll-margin-top: 1rem; }
  .wfd-columns { display: grid; grid-template-columns: minmax(0, 1fr); gap: 2rem; align-items: start; }
  @container (min-width: 56rem) { .wfd-columns { grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr); } }
  .wfd-preview { position: sticky; top: 1rem; }
  /* The preview's page: the designer's rules stop at .wfd-canvas, inside it. */
  .wfd-frame { background: Canvas; border: 2px solid var(--wfd-line); padding: 1rem; margin-bottom: 1rem; }
  .wfd-panel { background: var(--wfd-panel); border-left: 4px solid var(--wfd-line); padding: 1rem; margin-bottom: 1rem; }
  label, legend { display: block; font-weight: 600; margin-bottom: .25rem; }
  .wfd-hint { display: block; color: var(--wfd-muted); font-weight: 400; margin: -.1rem 0 .35rem; font-size: .95rem; }
  .wfd-group { margin: 0 0 1rem; }
  select { ${CONTROL} }
  /* GOV.UK's checkbox: the input, transparent, over the box its label draws (check-box.ts). */
  .wfd-check { position: relative; min-height: 2rem; margin: 0 0 1rem; padding-inline-start: 2rem; }
  .wfd-check label { display: inline-block; font-weight: 400; margin: 0; padding: .25rem .5rem; cursor: pointer; touch-action: manipulation; }
  .wfd-check label::before {
    content: ''; position: absolute; top: 0; inset-inline-start: 0; width: 2rem; height: 2rem;
    border: 2px solid var(--wfd-text); background: Field;
  }
  .wfd-check label::after {
    content: ''; position: absolute; top: .55rem; inset-inline-start: .4rem; width: 1.1rem; height: .4rem; box-sizing: content-box;
    transform: rotate(-45deg); border: solid var(--wfd-text); border-width: 0 0 4px 4px; border-top-color: transparent; opacity: 0;
  }
  .wfd-check input:checked + label::after { opacity: 1; }
  /* The input is transparent: its box shows the focus, as a text box does (a transparent outline stays for forced colours). */
  .wfd-check input:focus-visible + label::before { border-width: 4px; outline: 3px solid transparent; outline-offset: 1px; box-shadow: 0 0 0 3px var(--wfd-focus); }
  :is(select, button, pre, a):focus-visible { ${FOCUS} }
  a:focus-visible { background: var(--wfd-focus); color: #0b0c0c; box-shadow: none; }
  a { color: var(--wfd-link); }
  fieldset { border: 0; padding: 0; margin: 0; min-width: 0; }
  .wfd-pair { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0 1rem; }
  @container (min-width: 30rem) { .wfd-pair { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
  .wfd-rows { list-style: none; padding: 0; margin: 0 0 1rem; counter-reset: row; }
  .wfd-row { border: 2px solid var(--wfd-line); padding: 1rem; margin-bottom: 1rem; }
  .wfd-row > fieldset > legend { font-size: 1.15rem; margin-bottom: .75rem; }
  .wfd-more { margin: 0 0 1rem; }
  .wfd-more > summary { cursor: pointer; color: var(--wfd-link); text-decoration: underline; min-height: 1.5rem; display: list-item; margin-bottom: .75rem; }
  .wfd-more > summary:focus-visible { outline: 3px solid var(--wfd-focus); background: var(--wfd-focus); color: #0b0c0c; text-decoration: none; }
  .wfd-more[open] { border-left: 4px solid var(--wfd-line); padding-left: .9rem; }
  .wfd-row-tools { display: flex; flex-wrap: wrap; gap: .5rem; margin-top: .5rem; }
  button {
    font: inherit; font-weight: 600; min-height: 2.5rem; padding: .35rem .9rem; cursor: pointer;
    border: 2px solid transparent; border-radius: 0; color: #fff; background: #00703c; box-shadow: 0 2px 0 #002d18;
  }
  /* GOV.UK's grey secondary button; on a dark page, a dark grey one, so that it does not outshine the primary. */
  button.wfd-secondary {
    color: var(--wfd-text); background: light-dark(#f3f2f1, #383b3d); box-shadow: 0 2px 0 light-dark(#929191, #0b0c0c);
  }
  button.wfd-warning { background: #d4351c; box-shadow: 0 2px 0 #55150b; }
  button:hover { filter: brightness(.92); }
  button[aria-disabled='true'] { opacity: .5; cursor: not-allowed; filter: none; }
  /* GOV.UK's warning text: a condition that can never hold (condition-editor.ts). */
  .wfd-warning-text { position: relative; min-height: 1.75rem; padding-inline-start: 2.5rem; font-weight: 600; margin: 0 0 .5rem; }
  .wfd-warning-text::before {
    content: '!' / ''; position: absolute; top: 0; inset-inline-start: 0; width: 1.75rem; height: 1.75rem; border-radius: 50%;
    background: var(--wfd-text); color: light-dark(#fff, #0b0c0c); font-weight: 700; line-height: 1.75rem; text-align: center;
  }
  .wfd-visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important; overflow: hidden !important; clip-path: inset(50%) !important; white-space: nowrap !important; }
  .wfd-outputs { margin-top: 2.5rem; border-top: 2px solid var(--wfd-line); padding-top: 1.5rem; }
  .wfd-output { margin-bottom: 2rem; }
  .wfd-output pre {
    background: var(--wfd-panel); border: 1px solid var(--wfd-line); padding: .75rem; margin: 0 0 .5rem;
    max-height: 20rem; overflow: auto; font: .85rem/1.45 ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; white-space: pre;
  }
  .wfd-output-tools { display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; }
  .wfd-error { color: var(--wfd-error); font-weight: 600; margin: 0 0 .35rem; }
  .wfd-alert { border: 4px solid var(--wfd-error); padding: 1rem; margin-bottom: 1.5rem; }
  .wfd-alert:focus { outline: 3px solid var(--wfd-focus); }
  .wfd-bot { list-style: none; padding: 0; margin: 0 0 1rem; }
  .wfd-bot li { margin-bottom: .5rem; }
  .wfd-bot-says { display: inline-block; white-space: pre-line; background: var(--wfd-panel); border-radius: .75rem .75rem .75rem 0; padding: .4rem .75rem; }
  .wfd-variables { border-collapse: collapse; width: 100%; margin-bottom: 1rem; }
  .wfd-variables caption { text-align: start; color: var(--wfd-muted); padding-bottom: .35rem; }
  .wfd-variables :is(th, td) { text-align: start; border-bottom: 1px solid var(--wfd-line); padding: .35rem .5rem .35rem 0; vertical-align: top; overflow-wrap: anywhere; }
  .wfd-variables code, p code { font-size: .9em; overflow-wrap: anywhere; }
  .wfd-status { min-height: 1.5rem; color: var(--wfd-ok); font-weight: 600; }
}
/* WebKit (2.50) leaves inputs and text areas out of @scope's rules (elements with a shadow tree of
   the browser's own), so their rules are scoped by hand. */
.wfd :is(input:not([type='checkbox']), textarea)${OURS} { ${CONTROL} }
.wfd textarea${OURS} { min-height: 4.5rem; resize: vertical; }
.wfd :is(input, textarea)${OURS}:focus-visible { ${FOCUS} }
.wfd input[aria-invalid='true']${OURS} { border-color: var(--wfd-error); }
.wfd .wfd-check input${OURS} {
  position: absolute; z-index: 1; top: 0; inset-inline-start: 0; width: 2rem; height: 2rem; margin: 0; opacity: 0; cursor: pointer;
}
`;
