// The tag in Vue 3's GlobalComponents (webview-form/vue), as vue-tsc checks a template against it,
// and mistakes it must catch. Compiled by pack.test.mjs against the installed tarball and vue.
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

export const more: Props = {
  'bot-id': 'b',
  'auto-submit': '',
  autoSubmit: false,
  class: 'lead',
  onWebviewSubmit: (event) => event.detail.payload.contextVariables.length,
  onWebviewError: (event) => event.detail.error.kind,
  onWebviewInvalid: (event) => event.detail.errors.length,
};

// @ts-expect-error: 'eu' is not a region
export const wrongRegion: Props = { region: 'eu' };
// @ts-expect-error: 'emial' is not a type of field
export const wrongType: Props = { fields: [{ name: 'email', type: 'emial' }] };
// @ts-expect-error: webview-success is not an error event
export const wrongListener: Props = { onWebviewSuccess: (event: WebviewErrorEvent) => event.detail.error };
// @ts-expect-error: Vue writes false into the attribute as "false", which the element reads as set
export const falseAttribute: Props = { 'auto-submit': false };

// Without a template: a render function, with Vue told that the tag is a custom element.
export const LeadForm = defineComponent({
  setup: () => () => h('webview-form', { region: 'us', onWebviewSuccess: (event: WebviewSuccessEvent) => event.detail.status }),
});
