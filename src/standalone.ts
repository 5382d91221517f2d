/**
 * The drop-in file's entry: defines `<webview-form>`. Helpers are for bundlers (the package's
 * main entry); a <script type="module"> page needs only the tag.
 */
import './define.js';

export { WebviewForm } from './element/webview-form.js';
