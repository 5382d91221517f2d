/**
 * Mounts the mock backend on Vite's dev and preview servers, so `npm start` serves the Web View
 * API and the demo's chat API. The mock goes ahead of Vite's own middleware: Vite's CORS would
 * otherwise answer a preflight without the mock's Access-Control-Allow-Origin, and its host check
 * would answer differently from every other host.
 */
import { createMockBackend, type MockBackend, type MockBackendOptions } from './backend.js';
import { connectMiddleware } from './node-adapter.js';

/**
 * The parts of a Vite dev or preview server the plugin touches, written out rather than imported:
 * the package's typings then need no Vite, which a project using only the Node entries lacks.
 */
export interface MiddlewareHost {
  middlewares: { stack: Array<{ route: string; handle: (...args: never[]) => unknown }> };
}

/** A Vite plugin, structurally: `plugins: [webviewMock()]` in a Vite config. */
export interface WebviewMockPlugin {
  name: string;
  configureServer(server: MiddlewareHost): void;
  configurePreviewServer(server: MiddlewareHost): void;
}

export function webviewMock(options: MockBackendOptions = {}): WebviewMockPlugin {
  let backend: MockBackend | undefined;
  // One backend for dev and preview alike, created lazily so that a build does not start one.
  const mountFirst = ({ middlewares }: MiddlewareHost) =>
    void middlewares.stack.unshift({ route: '', handle: connectMiddleware((backend ??= createMockBackend(options))) });
  return {
    name: 'webview-form-mock',
    configureServer: mountFirst,
    configurePreviewServer: mountFirst,
  };
}
