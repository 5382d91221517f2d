/**
 * A line may end after any hyphen, so "e-mail" or "E-Mail-Adresse" would split across two lines of
 * an error on a phone. Each hyphenated word becomes one unbreakable run; the text reads the same.
 */
import { h } from '../dom/build.js';

const WORD_CLASS = 'webview-form-word';

// Letters or digits joined by hyphens (ASCII or U+2010): "e-mail", "E-Mail-Adresse", "COVID-19".
const HYPHENATED = /[\p{L}\p{N}]+(?:[-\u2010][\p{L}\p{N}]+)+/gu;
// Longer than this, a run is left to wrap: kept whole, it could be wider than a 320 px phone.
const LONGEST = 24;

/** `text` as text and a span around each hyphenated word, for an element's children. */
export function keepWords(text: string): Array<string | HTMLElement> {
  const parts: Array<string | HTMLElement> = [];
  let end = 0;
  for (const match of text.matchAll(HYPHENATED)) {
    if (match[0].length > LONGEST) continue;
    parts.push(text.slice(end, match.index), h('span', { class: WORD_CLASS }, match[0]));
    end = match.index + match[0].length;
  }
  parts.push(text.slice(end));
  return parts.filter((part) => part !== '');
}
