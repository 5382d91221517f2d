// The CSP test's page is served with the strict policy a careful site would set.
const STRICT_CSP = "default-src 'self'; require-trusted-types-for 'script'";
export const strictCsp = async (context, next) => {
  await next();
  if (context.path === '/test/fixtures/csp.html') context.set('Content-Security-Policy', STRICT_CSP);
};

// A fixture asked for with ?unblocked is served without blocking="render": the same page as the
// README's tag, as an engine that does not know the attribute loads it.
export const unblockedPages = {
  name: 'unblocked-pages',
  transform(context) {
    if (context.response.is('html') && context.URL.searchParams.has('unblocked')) return context.body.replaceAll(' blocking="render"', '');
  },
};
