import { expect, fixture, html } from '@open-wc/testing';
import { adapterFor } from '../src/delivery/control-adapter.js';
import { listControls, resetControls } from '../src/dom/controls.js';

// A form-associated custom element that owns its state, as a design system would ship one.
class StarsInput extends HTMLElement {
  static formAssociated = true;
  value = '3';
}
customElements.define('test-stars-input', StarsInput);

async function controls(template: ReturnType<typeof html>) {
  const root = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const byName = (name: string) => listControls(root).find((control) => control.getAttribute('name') === name)!;
  return { root, byName };
}

describe('control adapter', () => {
  it('captures text, choices and selections, and restores them into a fresh copy of the form', async () => {
    const template = html`
      <input name="name" />
      <textarea name="note"></textarea>
      <input type="checkbox" name="news" value="yes" />
      <input type="radio" name="size" value="s" /><input type="radio" name="size" value="m" />
      <select name="days" multiple>
        <option>mon</option>
        <option>tue</option>
        <option>wed</option>
      </select>
    `;
    const first = await controls(template);
    (first.byName('name') as HTMLInputElement).value = 'Arthur';
    (first.byName('note') as HTMLTextAreaElement).value = 'Ni!';
    (first.byName('news') as HTMLInputElement).checked = true;
    const [, medium] = listControls(first.root).filter((control) => control.getAttribute('name') === 'size') as HTMLInputElement[];
    medium.checked = true;
    const days = first.byName('days') as HTMLSelectElement;
    days.options[0].selected = true;
    days.options[2].selected = true;
    const states = listControls(first.root).map((control) => adapterFor(control).capture());
    expect(states).to.deep.equal([
      { value: 'Arthur' },
      { value: 'Ni!' },
      { checked: true },
      { checked: false },
      { checked: true },
      { selected: ['mon', 'wed'] },
    ]);

    const second = await controls(template);
    const fresh = listControls(second.root);
    fresh.forEach((control, index) => adapterFor(control).restore(states[index]!));
    expect(fresh.map((control) => adapterFor(control).read())).to.deep.equal([['Arthur'], ['Ni!'], ['yes'], [], ['m'], ['mon', 'wed']]);
  });

  // A card number typed into a text field is the draft's to leave out (see draft.test.ts): the
  // check comes with the draft's code, not with the first render's.
  it('keeps nothing of hidden, password and file inputs, or a form-associated element', async () => {
    const { root, byName } = await controls(html`
      <input type="hidden" name="source" value="chat" />
      <input type="password" name="secret" value="swordfish" />
      <input type="file" name="passport" />
      <test-stars-input name="stars"></test-stars-input>
    `);
    expect(listControls(root).map((control) => adapterFor(control).capture())).to.deep.equal([undefined, undefined, undefined, undefined]);
    adapterFor(byName('secret')).restore({ value: 'from a draft' });
    expect((byName('secret') as HTMLInputElement).value).to.equal('swordfish');
  });

  it('ignores a stored state of another kind: a checkbox does not gain a value attribute', async () => {
    const { byName } = await controls(html`<input type="checkbox" name="consent" />`);
    adapterFor(byName('consent')).restore({ value: 'oops' });
    expect(byName('consent').hasAttribute('value')).to.be.false;
    expect(adapterFor(byName('consent')).read()).to.deep.equal(['false']);
  });

  it('tells whether a control still holds its initial value, and reset() gives it back', async () => {
    const { root, byName } = await controls(html`
      <input name="name" value="Arthur" />
      <input type="checkbox" name="consent" checked />
      <select name="color">
        <option>red</option>
        <option>blue</option>
      </select>
      <textarea name="note">initial</textarea>
    `);
    const all = listControls(root);
    expect(all.map((control) => adapterFor(control).untouched())).to.deep.equal([true, true, true, true]);
    (byName('name') as HTMLInputElement).value = 'Lancelot';
    (byName('consent') as HTMLInputElement).checked = false;
    (byName('color') as HTMLSelectElement).value = 'blue';
    (byName('note') as HTMLTextAreaElement).value = 'changed';
    expect(all.map((control) => adapterFor(control).untouched())).to.deep.equal([false, false, false, false]);
    resetControls(all);
    expect(all.map((control) => adapterFor(control).untouched())).to.deep.equal([true, true, true, true]);
    expect(all.map((control) => adapterFor(control).read())).to.deep.equal([['Arthur'], ['true'], ['red'], ['initial']]);
  });

  it('counts a form-associated element as changed, so a draft never overwrites it', async () => {
    const { byName } = await controls(html`<test-stars-input name="stars"></test-stars-input>`);
    const adapter = adapterFor(byName('stars'));
    expect(adapter.untouched()).to.be.false;
    expect(adapter.read()).to.deep.equal(['3']);
  });
});
