// The tag in Vue 3's GlobalComponents (webview-form/vue), as vue-tsc checks a template against it,
// and mistakes it must catch. Compiled by pack.test.mjs against the installed tarball and vue.
// Every property, attribute and event of src/element/public-interface.ts has a line here, and a
// wrong one marked as an expected error (test/node/public-interface.test.mjs checks that none is missing).
import 'webview-form';
import type {} from 'webview-form/vue';
import { defineComponent, h, type GlobalComponents } from 'vue';
import type { FieldDeclaration, WebviewErrorEvent, WebviewSuccessEvent } from 'webview-form';

/** What `<webview-form …>` may be given in a template. */
type Props = InstanceType<GlobalComponents['webview-form']>['$props'];

// The README's snippet: region="us" message="…" :fields.prop="fields" @webview-success="…".
const fields: FieldDeclaration[] = [{ name: 'email', type: 'email', label: 'Email', required: true }];
export const readme: Props = {
  region: 'us',
  message: 'lead submitted',
  fields,
  onWebviewSuccess: (event) => console.log(event.detail.status),
};

export const everyListener: Props = {
  onWebviewSubmit: (event) => event.detail.payload.contextVariables.length,
  onWebviewSuccess: (event) => event.detail.status,
  onWebviewError: (event) => event.detail.error.kind,
  onWebviewInvalid: (event) => event.detail.errors.length,
  onWebviewStart: (event) => event.type,
  onWebviewStep: (event) => event.detail.to + event.detail.index,
  onWebviewAbandon: (event) => event.detail.filled.join(','),
  onWebviewQueued: (event) => event.detail.queuedAt + event.detail.attempts,
};

export const everyProperty: Props = {
  botId: 'b',
  conversationId: 'c',
  userId: 'u',
  params: { conversationId: 'cid' },
  endpoint: '/mock',
  domain: 'va.bc-intg.liveperson.net',
  region: 'us',
  message: 'hi',
  timeout: 5000,
  variables: { PaymentStatus: 'PROCESSED' },
  urlVariables: ['PaymentId'],
  notCardNumbers: ['orderId'],
  fields: [{ step: 'About you', fields: [{ name: 'name' }] }],
  messages: { send: 'Envoyer' },
  autoSubmit: false,
  closeOnSuccess: true,
  returnUrl: 'https://wa.me/15551234567',
  confirmLeave: true,
  review: true,
  keep: 'tab',
  prefill: ['name', 'email'],
  fetch: (request) => globalThis.fetch(request),
};

export const everyAttribute: Props = {
  'bot-id': 'b',
  'conversation-id': 'c',
  'user-id': 'u',
  'url-variables': 'PaymentId,PaymentStatus',
  'not-card-numbers': 'orderId',
  'auto-submit': '',
  'close-on-success': true,
  'return-url': 'https://wa.me/15551234567',
  'confirm-leave': '',
  class: 'lead',
};

// @ts-expect-error: botId is a text
export const wrongBotId: Props = { botId: 1 };
// @ts-expect-error: conversationId is a text
export const wrongConversationId: Props = { conversationId: 1 };
// @ts-expect-error: userId is a text
export const wrongUserId: Props = { userId: 1 };
// @ts-expect-error: params names query parameters
export const wrongParams: Props = { params: { conversationId: 1 } };
// @ts-expect-error: endpoint is a text
export const wrongEndpoint: Props = { endpoint: new URL('https://example.com') };
// @ts-expect-error: domain is a text
export const wrongDomain: Props = { domain: 1 };
// @ts-expect-error: 'eu' is not a region
export const wrongRegion: Props = { region: 'eu' };
// @ts-expect-error: message is a text
export const wrongMessage: Props = { message: 1 };
// @ts-expect-error: timeout is a number of milliseconds
export const wrongTimeout: Props = { timeout: 'soon' };
// @ts-expect-error: variables is an object, not JSON text (Vue sets the property)
export const wrongVariables: Props = { variables: '{"source": "chat"}' };
// @ts-expect-error: the urlVariables property is a list (the attribute is the text)
export const wrongUrlVariables: Props = { urlVariables: 'PaymentId,PaymentStatus' };
// @ts-expect-error: the notCardNumbers property is a list (the attribute is the text)
export const wrongNotCardNumbers: Props = { notCardNumbers: 'orderId' };
// @ts-expect-error: 'emial' is not a type of field
export const wrongType: Props = { fields: [{ name: 'email', type: 'emial' }] };
// @ts-expect-error: a message is a text
export const wrongMessages: Props = { messages: { send: 1 } };
// @ts-expect-error: autoSubmit is true or false
export const wrongAutoSubmit: Props = { autoSubmit: 'yes' };
// @ts-expect-error: closeOnSuccess is true or false
export const wrongCloseOnSuccess: Props = { closeOnSuccess: 'yes' };
// @ts-expect-error: returnUrl is a text
export const wrongReturnUrl: Props = { returnUrl: new URL('https://wa.me/1') };
// @ts-expect-error: confirmLeave is true or false
export const wrongConfirmLeave: Props = { confirmLeave: 'yes' };
// @ts-expect-error: review is true or false
export const wrongReview: Props = { review: 'yes' };
// @ts-expect-error: the prefill property is a list of names
export const wrongPrefill: Props = { prefill: 'name,email' };

// @ts-expect-error: keep is device, tab or none
export const wrongKeep: Props = { keep: 'forever' };
// @ts-expect-error: fetch answers with a promise of a Response
export const wrongFetch: Props = { fetch: (request: Request) => request.url };
// @ts-expect-error: the element sets state
export const wrongState: Props = { state: 'success' };

// @ts-expect-error: an attribute is text
export const wrongBotIdAttribute: Props = { 'bot-id': 1 };
// @ts-expect-error: an attribute is text
export const wrongConversationIdAttribute: Props = { 'conversation-id': 1 };
// @ts-expect-error: an attribute is text
export const wrongUserIdAttribute: Props = { 'user-id': 1 };
// @ts-expect-error: the attribute is comma-separated text
export const wrongUrlVariablesAttribute: Props = { 'url-variables': ['PaymentId'] };
// @ts-expect-error: the attribute is comma-separated text
export const wrongNotCardNumbersAttribute: Props = { 'not-card-numbers': ['orderId'] };
// @ts-expect-error: Vue writes false into the attribute as "false", which the element reads as set
export const falseAttribute: Props = { 'auto-submit': false };
// @ts-expect-error: Vue writes false into the attribute as "false", which the element reads as set
export const wrongCloseOnSuccessAttribute: Props = { 'close-on-success': false };
// @ts-expect-error: an attribute is text
export const wrongReturnUrlAttribute: Props = { 'return-url': 1 };
// @ts-expect-error: Vue writes false into the attribute as "false", which the element reads as set
export const wrongConfirmLeaveAttribute: Props = { 'confirm-leave': false };

// @ts-expect-error: webview-submit is not an error event
export const wrongSubmitListener: Props = { onWebviewSubmit: (event: WebviewErrorEvent) => event.detail.error };
// @ts-expect-error: webview-success is not an error event
export const wrongListener: Props = { onWebviewSuccess: (event: WebviewErrorEvent) => event.detail.error };
// @ts-expect-error: an error carries no payload
export const wrongErrorListener: Props = { onWebviewError: (event) => event.detail.payload };
// @ts-expect-error: webview-invalid lists errors, not a payload
export const wrongInvalidListener: Props = { onWebviewInvalid: (event) => event.detail.payload };
// @ts-expect-error: webview-start carries no detail
export const wrongStartListener: Props = { onWebviewStart: (event) => event.detail };
// @ts-expect-error: webview-step carries no values
export const wrongStepListener: Props = { onWebviewStep: (event) => event.detail.values };
// @ts-expect-error: webview-abandon names the fields, never their values
export const wrongAbandonListener: Props = { onWebviewAbandon: (event) => event.detail.values };
// @ts-expect-error: webview-queued carries no answers, only why and when
export const wrongQueuedListener: Props = { onWebviewQueued: (event) => event.detail.payload };

// Without a template: a render function, with Vue told that the tag is a custom element.
export const LeadForm = defineComponent({
  setup: () => () => h('webview-form', { region: 'us', onWebviewSuccess: (event: WebviewSuccessEvent) => event.detail.status }),
});
