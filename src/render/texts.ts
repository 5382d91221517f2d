/**
 * The built-in texts of a language, at once: the generator writes a page's HTML in one call, so
 * it takes every table with it rather than fetch one (i18n/languages.ts does that for the element).
 */
import { DEFAULT_MESSAGES } from '../delivery/messages.js';
import { builtInLanguage } from '../i18n/languages.js';
import { resolveMessages, type FormMessages, type Texts, type WebviewMessages } from '../i18n/messages.js';
import ar from '../i18n/tables/ar.js';
import de from '../i18n/tables/de.js';
import es from '../i18n/tables/es.js';
import fr from '../i18n/tables/fr.js';
import he from '../i18n/tables/he.js';
import it from '../i18n/tables/it.js';
import ja from '../i18n/tables/ja.js';
import ko from '../i18n/tables/ko.js';
import nl from '../i18n/tables/nl.js';
import pl from '../i18n/tables/pl.js';
import ptBR from '../i18n/tables/pt-BR.js';
import tr from '../i18n/tables/tr.js';
import zhCN from '../i18n/tables/zh-CN.js';

/** Every built-in table but English, by its tag (i18n/languages.ts's `LANGUAGES`; a node test checks the two agree). */
export const TABLES: Record<string, WebviewMessages> = { ar, de, es, fr, he, it, ja, ko, nl, pl, 'pt-BR': ptBR, tr, 'zh-CN': zhCN };

/** The texts the element shows for a page in `lang` (a BCP 47 tag), as it picks them: by the built-in language. */
export function textsOf(lang: string): Texts {
  const language = builtInLanguage(lang);
  return resolveMessages<FormMessages>(undefined, TABLES[language] ?? DEFAULT_MESSAGES, TABLES[language] ? language : 'en');
}
