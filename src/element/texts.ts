/**
 * The texts of a form: its language (its `lang`, else the closest ancestor's, else the document's),
 * that language's table when it is not English, and the `messages` property over it. A form not
 * shown yet waits for its table rather than show English first (the layout would move); a form
 * already shown keeps its texts until the table arrives, since hiding it would take the focus and
 * the keystrokes of a person typing. A table that cannot load, or does not come within
 * `LANGUAGE_WAIT`, leaves the form in English.
 *
 * This load is written by hand rather than as a `Task` (as the delivery's loads are): it is the
 * only one in the first render, and @lit/task would add half a kilobyte to that.
 */
import type { ReactiveController, ReactiveElement } from '@lit/reactive-element';
import { FIRST_MESSAGES, resolveMessages, type FormMessages, type Texts as Resolved, type WebviewMessages } from '../i18n/messages.js';
import { languageOf, loadLanguage } from '../i18n/languages.js';

type Host = ReactiveElement & { messages?: WebviewMessages | Partial<WebviewMessages> };

export class Texts implements ReactiveController {
  /** The texts in force: the language's table (or English), then the `messages` property. */
  declare messages: Resolved;
  /**
   * The form has been shown: from then on a language change swaps the texts in place. Content the
   * page wrote with its own Send is shown from the start (webview-form.ts): the chrome has no text
   * on screen to swap, and on an HTML-first page that content was painted before the upgrade.
   */
  shown?: boolean;
  /** The language's table is on its way; `updateComplete` waits for it. */
  loading?: Promise<void>;
  /** The English texts: the first render's, then all of them once the delivery brought the rest. */
  #english: Partial<FormMessages> = FIRST_MESSAGES;
  /** The built-in language asked for (see i18n/languages.ts). */
  #language?: string;
  /** The table of texts in force, with its language; none for English. */
  #table?: { language: string; messages: WebviewMessages };
  /** The `messages` property the texts were resolved with. */
  #overrides?: unknown;
  readonly #host: Host;
  readonly #observer = new MutationObserver(() => this.#host.requestUpdate());

  constructor(host: Host) {
    this.#host = host;
    // English until the first update looks at the language (hostUpdate).
    this.#resolve();
    host.addController(this);
  }

  hostConnected() {
    // A page switches language by a `lang` anywhere above (an app's <html lang>): the texts follow.
    const host = this.#host;
    for (const root of new Set([host.getRootNode(), document])) this.#observer.observe(root, { subtree: true, attributeFilter: ['lang'] });
  }

  hostDisconnected() {
    this.#observer.disconnect();
  }

  /** Before each update: the language or the `messages` property may have changed. */
  hostUpdate() {
    const language = languageOf(this.#host);
    if (language !== this.#language) this.#load(language);
    else if (this.#host.messages !== this.#overrides) this.#resolve();
  }

  /** The language's table is on its way and the form was not shown yet: it stays hidden meanwhile. */
  get pending(): boolean {
    return !!this.loading && !this.shown;
  }

  /** The language's table and the `messages` property: what goes over the English texts of the steps. */
  overrides(): unknown {
    return { ...this.#table?.messages, ...this.#host.messages };
  }

  /** Takes every English text, which the delivery brought: the first render's, and what shows after a send was tried. */
  addEnglish(all: FormMessages): void {
    this.#english = all;
    this.#resolve();
  }

  #resolve(): void {
    const table = this.#table;
    this.#overrides = this.#host.messages;
    this.messages = resolveMessages(this.#overrides, (table?.messages ?? this.#english) as FormMessages, table?.language ?? 'en');
  }

  #load(language: string): void {
    this.#language = language;
    this.loading = undefined;
    if (language === 'en' || !this.shown) {
      this.#table = undefined;
      this.#resolve();
    }
    if (language === 'en') return;
    // Settles what the latest language asked for; an earlier one still on its way is dropped.
    const settle = (messages?: WebviewMessages) => {
      if (this.loading !== loading) return;
      this.#table = messages && { language, messages };
      this.loading = undefined;
      this.#resolve();
      this.#host.requestUpdate();
      if (!messages) console.warn(`<webview-form>: the ${language} texts could not be loaded, so the form is in English.`);
    };
    const loading = (this.loading = loadLanguage(language).then(settle, () => settle()));
  }
}
