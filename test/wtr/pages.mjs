// The CSP test's page is served with the strict policy a careful site would set.
const STRICT_CSP = "default-src 'self'; require-trusted-types-for 'script'";
export const strictCsp = async (context, next) => {
  await next();
  if (context.path === '/test/fixtures/csp.html') context.set('Content-Security-Policy', STRICT_CSP);
};

// A fixture asked for with ?unblocked is served without blocking="render", and without the `async`
// that goes with it: the HTML-first page as the README and the designer write it.
export const unblockedPages = {
  name: 'unblocked-pages',
  transform(context) {
    if (context.response.is('html') && context.URL.searchParams.has('unblocked'))
      return context.body.replaceAll(' async blocking="render"', '').replaceAll(' blocking="render"', '');
  },
};
