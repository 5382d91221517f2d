/** The mock backend's Node hosts, plus everything web-standard. */
export * from './index.js';
export { toWebRequest, sendWebResponse, connectMiddleware, koaMiddleware } from './node-adapter.js';
export { startMockServer, DEFAULT_PORT, type MockServer, type MockServerOptions } from './server.js';
export { webviewMock } from './vite-plugin.js';
