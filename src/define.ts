/** Defines `<webview-form>`; importing this module is what registers the tag. */
import { WebviewForm } from './webview-form.js';

export const TAG_NAME = 'webview-form';

// A page that loads the drop-in file and the npm build would otherwise throw on the second define.
if (!customElements.get(TAG_NAME)) customElements.define(TAG_NAME, WebviewForm);

declare global {
  interface HTMLElementTagNameMap {
    'webview-form': WebviewForm;
  }
}
