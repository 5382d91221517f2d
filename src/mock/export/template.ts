/**
 * Conversation Builder's placeholders in an interaction's text or a button's link:
 * `{$botContext.name}` is the bot variable `name`, `{$userMessage}` what the consumer last said.
 * Other kinds (API results `{$.api_…}`, `{$location…}`, environment variables) are not simulated:
 * they are listed when the export loads and left in the text as written.
 */

const PLACEHOLDER = /\{\$([^{}\s]{1,200})\}/g;

/** The placeholders the mock fills. */
export function isSupportedPlaceholder(inner: string): boolean {
  return inner === 'userMessage' || /^botContext\.[A-Za-z_$][\w$]*$/.test(inner);
}

/** The placeholders in `text` that the mock does not fill, as written. */
export function unsupportedPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].filter(([, inner]) => !isSupportedPlaceholder(inner)).map(([whole]) => whole);
}

/** Fills `text`'s placeholders: a bot variable that is not set reads as nothing, as on the platform. */
export function fillTemplate(text: string, read: { botVariable(name: string): unknown; userMessage: string }): string {
  return text.replace(PLACEHOLDER, (whole, inner: string) => {
    if (!isSupportedPlaceholder(inner)) return whole;
    if (inner === 'userMessage') return read.userMessage;
    const value = read.botVariable(inner.slice('botContext.'.length));
    if (value === null || value === undefined) return '';
    return typeof value === 'string' ? value : JSON.stringify(value);
  });
}
