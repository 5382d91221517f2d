/** Defines `<webview-form>`; importing this module is what registers the tag. */
import { WebviewForm } from './element/webview-form.js';

export const TAG_NAME = 'webview-form';

// A page that loads the drop-in file and the npm build would otherwise throw on the second define.
// The name is written out (not TAG_NAME) so that custom-elements.json records the tag.
if (!customElements.get(TAG_NAME)) customElements.define('webview-form', WebviewForm);

declare global {
  interface HTMLElementTagNameMap {
    'webview-form': WebviewForm;
  }
}
