/**
 * The built-in languages. English needs no fetch of its own: what the first render shows is in
 * the first-render file (messages.ts), the rest comes with the delivery (late-messages.ts) and the
 * steps code (step-messages.ts). Every other table is whole, and a chunk of its own, fetched only
 * on a page in that language. The tables import nothing, so no chunk depends on another.
 */
import { loadOnce, retryChunk } from '../core/load-once.js';
import type { WebviewMessages } from './messages.js';

type Table = () => Promise<{ default: WebviewMessages }>;

/** A table's loader, by its language tag; asked for again after a failure, like the other chunks. */
function chunk(tag: string, load: Table): () => Promise<WebviewMessages> {
  const retry = retryChunk<{ default: WebviewMessages }>(`webview-form.${tag}.js`);
  return loadOnce(() => load().then((module) => module.default), retry && ((failures) => retry(failures).then((module) => module.default)));
}

const TABLES: Record<string, () => Promise<WebviewMessages>> = {
  ar: chunk('ar', () => import('./tables/ar.js')),
  de: chunk('de', () => import('./tables/de.js')),
  es: chunk('es', () => import('./tables/es.js')),
  fr: chunk('fr', () => import('./tables/fr.js')),
  he: chunk('he', () => import('./tables/he.js')),
  it: chunk('it', () => import('./tables/it.js')),
  ja: chunk('ja', () => import('./tables/ja.js')),
  ko: chunk('ko', () => import('./tables/ko.js')),
  nl: chunk('nl', () => import('./tables/nl.js')),
  pl: chunk('pl', () => import('./tables/pl.js')),
  'pt-BR': chunk('pt-BR', () => import('./tables/pt-BR.js')),
  tr: chunk('tr', () => import('./tables/tr.js')),
  'zh-CN': chunk('zh-CN', () => import('./tables/zh-CN.js')),
};

/** Every built-in language, English first. */
export const LANGUAGES = ['en', ...Object.keys(TABLES)];

/**
 * The built-in language for a BCP 47 tag, by its primary subtag: `fr-CA` is French, `pt` and
 * `pt-PT` Brazilian Portuguese, `zh` and `zh-Hans-SG` Simplified Chinese, `iw` Hebrew. Traditional
 * Chinese (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`) and any language without a table get English.
 */
export function builtInLanguage(tag: string): string {
  const lower = tag.toLowerCase();
  const primary = lower === 'iw' || lower.startsWith('iw-') ? 'he' : lower.split('-')[0]!;
  if (primary === 'zh') return /-(hant|tw|hk|mo)\b/.test(lower) ? 'en' : 'zh-CN';
  return primary === 'pt' ? 'pt-BR' : primary in TABLES ? primary : 'en';
}

/** The element's language: its `lang`, else its closest ancestor's, else the document's. */
export function languageOf(element: Element): string {
  return builtInLanguage(element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang);
}

/** How long a form waits for its language's table before it shows in English: a stalled request must not hide it for good. */
export const LANGUAGE_WAIT = 3000;

/** The built-in table of a language other than English; with `within`, a rejection once that many milliseconds passed without it. */
export function loadLanguage(language: string, within?: number): Promise<WebviewMessages> {
  const table = TABLES[language]!();
  if (within === undefined) return table;
  const deadline = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${within} ms`)), within));
  return Promise.race([table, deadline]);
}
