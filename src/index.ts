/** The package's main entry: importing it defines `<webview-form>`. */
import './define.js';

export * from './element.js';
export { TAG_NAME } from './define.js';
