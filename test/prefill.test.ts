// Issue 32: answers the bot already knows, from the link. `prefill` lists the fields the link may
// fill; the link's #fragment is read first (no server log or Referer sees it), then its query.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import type { FieldDeclaration } from '../src/fields/declarations.js';
import { recordingTransport, setPageUrl, VENDOR_LINK } from './helpers.js';
import { typeInto } from './kinds-support.js';

const LEAD: FieldDeclaration[] = [
  { name: 'name', label: 'Your name', required: true, maxLength: 20 },
  { name: 'email', type: 'email', label: 'Email' },
  { name: 'source', type: 'hidden', value: 'chat' },
  { name: 'plan', type: 'radio', options: ['basic', 'pro'] },
  { name: 'stars', type: 'rating' },
  { name: 'dob', type: 'date', style: 'memorable' },
];

type Posted = { contextVariables: Array<{ name: string; value: string }> };

/** A form on a page opened from `link`; `warnings` is what the console was told. */
async function linkedForm(link: string, prefill = 'name,email,source,plan,stars,dob', fields: FieldDeclaration[] = LEAD) {
  restore = setPageUrl(link.split('#')[0]!, link.includes('#') ? `#${link.split('#')[1]}` : '');
  const warnings: string[] = [];
  warn = sinon.stub(console, 'warn').callsFake((...args: unknown[]) => void warnings.push(args.join(' ')));
  const { transport, seen } = recordingTransport();
  const form = await fixture<WebviewForm>(
    html`<webview-form region="us" prefill=${prefill} .fields=${fields} .fetch=${transport}></webview-form>`,
  );
  await form.updateComplete;
  const value = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]:is(:not([type="radio"]), :checked)`)?.value;
  const posted = async () => {
    await form.submit();
    return Object.fromEntries(((await seen.at(-1)!.body) as Posted).contextVariables.map((variable) => [variable.name, variable.value]));
  };
  return { form, value, posted, warnings };
}

let restore: () => void = () => undefined;
let warn: sinon.SinonStub | undefined;

describe('prefill from the link (issue 32)', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });
  afterEach(() => {
    warn?.restore();
    warn = undefined;
    restore();
  });

  it('the fields prefill lists start with the link fragment’s values, and are posted as the person leaves them', async () => {
    const { form, value, posted } = await linkedForm(
      `${VENDOR_LINK}#name=Arthur%20Dent&email=arthur%40example.com&plan=pro&stars=4&dob=1990-03-07`,
    );
    expect([value('name'), value('email'), value('plan'), value('stars'), value('dob')]).to.deep.equal([
      'Arthur Dent',
      'arthur@example.com',
      'pro',
      '4',
      '1990-03-07',
    ]);
    const name = form.querySelector<HTMLInputElement>('[name="name"]')!;
    name.select();
    await typeInto(name, 'Ford');
    expect(await posted()).to.deep.equal({
      name: 'Ford',
      email: 'arthur@example.com',
      source: 'chat',
      plan: 'pro',
      stars: '4',
      dob: '1990-03-07',
    });
  });

  it('the fragment wins over the query; the query fills what the fragment does not name', async () => {
    const { value } = await linkedForm(`${VENDOR_LINK}&name=Query&email=q%40example.com#name=Fragment`);
    expect([value('name'), value('email')]).to.deep.equal(['Fragment', 'q@example.com']);
  });

  it('prefill refusing a hidden field: the page’s value stays, and the console says why', async () => {
    const { value, warnings } = await linkedForm(`${VENDOR_LINK}#source=evil`);
    expect(value('source')).to.equal('chat');
    expect(warnings.join('\n')).to.contain('"source"').and.contain('hidden');
  });

  it('prefill refusing an unlisted name: the field stays empty, and the console names it', async () => {
    const { value, warnings } = await linkedForm(`${VENDOR_LINK}#name=Arthur&email=a%40example.com`, 'name');
    expect([value('name'), value('email')]).to.deep.equal(['Arthur', '']);
    expect(warnings.join('\n')).to.contain('"email"').and.contain('not listed in prefill');
  });

  it('prefill refusing a too-long value, or one that is none of the choices', async () => {
    const { value, warnings } = await linkedForm(`${VENDOR_LINK}#name=${'x'.repeat(21)}&plan=gold&stars=9`);
    expect([value('name'), value('plan'), value('stars')]).to.deep.equal(['', undefined, undefined]);
    expect(warnings.join('\n')).to.contain('"name"').and.contain('20 characters').and.contain('"plan"').and.contain('"stars"');
  });

  it('a card number or a secret never comes from a link', async () => {
    const fields: FieldDeclaration[] = [{ name: 'note' }, { name: 'code', type: 'otp' }];
    const { value, warnings } = await linkedForm(`${VENDOR_LINK}#note=4111111111111111&code=123456`, 'note,code', fields);
    expect([value('note'), value('code')]).to.deep.equal(['', '']);
    expect(warnings.join('\n')).to.contain('"note"').and.contain('"code"');
  });

  it('a prefilled value is checked like a typed one', async () => {
    const { form } = await linkedForm(`${VENDOR_LINK}#name=Arthur&email=not-an-address`);
    await form.submit().catch(() => undefined);
    expect(form.querySelector('.webview-form-error:not([hidden])')!.textContent).to.contain('email address');
  });

  it('a draft wins over the link', async () => {
    const first = await linkedForm(`${VENDOR_LINK}#name=Arthur`, 'name', [{ name: 'name' }]);
    const name = first.form.querySelector<HTMLInputElement>('[name="name"]')!;
    name.select();
    await typeInto(name, 'Zaphod');
    first.form.remove();
    warn?.restore();
    restore();
    const again = await linkedForm(`${VENDOR_LINK}#name=Arthur`, 'name', [{ name: 'name' }]);
    expect(again.value('name')).to.equal('Zaphod');
  });
});
