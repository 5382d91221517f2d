// The test server's names and origins: the host names the insecure-context and DNS tests load
// from, the machine's own name for WebKit, and a redirect to another origin.
import { lookup } from 'node:dns/promises';
import { hostname, networkInterfaces } from 'node:os';

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
export const machineName = async (context, next) => {
  if (context.path !== '/test/machine-name') return next();
  const name = hostname();
  const own = new Set([
    '127.0.0.1',
    '::1',
    ...Object.values(networkInterfaces())
      .flat()
      .map((address) => address.address),
  ]);
  const addresses = await lookup(name, { all: true }).catch(() => []);
  const usable = addresses.some(({ address }) => own.has(address) || address.startsWith('127.'));
  context.status = usable ? 200 : 404;
  context.body = usable
    ? name
    : `This machine's host name "${name}" does not resolve to one of its own addresses (${addresses.map(({ address }) => address).join(', ') || 'no address'}); add it to /etc/hosts for WebKit's insecure-context test.`;
};

// The redirect tests post to /test-redirect/302/<key> or /test-redirect/307/<key>, which send the
// post on to another origin: 127.0.0.1 instead of localhost, same port. That target answers 200
// with open CORS, so a client that followed would see a success, and counts every request it gets
// (preflights too) under <key>, one key per test: GET /test-redirect/count/<key> tells how many.
const redirectHits = new Map();
export const redirects = async (context, next) => {
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
