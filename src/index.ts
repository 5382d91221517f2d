/**
 * The package's main entry: importing it defines `<webview-form>`. It carries no zod before the
 * first render, like the drop-in: `parseFields`, `buildPayload` and `checkPayload` are in
 * `webview-form/element`.
 */
import './define.js';

export * from './api.js';
export { TAG_NAME } from './define.js';
