// The element's typings as a page written in TypeScript meets them. Compiled by pack.test.mjs
// against the installed tarball; each @ts-expect-error is a mistake the types must catch.
import 'webview-form';
import { WebviewForm, type CheckedItem, type FieldDeclaration, type SentPayload } from 'webview-form';
import { parseFields, checkPayload } from 'webview-form/element';

const form = document.createElement('webview-form');
form satisfies WebviewForm;
form.region = 'gcp';
form.variables = { source: 'chat', attempt: 2, consent: true };
form.fields = [
  { name: 'name', label: 'Full name', required: true, autocomplete: 'name' },
  { name: 'email', type: 'email', pattern: '.+@example\\.com', maxLength: 80 },
  { name: 'notes', type: 'textarea', minLength: 2 },
  { name: 'budget', type: 'number', min: 0, max: 100 },
  { name: 'size', type: 'select', options: ['1-10', { value: '11+', label: 'Eleven or more' }] },
  { name: 'consent', type: 'checkbox', value: true },
  { name: 'source', type: 'hidden', value: 'chat' },
];

// @ts-expect-error: 'eu' is not a region
form.region = 'eu';
// @ts-expect-error: 'emial' is not a type of field
form.fields = [{ name: 'email', type: 'emial' }];
// @ts-expect-error: a select needs its options
form.fields = [{ name: 'size', type: 'select' }];
// @ts-expect-error: options are for select and radio fields only
form.fields = [{ name: 'name', options: ['a'] }];
// @ts-expect-error: a pattern is for text-like fields only
form.fields = [{ name: 'budget', type: 'number', pattern: '[0-9]+' }];
// @ts-expect-error: a field needs a name
form.fields = [{ type: 'email' }];

form.addEventListener('webview-submit', (event) => {
  // Never undefined after the payload stage: a listener adds to it without a check.
  event.detail.payload.contextVariables.push({ name: 'source', value: 'landing' });
});
form.addEventListener('webview-success', (event) => {
  const sent: SentPayload = event.detail.payload;
  return sent.contextVariables.length + event.detail.status;
});
form.addEventListener(
  'webview-error',
  (event) =>
    event.detail.error.kind satisfies 'context' | 'config' | 'validation' | 'sensitive' | 'network' | 'timeout' | 'http' | 'aborted',
);
// @ts-expect-error: a success carries no error
form.addEventListener('webview-success', (event) => event.detail.error);

// A declaration is fields or steps: what parseFields returns says which.
const declared: CheckedItem[] = parseFields('[]');
checkPayload({}) satisfies SentPayload;
const field: FieldDeclaration = { name: 'phone', type: 'tel', when: { field: 'contact', equals: 'phone' } };
// @ts-expect-error: a condition says equals, in or filled
const wrong: FieldDeclaration = { name: 'phone', when: { field: 'contact', is: 'phone' } };
form.fields = [{ step: 'About you', fields: [field] }];
form.review = true;
form.keep = 'device';
form.addEventListener('webview-step', (event) => event.detail.index + event.detail.count + event.detail.to.length);
form.addEventListener('webview-abandon', (event) => event.detail.filled.length);
form.addEventListener('webview-queued', (event) => event.detail.kind.length + event.detail.queuedAt);
export { declared, wrong };
