// Issue 32: a page whose forms declare none of the new field types fetches none of their code.
// Alone in its file, so that no other test of the page has fetched it.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import { recordingTransport, useFreshTab } from './helpers.js';

const typeChunks = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/src\/(kinds|dates|phone)\//.test(name) || name.includes('libphonenumber'));

describe('the new field types’ code (issue 32)', () => {
  useFreshTab();

  it('a form with only the older types, a phone field without a country among them, sends without fetching the new types’ code', async () => {
    const { transport, seen } = recordingTransport();
    const fields = [
      { name: 'name', value: 'Arthur' },
      { name: 'phone', type: 'tel', value: '020 7946 0000' },
      { name: 'when', type: 'date', value: '2026-01-02' },
      { name: 'ok', type: 'checkbox', value: true },
    ];
    const form = await fixture<WebviewForm>(html`<webview-form region="us" .fields=${fields} .fetch=${transport}></webview-form>`);
    await form.submit();
    expect(seen.length).to.equal(1);
    expect(typeChunks()).to.deep.equal([]);
  });

  it('a form declaring a rating fetches the kinds code, and not the dates or the phone code', async () => {
    const form = await fixture<WebviewForm>(html`<webview-form region="us" .fields=${[{ name: 'stars', type: 'rating' }]}></webview-form>`);
    await form.updateComplete;
    const fetched = typeChunks();
    expect(fetched.some((name) => name.includes('/src/kinds/'))).to.equal(true);
    expect(fetched.filter((name) => /\/src\/(dates|phone)\/|libphonenumber/.test(name))).to.deep.equal([]);
  });
});
