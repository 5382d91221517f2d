// The mock's Node entries as a TypeScript project meets them. Compiled by pack.test.mjs.
import { createWebviewHandler } from 'webview-form/mock';
import { startMockServer, type MockServer } from 'webview-form/mock/server';

export const handler = createWebviewHandler();
export const started: Promise<MockServer> = startMockServer({ port: 0 });
