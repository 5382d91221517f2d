import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { chromiumArgs, chromiumPath, engineVersion, firefoxPath, firefoxPrefs, selectedEngines } from './test/browsers.mjs';
import { engineCountsReporter } from './test/wtr/engine-counts.mjs';
import { INSECURE_HOST, UNRESOLVABLE_HOST, machineName, redirects } from './test/wtr/origins.mjs';
import { flakyChunks, heldChunks, sha2FailsOnce, streamedPages } from './test/wtr/outages.mjs';
import { strictCsp, unblockedPages } from './test/wtr/pages.mjs';
import { freePort, webkitDriverPlugin, webkitLauncher } from './test/wtr/webkit.mjs';
import { windowSizePlugin } from './test/wtr/window-size.mjs';
// The package's own mock entry (dist/, built by `npm run build`, which `npm test` runs first).
import { createMockBackend, koaMiddleware } from 'webview-form/mock';

// Every engine by default; BROWSERS=firefox (or `npm test -- --browser firefox`) runs fewer.
const engines = selectedEngines([], process.env.BROWSERS);
const webkitPort = engines.includes('webkit') ? await freePort() : undefined;

const launchers = {
  chromium: () => {
    const launcher = playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: chromiumPath(),
        headless: true,
        // No test reaches a host outside this machine: every other name is not found, so a test that
        // forgot its mock fails, rather than posting to the vendor's real service.
        args: [
          ...chromiumArgs,
          `--host-resolver-rules=MAP ${INSECURE_HOST} 127.0.0.1, MAP ${UNRESOLVABLE_HOST} ~NOTFOUND, MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1`,
        ],
      },
    });
    return named(launcher, 'chromium');
  },
  // Firefox over WebDriver BiDi: puppeteer drives it with no geckodriver.
  firefox: () =>
    named(
      puppeteerLauncher({
        launchOptions: {
          browser: 'firefox',
          executablePath: firefoxPath(),
          headless: true,
          extraPrefsFirefox: { ...firefoxPrefs, 'network.dns.localDomains': INSECURE_HOST },
        },
      }),
      'firefox',
    ),
  webkit: () => webkitLauncher({ port: webkitPort }),
};

/** Names the launcher after its engine and version, as the reports show it. */
function named(launcher, engine) {
  const label = `${engine[0].toUpperCase()}${engine.slice(1)} ${engineVersion(engine)}`.trim();
  const initialize = launcher.initialize?.bind(launcher);
  launcher.initialize = async (...args) => {
    await initialize?.(...args);
    launcher.name = label;
  };
  launcher.name = label;
  return launcher;
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // Hosts other than localhost reach the dev server only in the insecure-context test (WTR then
  // listens on every address, so the machine's own name reaches it too).
  hostname: 'localhost',
  // The test server's own answers and switches (test/wtr/: pages, origins, outages), then the mock
  // backend, so tests can post over real HTTP: /thirdparty-services-0.1/webview, /mock/….
  middleware: [
    strictCsp,
    flakyChunks,
    machineName,
    heldChunks,
    streamedPages,
    sha2FailsOnce,
    redirects,
    koaMiddleware(createMockBackend()),
  ],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    ...(webkitPort ? [webkitDriverPlugin({ port: webkitPort })] : []),
    // The keyboard tests shrink the viewport: WTR's setViewport does it, except in WebKit, where this does.
    windowSizePlugin(),
    unblockedPages,
  ],
  browsers: engines.map((engine) => launchers[engine]()),
  reporters: [defaultReporter(), engineCountsReporter()],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 5000 } },
};
