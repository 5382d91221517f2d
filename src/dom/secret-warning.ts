/**
 * The vendor's rule again (core/sensitive.ts): the Web View API masks nothing, so a field that
 * asks for a password or a secret is a mistake of the page, told to its author on the console.
 * What makes a field secret is said once, here: the warning, the draft (which never keeps one)
 * and the review page (which shows dots) all ask `isSecret`.
 */
const SECRET_NAMES = /pass(word)?|passwd|pwd|secret|\bpin\b|cvv|cvc|ssn/i;
/** Autocomplete tokens that ask for a secret: card data, one-time codes, passwords. */
const SECRET_TOKENS = /^(cc-.+|one-time-code|current-password|new-password)$/;
const warned = new WeakSet<Element>();

/** Whether `control` asks for a secret: by its type, its name, or its autocomplete tokens (sections included). */
export function isSecret(control: Element): boolean {
  if ((control as HTMLInputElement).type === 'password' || SECRET_NAMES.test(control.getAttribute('name') ?? '')) return true;
  return (control.getAttribute('autocomplete') ?? '')
    .toLowerCase()
    .split(/\s+/)
    .some((token) => SECRET_TOKENS.test(token));
}

/**
 * Warns on the console, once per control, about fields named or typed like passwords or
 * secrets: the page's author should see it while building the form, long before a person types one.
 */
export function warnAboutSecrets(controls: readonly Element[]): void {
  for (const control of controls) {
    const name = control.getAttribute('name') ?? '';
    const looksSecret = (control as HTMLInputElement).type === 'password' || SECRET_NAMES.test(name);
    if (!looksSecret || warned.has(control)) continue;
    warned.add(control);
    console.warn(
      `<webview-form>: the field "${name}" looks like a password or secret. The Web View API does not mask what it carries; do not send secrets through it.`,
    );
  }
}
