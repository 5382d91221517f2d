/**
 * `<wfd-form-designer>`: Storybook's form designer. A bot builder designs the form; beside it, the
 * real `<webview-form>` posts to the in-browser mock, which runs the design's exported bot (the one
 * "Download the bot" saves); under both, the page, the `fields` JSON, the Conversation Builder code and a
 * curl line, written by the generators of src/designer/. The design lives in the query
 * (`?design=…`, in Storybook's own address too), so a reload keeps it and a link shares it.
 *
 * It renders in the light DOM: the preview is then in the document as on a real page, and tests
 * and axe see one tree.
 */
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import '../../src/index.js';
import { WEBVIEW_PATH } from '../../src/core/protocol.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { fieldLabel, type FieldDeclaration, type FieldType } from '../../src/fields/declarations.js';
import type { WebviewForm } from '../../src/element/webview-form.js';
import { postedMessage, postedReturnUrl, postsTo, STARTER_DESIGN, variableNames, type Design } from '../../src/designer/design.js';
import { declarationOf, optionsOf, patchField, renamed, retype, rowsOf, withoutConditionsOn } from '../../src/designer/rows.js';
import { decodeDesign, DESIGN_PARAM, encodeDesign } from '../../src/designer/link.js';
import { withTexts } from '../../src/designer/type-settings.js';
import { PreviewBot, rehearsalReason } from '../../src/designer/preview-bot.js';
import { botDownloadSection, downloadBot } from './bot-download.js';
import { outputsFor } from './design-outputs.js';
import { fieldRow, type KeyedRow, type RowActions } from './field-row.js';
import { copyText, outputsSection, type Output } from './outputs.js';
import { previewPanel } from './preview.js';
import { settingsPanel } from './settings.js';
import { DESIGNER_CSS } from './styles.js';

const sheet = new CSSStyleSheet();
sheet.replaceSync(DESIGNER_CSS);

/** The windows whose address holds the design: this one, and Storybook's around it when there is one. */
function addressed(): Window[] {
  const windows: Window[] = [window];
  try {
    // Storybook passes its own address's unknown parameters on to the story's frame at load.
    if (window.top && window.top !== window && window.top.location.origin === location.origin) windows.push(window.top);
  } catch {
    // Another origin's frame: only this window's address.
  }
  return windows;
}

export class FormDesigner extends LitElement {
  static override properties = {
    rows: { state: true },
    settings: { state: true },
    status: { state: true },
    linkError: { state: true },
    outputs: { state: true },
    run: { state: true },
  };

  /** The fields being designed, in order. */
  rows: KeyedRow[] = [];
  /** The rest of the design. */
  settings: Omit<Design, 'fields'> = {};
  /** What the last copy did, for the live region. */
  status = '';
  /** Why the link's design could not be read. */
  linkError = '';
  outputs: Output[] = [];
  /** Bumped by "Start again": a new preview, a new conversation. */
  run = 0;

  #nextKey = 0;
  #design: Design = STARTER_DESIGN;
  // The bot a person downloads, made from the design as it is when the preview posts.
  readonly #previewBot = new PreviewBot(() => this.#design);
  /** What the preview sent, each request as it left the form (a clone). */
  readonly sent: Request[] = [];
  ids = this.#freshIds();
  #unsubscribe?: () => void;

  protected override createRenderRoot() {
    if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    const value = new URLSearchParams(location.search).get(DESIGN_PARAM);
    let design = STARTER_DESIGN;
    if (value) {
      try {
        design = decodeDesign(value);
      } catch (error) {
        this.linkError = `${(error as Error).message} The designer starts from its sample form instead.`;
      }
    }
    this.load(design);
    this.#unsubscribe = this.#previewBot.subscribe((id) => id === this.ids.conversationId && this.requestUpdate());
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#unsubscribe?.();
  }

  /** Replaces the design being edited with `design`. */
  load(design: Design) {
    const { fields, ...settings } = design;
    this.rows = rowsOf(fields).map((row) => ({ ...row, key: this.#nextKey++ }));
    this.settings = settings;
  }

  /** The simulated bot behind the preview: the one that answered its last post. */
  get bot() {
    return this.#previewBot.bot;
  }

  /** The design as it stands. */
  get design(): Design {
    return this.#design;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (!changed.has('rows') && !changed.has('settings')) return;
    this.#design = { fields: declarationOf(this.rows), ...this.settings };
    const value = encodeDesign(this.#design);
    for (const target of addressed()) {
      const url = new URL(target.location.href);
      url.searchParams.set(DESIGN_PARAM, value);
      target.history.replaceState(target.history.state, '', url);
    }
    this.#refreshOutputs();
  }

  /** Writes the outputs for the design and the preview's IDs as they are; a later call's win (signing is async). */
  #refreshOutputs() {
    const design = this.#design;
    const ids = this.ids;
    void outputsFor(design, ids).then((outputs) => {
      if (design === this.#design && ids === this.ids) this.outputs = outputs;
    });
  }

  #freshIds() {
    return { botId: this.bot.botId, conversationId: crypto.randomUUID(), userId: crypto.randomUUID() };
  }

  /** The preview's transport: the in-browser mock, at the path it answers, whatever the design's endpoint. */
  readonly #fetch = (request: Request): Promise<Response> => {
    this.sent.push(request.clone());
    return this.#previewBot.handle(new Request(new URL(WEBVIEW_PATH, 'https://mock.invalid'), request));
  };

  readonly #rowActions: RowActions = {
    change: (key, patch) => {
      const before = this.rows.find((row) => row.key === key)!.field.name;
      this.#editRow(key, (row) => ({ ...row, field: patchField(row.field, patch) }));
      // The conditions that named the field follow its new name.
      if (patch.name !== undefined && patch.name !== before && !this.rows.some((row) => row.field.name === before))
        this.rows = renamed(this.rows, before, patch.name);
    },
    retype: (key, type: FieldType) =>
      this.#editRow(key, (row) => ({ ...row, optionsText: undefined, pending: undefined, field: retype(row.field, type) })),
    // The field takes the boxes' texts once the form would take them all; until then they wait in their boxes.
    setting: (key, setting, text) =>
      this.#editRow(key, (row) => {
        const pending = { ...row.pending, [setting]: text };
        const { field } = withTexts(row.field, pending);
        return field ? { ...row, field, pending: undefined } : { ...row, pending };
      }),
    options: (key, text) =>
      this.#editRow(key, (row) => ({
        ...row,
        optionsText: text,
        field: patchField(row.field, { options: optionsOf(text) } as Partial<FieldDeclaration>),
      })),
    more: (key, open) => this.#editRow(key, (row) => ({ ...row, more: open })),
    restep: (key, step) => this.#editRow(key, (row) => ({ ...row, step })),
    move: (key, by) => {
      const from = this.rows.findIndex((row) => row.key === key);
      const to = from + by;
      if (to < 0 || to >= this.rows.length) return;
      const rows = [...this.rows];
      [rows[from], rows[to]] = [rows[to]!, rows[from]!];
      this.rows = rows;
      this.#announce(`${this.#name(rows[to]!)} moved to place ${to + 1} of ${rows.length}.`);
      // Moving a node takes the focus from it: give it back to the same button (at an end, it says
      // it is unavailable, rather than passing the focus to its partner, which Enter would then press).
      void this.updateComplete.then(() => this.#focus(`[data-key="${key}"] [data-move="${by}"]`));
    },
    remove: (key) => {
      const index = this.rows.findIndex((row) => row.key === key);
      const removed = this.rows[index]!;
      const rows = this.rows.filter((row) => row.key !== key);
      this.rows = withoutConditionsOn(rows, removed.field.name);
      const freed = this.rows.filter((row, at) => row.field.when !== rows[at]!.field.when).length;
      this.#announce(
        `${this.#name(removed)} removed.${freed ? ` ${freed === 1 ? 'A field shown only when it was answered is' : `${freed} fields shown only when it was answered are`} now always shown.` : ''}`,
      );
      const next = this.rows[index] ?? this.rows[index - 1];
      void this.updateComplete.then(() => this.#focus(next ? `#wfd-${next.key}-name` : '#wfd-add'));
    },
  };

  #editRow(key: number, edit: (row: KeyedRow) => KeyedRow) {
    this.rows = this.rows.map((row) => (row.key === key ? edit(row) : row));
  }

  #name = (row: KeyedRow) => fieldLabel(row.field) || 'The field';

  #add() {
    const taken = new Set(this.rows.map((row) => row.field.name));
    let number = this.rows.length + 1;
    while (taken.has(`field${number}`)) number++;
    const key = this.#nextKey++;
    this.rows = [...this.rows, { key, step: this.rows.at(-1)?.step ?? '', field: { name: `field${number}` } }];
    this.#announce(`Field ${this.rows.length} added.`);
    void this.updateComplete.then(() => this.#focus(`#wfd-${key}-name`));
  }

  #focus(selector: string) {
    this.querySelector<HTMLElement>(selector)?.focus();
  }

  #announce(text: string) {
    this.status = text;
  }

  async #copy(output: Output) {
    this.#announce(
      (await copyText(output.text))
        ? `${output.title}: copied.`
        : `${output.title}: the browser refused to copy. Select the text and copy it yourself.`,
    );
  }

  #downloadBot() {
    try {
      this.#announce(`The bot: saved as ${downloadBot(this.#design)}.`);
    } catch (error) {
      this.#announce(`The bot: no file. ${(error as Error).message}`);
    }
  }

  #restart() {
    this.ids = this.#freshIds();
    this.sent.length = 0;
    this.run++;
    this.#refreshOutputs();
    // The button goes with what it restarted: the focus goes to the preview's heading, above the new form.
    void this.updateComplete.then(() => this.#focus('#wfd-preview-title'));
  }

  #wire = ref((element) => {
    if (element) Object.assign(element as WebviewForm, this.ids, { fetch: this.#fetch });
  });

  protected override render() {
    const rows = this.rows;
    const fields = rows.map((row) => row.field);
    // A page of its own (Storybook shows it full-screen): its content is the page's main landmark.
    return html`<main class="wfd">
      <h1>Form designer</h1>
      <p class="wfd-lede">
        Design the form your bot sends. Try it in the preview against a simulated bot, then copy the page and the Conversation Builder code,
        or download the whole bot.
      </p>
      <nav aria-label="On this page" class="wfd-jump">
        Go to <a href="#wfd-preview-title">the preview</a> or <a href="#wfd-outputs-title">what to copy</a>.
      </nav>
      ${this.linkError ? html`<div class="wfd-alert" role="alert">${this.linkError}</div>` : nothing}
      <div class="wfd-columns">
        <section aria-labelledby="wfd-design-title">
          <h2 id="wfd-design-title">Your form</h2>
          <h3 id="wfd-rows-title">Fields</h3>
          <ol class="wfd-rows" aria-labelledby="wfd-rows-title">
            ${repeat(
              rows,
              (row) => row.key,
              (row, index) => fieldRow(row, index, fields, this.#rowActions),
            )}
          </ol>
          <p><button type="button" id="wfd-add" @click=${() => this.#add()}>Add a field</button></p>
          ${settingsPanel(this.#design, LANGUAGES, (patch) => (this.settings = { ...this.settings, ...patch }))}
        </section>
        ${previewPanel({
          design: this.#design,
          preview: keyed(this.run, this.#previewForm()),
          conversation: this.bot.conversation(this.ids.conversationId),
          variables: variableNames(this.#design),
          rehearsal: rehearsalReason(this.#design),
          restart: () => this.#restart(),
        })}
      </div>
      ${outputsSection(
        this.outputs,
        (output) => void this.#copy(output),
        botDownloadSection(this.#design, () => this.#downloadBot()),
      )}
      <p class="wfd-status" role="status">${this.status}</p>
    </main>`;
  }

  #previewForm() {
    const { autoSubmit, urlVariables, lang } = this.#design;
    // What the page would post, not what the box holds: they differ while the message has a problem.
    const message = postedMessage(this.#design);
    const { endpoint, region } = postsTo(this.#design);
    return html`<div lang=${lang || nothing}>
      <webview-form
        ${this.#wire}
        .fields=${this.#design.fields}
        endpoint=${endpoint ?? nothing}
        region=${region ?? nothing}
        message=${message || nothing}
        ?auto-submit=${autoSubmit}
        url-variables=${urlVariables?.join(',') || nothing}
        return-url=${postedReturnUrl(this.#design) ?? nothing}
      ></webview-form>
    </div>`;
  }
}

customElements.define('wfd-form-designer', FormDesigner);

declare global {
  interface HTMLElementTagNameMap {
    'wfd-form-designer': FormDesigner;
  }
}
