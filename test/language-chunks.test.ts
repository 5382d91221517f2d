import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import { useFreshTab } from './helpers.js';

/** The language tables this page fetched so far, by the name of their module. */
const fetchedTables = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /\/i18n\/tables\/([\w-]+)\./.exec(entry.name)?.[1])
    .filter(Boolean);

// Its own file, so its own page: no other test has fetched a table before these.
describe('language chunks', () => {
  useFreshTab();

  it('an English form fetches no table; a French one fetches the French table alone', async () => {
    const english = await fixture<WebviewForm>(html`<webview-form region="us"><input name="a" aria-label="A" /></webview-form>`);
    await english.updateComplete;
    expect(fetchedTables()).to.deep.equal([]);
    const french = await fixture<WebviewForm>(html`<webview-form lang="fr" region="us"><input name="a" aria-label="A" /></webview-form>`);
    await french.updateComplete;
    expect(fetchedTables()).to.deep.equal(['fr']);
    expect(french.shadowRoot!.querySelector('[part="submit"]')!.textContent!.trim()).to.equal('Envoyer');
  });
});
