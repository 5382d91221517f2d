/**
 * Mounts the mock backend on Vite's dev and preview servers, so `npm start` serves the Web View
 * API at /thirdparty-services-0.1/webview and the demo's chat API at /mock/conversations.
 */
import type { Plugin } from 'vite';
import { createMockBackend, type MockBackend } from './backend.js';
import { connectMiddleware } from './node-adapter.js';
import type { WebviewHandlerOptions } from './handler.js';

export function webviewMock(options: WebviewHandlerOptions = {}): Plugin {
  let backend: MockBackend | undefined;
  // One backend for dev and preview alike, created lazily so that a build does not start one.
  const middleware = () => connectMiddleware((backend ??= createMockBackend(options)));
  return {
    name: 'webview-form-mock',
    configureServer(server) {
      server.middlewares.use(middleware());
    },
    configurePreviewServer(server) {
      server.middlewares.use(middleware());
    },
  };
}
