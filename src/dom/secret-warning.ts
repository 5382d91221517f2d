/**
 * The vendor's rule again (core/sensitive.ts): the Web View API masks nothing, so a field that
 * asks for a password or a secret is a mistake of the page, told to its author on the console.
 */
const SECRET_NAMES = /pass(word)?|passwd|pwd|secret|\bpin\b|cvv|cvc|ssn/i;
const warned = new WeakSet<Element>();

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
