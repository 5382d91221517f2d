import { lookup } from 'node:dns/promises';
import { hostname, networkInterfaces } from 'node:os';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { chromiumArgs, chromiumPath, engineVersion, firefoxPath, firefoxPrefs, selectedEngines } from './test/browsers.mjs';
import { engineCountsReporter } from './test/wtr/engine-counts.mjs';
import { freePort, webkitDriverPlugin, webkitLauncher } from './test/wtr/webkit.mjs';
import { windowSizePlugin } from './test/wtr/window-size.mjs';
// The package's own mock entry (dist/, built by `npm run build`, which `npm test` runs first).
import { createMockBackend, koaMiddleware } from 'webview-form/mock';

// The insecure-context tests load a page from this name: Chromium (--host-resolver-rules) and
// Firefox (network.dns.localDomains) map it to this machine, so the page is plain http from a
// name other than localhost, as on an intranet host. WebKit has no such switch: see below.
export const INSECURE_HOST = 'forms.test';
// A name that fails to resolve, for the DNS-failure test. Chromium fails it without a lookup;
// Firefox and WebKit ask the system resolver, which answers that no .test name exists (RFC 6761).
export const UNRESOLVABLE_HOST = 'dns-fail.test';

// WebKitGTK cannot map a name, so its insecure-context tests use this machine's own host name,
// which /etc/hosts resolves to one of its addresses (Debian writes it there at install).
// GET /test/machine-name answers it, or 404 saying why it cannot be used.
const machineName = async (context, next) => {
  if (context.path !== '/test/machine-name') return next();
  const name = hostname();
  const own = new Set(['127.0.0.1', '::1', ...Object.values(networkInterfaces()).flat().map((address) => address.address)]);
  const addresses = await lookup(name, { all: true }).catch(() => []);
  const usable = addresses.some(({ address }) => own.has(address) || address.startsWith('127.'));
  context.status = usable ? 200 : 404;
  context.body = usable
    ? name
    : `This machine's host name "${name}" does not resolve to one of its own addresses (${addresses.map(({ address }) => address).join(', ') || 'no address'}); add it to /etc/hosts for WebKit's insecure-context test.`;
};

// The CSP test's page is served with the strict policy a careful site would set.
const STRICT_CSP = "default-src 'self'; require-trusted-types-for 'script'";
const strictCsp = async (context, next) => {
  await next();
  if (context.path === '/test/fixtures/csp.html') context.set('Content-Security-Policy', STRICT_CSP);
};

// The failed-chunk test loads the drop-in's page from under /flaky/<key>/, a key per test: the
// same files at URLs of their own, so nothing comes from a cache. While that key's connection is
// down (POST /flaky/<key>/down, then /flaky/<key>/up), the build's lazy chunks answer 503, as on a
// dropped connection; the entry loads. One connection per key: the engines run the same test at
// once, and one bringing its connection back must not bring back another's.
const flakyDown = new Set();
const flakyChunks = async (context, next) => {
  const [, key, path] = /^\/flaky\/([\w-]+)(\/.*)$/.exec(context.path) ?? [];
  if (!key) return next();
  if (path === '/down' || path === '/up') {
    if (path === '/down') flakyDown.add(key);
    else flakyDown.delete(key);
    context.status = 204;
    return;
  }
  if (flakyDown.has(key) && /^\/dist\/webview-form\.(?!standalone\.)[\w-]+\.js$/.test(path)) {
    context.status = 503;
    // web-test-runner marks every answer to a path with an extension cacheable for a year, and
    // Chromium would then serve this 503 from its cache: no real outage is cached like that.
    context.path = '/flaky/unavailable';
    return;
  }
  context.path = path;
  await next();
};

// The cancelled-submission tests load the drop-in's page from under /held/<key>/, a key per test:
// URLs of their own, so no chunk comes from a cache or another test. Its lazy chunk (the delivery,
// the only one a secure page asks for) goes unanswered until POST /held/<key>/release, as on a slow
// connection. GET /held/<key>/waiting answers once a chunk is held (or all are released), with how
// many are. Under /held-entry/<key>/ it is the entry, dist/webview-form.standalone.js, that goes
// unanswered: the page has parsed and the drop-in has not run (the first-frame test). Under
// /held-steps/<key>/ only the steps chunk waits: a steps code slower than the delivery.
const holds = new Map();
const HELD_FILES = {
  held: /^\/dist\/webview-form\.(?!standalone\.)[\w-]+\.js$/,
  'held-entry': /^\/dist\/webview-form\.standalone\.js$/,
  'held-steps': /^\/dist\/webview-form\.steps\.js$/,
};
const heldChunks = async (context, next) => {
  const [, kind, key, path] = /^\/(held|held-entry|held-steps)\/([\w-]+)(\/.*)$/.exec(context.path) ?? [];
  if (!key) return next();
  if (!holds.has(key)) holds.set(key, { released: false, held: [], watchers: [] });
  const hold = holds.get(key);
  const changed = () => hold.watchers.splice(0).forEach((watcher) => watcher());
  if (path === '/release') {
    hold.released = true;
    hold.held.splice(0).forEach((release) => release());
    changed();
    context.status = 204;
  } else if (path === '/waiting') {
    if (hold.held.length === 0 && !hold.released) await new Promise((resolve) => hold.watchers.push(resolve));
    context.body = String(hold.held.length);
  } else {
    if (!hold.released && HELD_FILES[kind].test(path)) {
      await new Promise((resolve) => {
        hold.held.push(resolve);
        changed();
      });
    }
    context.path = path;
    await next();
  }
};

// The sha2-fallback tests load the drop-in's page over plain http (no WebCrypto: signing needs the
// sha256 fallback chunk) from under /sha2-fails-once/<key>/, a key per test. The page controls one
// outage of that chunk, dist/webview-form.sha2.js: its requests go unanswered until
// POST /sha2-fails-once/<key>/down, which answers them, and any that come until
// POST /sha2-fails-once/<key>/up, with a 503, like a dropped connection; then it is served (the
// drop-in asks again with ?retry=N). Holding the first request lets the page join it with an import
// of its own, which settles after the element's: the outage lasts until then, so that import fails
// too (WebKit asks the server again for it) rather than loading the chunk for the element. The 503
// is routed to a path without an extension so that it is not cached (see flakyChunks).
// GET /sha2-fails-once/<key>/asked answers once the chunk has been asked for.
const sha2Outages = new Map();
const sha2FailsOnce = async (context, next) => {
  const [, key, path] = /^\/sha2-fails-once\/([\w-]+)(\/.*)$/.exec(context.path) ?? [];
  if (!key) return next();
  if (!sha2Outages.has(key)) {
    const outage = { state: 'holding' };
    outage.asked = new Promise((resolve) => (outage.ask = resolve));
    outage.started = new Promise((resolve) => (outage.start = resolve));
    sha2Outages.set(key, outage);
  }
  const outage = sha2Outages.get(key);
  if (path === '/asked') {
    await outage.asked;
    context.status = 204;
  } else if (path === '/down' || path === '/up') {
    outage.state = path.slice(1);
    outage.start();
    context.status = 204;
  } else if (path === '/dist/webview-form.sha2.js' && outage.state !== 'up') {
    outage.ask();
    await outage.started;
    context.status = 503;
    context.path = '/sha2-fails-once/unavailable';
  } else {
    context.path = path;
    await next();
  }
};

// The redirect tests post to /test-redirect/302/<key> or /test-redirect/307/<key>, which send the
// post on to another origin: 127.0.0.1 instead of localhost, same port. That target answers 200
// with open CORS, so a client that followed would see a success, and counts every request it gets
// (preflights too) under <key>, one key per test: GET /test-redirect/count/<key> tells how many.
const redirectHits = new Map();
const redirects = async (context, next) => {
  const match = /^\/test-redirect\/(302|307|target|count)\/([\w-]+)$/.exec(context.path);
  if (!match) return next();
  const [, step, key] = match;
  if (step === 'count') {
    context.body = String(redirectHits.get(key) ?? 0);
  } else if (step === 'target') {
    redirectHits.set(key, (redirectHits.get(key) ?? 0) + 1);
    context.set('Access-Control-Allow-Origin', '*');
    context.set('Access-Control-Allow-Methods', 'POST, GET');
    // `*` does not cover Authorization: echo what the preflight asks for.
    context.set('Access-Control-Allow-Headers', context.get('Access-Control-Request-Headers') || '*');
    context.body = '{"ok":true}';
  } else {
    context.status = Number(step);
    context.set('Location', `http://127.0.0.1:${context.req.socket.localPort}/test-redirect/target/${key}`);
  }
};

// A fixture asked for with ?unblocked is served without blocking="render": the same page as the
// README's tag, as an engine that does not know the attribute loads it.
const unblockedPages = {
  name: 'unblocked-pages',
  transform(context) {
    if (context.response.is('html') && context.URL.searchParams.has('unblocked')) return context.body.replaceAll(' blocking="render"', '');
  },
};

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
        args: [...chromiumArgs, `--host-resolver-rules=MAP ${INSECURE_HOST} 127.0.0.1, MAP ${UNRESOLVABLE_HOST} ~NOTFOUND`],
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
  // The mock backend, so tests can post over real HTTP: /thirdparty-services-0.1/webview, /mock/…;
  // the redirecting endpoint of the redirect tests: /test-redirect/…; the test switches
  // heldChunks (/held/…) and sha2FailsOnce (/sha2-fails-once/…).
  middleware: [strictCsp, flakyChunks, machineName, heldChunks, sha2FailsOnce, redirects, koaMiddleware(createMockBackend())],
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
