/**
 * The built-in languages. English needs no fetch: its texts come with the code that shows them
 * (messages.ts, delivery/messages.ts, step-messages.ts). Every other table is a chunk of its own,
 * fetched only on a page in that language, and imports nothing, so no chunk depends on another.
 */
import { dropInChunk, loadOnce, retryChunk } from '../core/load-once.js';
import type { WebviewMessages } from './messages.js';

/** The languages with a table of their own. */
const TAGS = ['ar', 'de', 'es', 'fr', 'he', 'it', 'ja', 'ko', 'nl', 'pl', 'pt-BR', 'tr', 'zh-CN'];

/** The drop-in's build id (see core/load-once.ts); undefined outside the drop-in. */
declare const __WEBVIEW_FORM_BUILD__: string | undefined;

type Table = { default: WebviewMessages };

/**
 * A table's module. The drop-in asks for `webview-form.<tag>.<build>.js` beside itself by URL,
 * which keeps a map of imports out of its first render; elsewhere the bundler resolves the import.
 */
function importTable(tag: string): Promise<Table> {
  // Decided at build time (the define is a constant), so the drop-in carries no map of the tables' imports.
  return typeof __WEBVIEW_FORM_BUILD__ !== 'undefined' ? import(/* @vite-ignore */ dropInChunk(tag)!) : import(`./tables/${tag}.ts`);
}

/** A table's module loader, by its language tag, made when first asked for. */
const TABLES: Record<string, () => Promise<Table>> = {};

/** Every built-in language, English first. */
export const LANGUAGES = ['en', ...TAGS];

/**
 * The built-in language for a BCP 47 tag, by its primary subtag: `fr-CA` is French, `pt` and
 * `pt-PT` Brazilian Portuguese, `zh` and `zh-Hans-SG` Simplified Chinese, `iw` Hebrew. Traditional
 * Chinese (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`) and any language without a table get English.
 */
export function builtInLanguage(tag: string): string {
  const lower = tag.toLowerCase();
  const primary = lower.split('-')[0]!;
  if (primary === 'zh') return /-(hant|tw|hk|mo)\b/.test(lower) ? 'en' : 'zh-CN';
  return primary === 'pt' ? 'pt-BR' : primary === 'iw' ? 'he' : TAGS.includes(primary) ? primary : 'en';
}

/** The element's language: its `lang`, else its closest ancestor's, else the document's. */
export function languageOf(element: Element): string {
  return builtInLanguage(element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang);
}

/** How long a form waits for its language's table before it shows in English: a stalled request must not hide it for good. */
export const LANGUAGE_WAIT = 3000;

/** The built-in table of a language other than English. */
export const loadTable = (language: string): Promise<WebviewMessages> =>
  (TABLES[language] ??= loadOnce(() => importTable(language), retryChunk<Table>(language)))().then((module) => module.default);

/** The same, for a form waiting to show: nothing once `LANGUAGE_WAIT` passed without it. */
export function loadLanguage(language: string): Promise<WebviewMessages | undefined> {
  return Promise.race([loadTable(language), new Promise<undefined>((resolve) => setTimeout(resolve, LANGUAGE_WAIT))]);
}
