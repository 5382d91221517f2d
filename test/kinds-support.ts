// What the tests of issue 32's field types share: a form of declared fields that posts to a
// recording transport, and typing as a person does.
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import type { FieldDeclaration } from '../src/fields/declarations.js';
import { recordingTransport } from './helpers.js';

type Posted = { contextVariables: Array<{ name: string; value: string }> };

/** A form of `fields` posting to a recording transport; with `lang`, inside a part of the page in that language. */
export async function kindsForm(fields: FieldDeclaration[] | unknown, content = html``, lang?: string) {
  const { transport, seen } = recordingTransport();
  const element = html`<webview-form region="us" .fields=${fields} .fetch=${transport}>${content}</webview-form>`;
  const form = lang
    ? (await fixture<HTMLElement>(html`<section lang=${lang}>${element}</section>`)).querySelector<WebviewForm>('webview-form')!
    : await fixture<WebviewForm>(element);
  await form.updateComplete;
  const posted = async () => {
    await form.submit();
    return Object.fromEntries(((await seen.at(-1)!.body) as Posted).contextVariables.map(({ name, value }) => [name, value]));
  };
  return { form, seen, posted };
}

/** Types `text` into `input` as a person would (focus, then real keys), a key at a time: WebKit's driver drops a repeated key typed in one go. */
export async function typeInto(input: HTMLInputElement, text: string) {
  input.focus();
  for (const key of text) await sendKeys({ type: key });
}
