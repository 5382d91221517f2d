import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, chromiumPath } from './test/chromium.mjs';
// The package's own mock entry (dist/, built by `npm run build`, which `npm test` runs first).
import { createMockBackend, koaMiddleware } from 'webview-form/mock';

// The insecure-context tests load a page from this name; Chromium maps it to the test server.
export const INSECURE_HOST = 'forms.test';
// A name that fails to resolve inside Chromium, for the DNS-failure test: no lookup leaves the machine.
export const UNRESOLVABLE_HOST = 'dns-fail.test';

// The CSP test's page is served with the strict policy a careful site would set.
const STRICT_CSP = "default-src 'self'; require-trusted-types-for 'script'";
const strictCsp = async (context, next) => {
  await next();
  if (context.path === '/test/fixtures/csp.html') context.set('Content-Security-Policy', STRICT_CSP);
};

// The failed-chunk test loads the drop-in's page from under /flaky/: the same files at URLs of
// their own, so nothing comes from a cache. While the connection is down (POST /flaky/down, then
// /flaky/up), the build's lazy chunks answer 503, as on a dropped connection; the entry loads.
let flakyDown = false;
const flakyChunks = async (context, next) => {
  if (context.path === '/flaky/down' || context.path === '/flaky/up') {
    flakyDown = context.path === '/flaky/down';
    context.status = 204;
    return;
  }
  if (!context.path.startsWith('/flaky/')) return next();
  if (flakyDown && /^\/flaky\/dist\/webview-form\.(?!standalone\.)[\w-]+\.js$/.test(context.path)) {
    context.status = 503;
    // web-test-runner marks every answer to a path with an extension cacheable for a year, and
    // Chromium would then serve this 503 from its cache: no real outage is cached like that.
    context.path = '/flaky/unavailable';
    return;
  }
  context.path = context.path.slice('/flaky'.length);
  await next();
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // Hosts other than localhost reach the dev server only in the insecure-context test.
  hostname: 'localhost',
  // The mock backend, so tests can post over real HTTP: /thirdparty-services-0.1/webview, /mock/…
  middleware: [strictCsp, flakyChunks, koaMiddleware(createMockBackend())],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: chromiumPath(),
        headless: true,
        args: [...chromiumArgs, `--host-resolver-rules=MAP ${INSECURE_HOST} 127.0.0.1, MAP ${UNRESOLVABLE_HOST} ~NOTFOUND`],
      },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 5000 } },
};
