import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import type { WebviewMessages } from '../src/i18n/messages.js';
import { format } from '../src/delivery/plural.js';
import { DEFAULT_MESSAGES } from '../src/delivery/messages.js';
import { STEP_MESSAGES } from '../src/i18n/step-messages.js';
import { LANGUAGES, builtInLanguage, loadTable } from '../src/i18n/languages.js';
import sinon from 'sinon';
import { deferred, recordingTransport, useFreshTab } from './helpers.js';

const ENGLISH: WebviewMessages = { ...DEFAULT_MESSAGES, ...STEP_MESSAGES };

/** The placeholders a text fills in: `{label}`, and `{count, plural, …}`'s `count`, with those inside its branches. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)(?=[,}])/g)].map(([, name]) => name!))].sort();
}

/** Every plural block's branch names, e.g. ['few', 'many', 'one', 'other']. */
function pluralBranches(text: string): string[][] {
  return [...text.matchAll(/\{\w+, *plural, *((?:[^{}]|\{(?:[^{}]|\{\w+\})*\})*)\}/g)].map(([, body]) =>
    [...body!.matchAll(/(=?\w+) *\{/g)].map(([, name]) => name!).sort(),
  );
}

/** The error text tied to a control, the last of its aria-describedby (after a hint). */
const errorTextOf = (control: Element) =>
  document.getElementById(control.getAttribute('aria-describedby')!.split(' ').at(-1)!)!.textContent!.trim();

const SAMPLE = {
  count: 3,
  label: 'X',
  message: 'Y',
  minLength: 3,
  maxLength: 3,
  length: 2,
  min: 1,
  max: 9,
  index: 1,
  name: 'notes',
  labels: 'Notes',
  value: 4,
  country: 'Z',
};

describe('built-in languages', () => {
  it('has a complete table for each of the fourteen languages', () => {
    expect(LANGUAGES).to.have.members(['en', 'fr', 'de', 'es', 'it', 'pt-BR', 'nl', 'pl', 'tr', 'ja', 'zh-CN', 'ko', 'ar', 'he']);
  });

  for (const language of LANGUAGES.filter((tag) => tag !== 'en')) {
    it(`${language}: every key of English, no other, the same placeholders, and plural blocks that end in other`, async () => {
      const table = await loadTable(language);
      expect(Object.keys(table).sort()).to.deep.equal(Object.keys(ENGLISH).sort());
      for (const [key, english] of Object.entries(ENGLISH) as Array<[keyof WebviewMessages, string]>) {
        const text = table[key];
        expect(text, key).to.be.a('string').and.not.equal('');
        expect(placeholders(text), `${language}.${key}`).to.deep.equal(placeholders(english));
        for (const branches of pluralBranches(text)) expect(branches, `${language}.${key}`).to.include('other');
        // Filled in, nothing of the syntax is left for a person to read.
        for (const count of [0, 1, 2, 3, 5, 11, 22, 100]) {
          expect(
            format(text, { ...SAMPLE, count, minLength: count, maxLength: count, length: count, value: count }, language),
            `${language}.${key} with ${count}`,
          ).not.to.match(/[{}#]/);
        }
      }
    });
  }
});

describe('plural forms', () => {
  it('English: one and other', () => {
    expect(format(ENGLISH.tooShort, { minLength: 1, length: 0 })).to.equal('Use at least 1 character (you have 0).');
    expect(format(ENGLISH.tooShort, { minLength: 4, length: 2 })).to.equal('Use at least 4 characters (you have 2).');
    expect(format(ENGLISH.summary, { count: 2 })).to.equal('There are 2 problems: fix them, then try again.');
  });

  it('an exact branch wins over the category, and other stands in for a missing category', () => {
    const text = '{n, plural, =0 {none} one {# thing} other {# things}}';
    expect(format(text, { n: 0 })).to.equal('none');
    expect(format(text, { n: 1 })).to.equal('1 thing');
    expect(format(text, { n: 7 })).to.equal('7 things');
    // Polish has few and many; this text gives neither, so other speaks for both.
    expect(format('{n, plural, one {# rzecz} other {# rzeczy}}', { n: 5 }, 'pl')).to.equal('5 rzeczy');
  });

  it('a placeholder that is missing or not a number stays as written', () => {
    expect(format('{n, plural, other {# x}} {who}', {})).to.equal('{n, plural, other {# x}} {who}');
    expect(format('{n, plural, other {# x}}', { n: 'many' })).to.equal('{n, plural, other {# x}}');
  });

  it('Polish: one, few and many read differently', async () => {
    const pl = await loadTable('pl');
    // The words around the number, which is left out.
    const texts = [1, 2, 5, 22].map((count) => format(pl.tooShort, { minLength: count, length: 0 }, 'pl').replace(/\d+/g, '#'));
    expect(new Set(texts).size, texts.join(' / ')).to.equal(3);
    expect(texts[1], 'few is few from 2 to 4 and 22 to 24').to.equal(texts[3]);
  });

  it("Arabic: the summary's count takes the dual, the few, the many and the hundreds' forms", async () => {
    const ar = await loadTable('ar');
    const texts = [2, 3, 11, 100].map((count) => format(ar.summary, { count }, 'ar'));
    expect(new Set(texts).size, texts.join(' / ')).to.equal(4);
    expect(texts[0], 'the dual says no number').not.to.match(/\d/);
    expect(texts[1]).to.contain('3');
  });
});

describe('choosing the language', () => {
  useFreshTab();

  for (const [tag, language] of [
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['PT', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['zh', 'zh-CN'],
    ['zh-Hans-SG', 'zh-CN'],
    ['zh-TW', 'en'],
    ['zh-Hant', 'en'],
    ['iw', 'he'],
    ['ar-EG', 'ar'],
    ['sv', 'en'],
    ['', 'en'],
  ] as const) {
    it(`"${tag}" is ${language}`, () => {
      expect(builtInLanguage(tag)).to.equal(language);
    });
  }

  const sendText = (form: WebviewForm) => form.shadowRoot!.querySelector('[part="submit"]')!.textContent!.trim();

  it("takes the element's own lang first, then the closest ancestor's, then the document's", async () => {
    const { transport } = recordingTransport();
    const before = document.documentElement.lang;
    document.documentElement.lang = 'de';
    try {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div>
          <webview-form id="own" lang="es" region="us" .fetch=${transport}><input name="a" aria-label="A" /></webview-form>
          <section lang="it">
            <webview-form id="ancestor" region="us" .fetch=${transport}><input name="a" aria-label="A" /></webview-form>
          </section>
          <webview-form id="document" region="us" .fetch=${transport}><input name="a" aria-label="A" /></webview-form>
        </div>
      `);
      const forms = [...wrapper.querySelectorAll<WebviewForm>('webview-form')];
      await Promise.all(forms.map((form) => form.updateComplete));
      const [es, it, de] = await Promise.all(['es', 'it', 'de'].map(loadTable));
      expect(forms.map(sendText)).to.deep.equal([es!.send, it!.send, de!.send]);
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('shows nothing in English while the table comes: the form waits for it, then speaks French', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const form = document.createElement('webview-form');
    Object.assign(form, { lang: 'fr', region: 'us', fields: [{ name: 'email', type: 'email', required: true }] });
    // What each render showed: whether the form was hidden, and the Send button's text.
    const renders: Array<[boolean, string]> = [];
    form.addController({
      hostUpdated: () => renders.push([form.shadowRoot!.querySelector<HTMLElement>('[part="form"]')!.hidden, sendText(form)]),
    });
    wrapper.append(form);
    await form.updateComplete;
    const fr = await loadTable('fr');
    expect(renders[0]![0], 'the first render hides the form').to.be.true;
    expect(
      renders.filter(([hidden]) => !hidden).map(([, text]) => text),
      'every render that shows the form',
    )
      .to.have.length.above(0)
      .and.satisfy((texts: string[]) => texts.every((text) => text === fr.send));
    expect(form.querySelector('input')!.type).to.equal('email');
  });

  it('follows a change of its lang, and the messages property still overrides single texts', async () => {
    const form = await fixture<WebviewForm>(html`<webview-form region="us"><input name="a" aria-label="A" /></webview-form>`);
    expect(sendText(form)).to.equal('Send');
    form.setAttribute('lang', 'nl');
    form.messages = { send: 'Verstuur nu' };
    await form.updateComplete;
    expect(sendText(form)).to.equal('Verstuur nu');
    form.messages = undefined;
    await form.updateComplete;
    expect(sendText(form)).to.equal((await loadTable('nl')).send);
    // The attribute alone: the element watches its own lang.
    form.setAttribute('lang', 'pl');
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    await form.updateComplete;
    expect(sendText(form)).to.equal((await loadTable('pl')).send);
  });

  it("follows a change of an ancestor's lang, or of the document's", async () => {
    const before = document.documentElement.lang;
    try {
      const section = await fixture<HTMLElement>(
        html`<section lang="es">
          <webview-form region="us"><input name="a" aria-label="A" /></webview-form>
        </section>`,
      );
      const form = section.querySelector<WebviewForm>('webview-form')!;
      await form.updateComplete;
      expect(sendText(form)).to.equal((await loadTable('es')).send);
      section.lang = 'it';
      await new Promise<void>((resolve) => queueMicrotask(resolve));
      await form.updateComplete;
      expect(sendText(form)).to.equal((await loadTable('it')).send);
      section.removeAttribute('lang');
      document.documentElement.lang = 'ko';
      await new Promise<void>((resolve) => queueMicrotask(resolve));
      await form.updateComplete;
      expect(sendText(form)).to.equal((await loadTable('ko')).send);
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('warns on the console about a name in messages that no table has: a typo changes nothing in silence', async () => {
    const warned = deferred<string>();
    const warn = sinon.stub(console, 'warn').callsFake((text: unknown) => warned.resolve(String(text)));
    try {
      const form = await fixture<WebviewForm>(
        html`<webview-form region="us" messages='{"sendd": "Go", "next": "Onward", "send": "Go"}'
          ><input name="a" aria-label="A"
        /></webview-form>`,
      );
      const warning = await warned.promise;
      expect(warning).to.contain('"sendd"');
      expect(warning, 'a name of the steps is known').not.to.contain('next');
      expect(sendText(form)).to.equal('Go');
    } finally {
      warn.restore();
    }
  });

  it("says every validation error in the page's language, never in the browser's", async () => {
    const { transport, seen } = recordingTransport();
    const fields = [
      { name: 'name', label: 'Nom', required: true },
      { name: 'email', type: 'email', label: 'E-mail' },
      { name: 'site', type: 'url', label: 'Site' },
      { name: 'age', type: 'number', label: 'Âge', min: 18 },
      { name: 'zip', label: 'Code postal', pattern: '[0-9]{5}' },
      { name: 'size', type: 'select', label: 'Taille', required: true, options: ['s', 'm'] },
      { name: 'agree', type: 'checkbox', label: "J'accepte", required: true },
    ];
    const form = await fixture<WebviewForm>(
      html`<webview-form lang="fr" region="us" .fields=${fields} .fetch=${transport}></webview-form>`,
    );
    const fr = await loadTable('fr');
    const control = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    control('email').value = 'arthur';
    control('site').value = 'camelot';
    control('age').value = '12';
    control('zip').value = 'abc';
    await form.submit().catch(() => undefined);
    await form.updateComplete;
    const said = (name: string) => errorTextOf(control(name));
    expect(said('name')).to.equal(format(fr.valueMissing, { label: 'Nom' }, 'fr'));
    expect(said('email')).to.equal(fr.typeMismatchEmail);
    expect(said('site')).to.equal(fr.typeMismatchUrl);
    expect(said('age')).to.equal(format(fr.rangeUnderflow, { min: 18 }, 'fr'));
    expect(said('zip')).to.equal(format(fr.patternMismatch, { label: 'Code postal' }, 'fr'));
    expect(said('size')).to.equal(format(fr.valueMissingChoice, { label: 'Taille' }, 'fr'));
    expect(said('agree')).to.equal(fr.valueMissingCheckbox);
    // The browser's own words for the same problem: a copy of the control without our message.
    const browsers = (name: string) => {
      const copy = control(name).cloneNode(true) as HTMLInputElement;
      copy.setCustomValidity('');
      return copy.validationMessage;
    };
    for (const name of ['name', 'email', 'site', 'age', 'zip', 'size', 'agree']) {
      expect(browsers(name), `${name} is invalid to the browser too`).not.to.equal('');
      expect(said(name), `${name}: not the browser's "${browsers(name)}"`).not.to.equal(browsers(name));
    }
    const summary = form.shadowRoot!.querySelector('[part="error"]')!;
    expect(summary.querySelector('h2')!.textContent).to.equal(fr.summaryTitle);
    expect(summary.querySelector('p')!.textContent).to.equal(format(fr.summary, { count: 7 }, 'fr'));
    expect(seen).to.have.length(0);
  });

  it('a multi-step form speaks the language too: progress, Next and Back come from the same table', async () => {
    const fields = [
      { step: 'Vous', fields: [{ name: 'name', label: 'Nom', required: true }] },
      { step: 'Votre équipe', fields: [{ name: 'size', label: 'Taille' }] },
    ];
    const form = await fixture<WebviewForm>(html`<webview-form lang="fr" region="us" .fields=${fields}></webview-form>`);
    const fr = await loadTable('fr');
    const part = (name: string) => form.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
    expect(part('progress').textContent!.trim()).to.equal(format(fr.progress, { index: 1, count: 2 }, 'fr'));
    expect(part('next').textContent!.trim()).to.equal(fr.next);
    form.querySelector<HTMLInputElement>('[name="name"]')!.value = 'Arthur';
    part('next').click();
    await form.updateComplete;
    expect(part('back').textContent!.trim()).to.equal(fr.back);
    expect(part('progress').textContent!.trim()).to.equal(format(fr.progress, { index: 2, count: 2 }, 'fr'));
  });

  it("keeps a quoted label as written, a German noun's capital too; a page's own sentence lowers it in the language's case rules", async () => {
    const form = await fixture<WebviewForm>(
      html`<webview-form lang="de" region="us" .fields=${[{ name: 'vorname', label: 'Vorname', required: true }]}></webview-form>`,
    );
    await form.submit().catch(() => undefined);
    await form.updateComplete;
    const de = await loadTable('de');
    const input = form.querySelector('input')!;
    expect(errorTextOf(input)).to.equal(format(de.valueMissing, { label: 'Vorname' }, 'de'));
    const turkish = await fixture<WebviewForm>(
      html`<webview-form lang="tr" region="us" .fields=${[{ name: 'icecek', label: 'Ilık içecek', required: true }]}></webview-form>`,
    );
    await turkish.submit().catch(() => undefined);
    await turkish.updateComplete;
    const tr = await loadTable('tr');
    const field = turkish.querySelector('input')!;
    expect(errorTextOf(field)).to.equal(format(tr.valueMissing, { label: 'Ilık içecek' }, 'tr'));
    // The page's own words put the label inside the sentence: it starts in lower case, the Turkish way.
    turkish.messages = { valueMissing: 'Lütfen {label} yazın.' };
    await turkish.submit().catch(() => undefined);
    await turkish.updateComplete;
    expect(errorTextOf(field)).to.equal('Lütfen ılık içecek yazın.');
  });

  it("tells what went wrong with a send in the page's language; a setup error adds its English reason for the page's author", async () => {
    const { transport } = recordingTransport(new Response('', { status: 400 }), new Response('', { status: 404 }));
    const form = await fixture<WebviewForm>(
      html`<webview-form lang="ja" region="us" timeout="1000" .fetch=${transport}
        ><input name="a" value="1" aria-label="A"
      /></webview-form>`,
    );
    const ja = await loadTable('ja');
    const failure = await form.submit().then(
      () => undefined,
      (error) => error,
    );
    await form.updateComplete;
    expect(failure.code).to.equal('refused');
    const alert = form.shadowRoot!.querySelector('[part="error"]')!;
    expect(alert.querySelector('p')!.textContent).to.equal(ja.refused);
    await form.submit().catch(() => undefined);
    await form.updateComplete;
    const [said, reason] = [...alert.querySelectorAll('p')];
    expect(said!.textContent).to.equal(ja.setupError);
    expect(reason!.getAttribute('lang')).to.equal('en');
    expect(reason!.textContent).to.contain('has no Web View API at this address');
  });
});
