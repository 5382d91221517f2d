// Issue 30, row 7: a condition's answer is picked from the answers of the field it depends on when
// those are a fixed list, and a condition that can never hold is said so, next to it: a typo or a
// choice renamed since must not hide a field for good without a word.
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { answerChoices, conditionProblem } from '../src/designer/conditions.js';
import { STARTER_DESIGN, type Design } from '../src/designer/design.js';
import type { FieldDeclaration } from '../src/fields/declarations.js';
import type { FormDesigner } from '../stories/designer/form-designer.js';
import '../stories/designer/form-designer.js';
import { expectAccessible } from './a11y.js';
import { designerOn } from './designer-support.js';

const CONTACT: FieldDeclaration = { name: 'contact', type: 'radio', options: ['Email', { value: 'phone', label: 'Phone' }] };
const NEWS: FieldDeclaration = { name: 'news', type: 'checkbox' };
const SOURCE: FieldDeclaration = { name: 'source', type: 'hidden', value: 'chat' };
const AGE: FieldDeclaration = { name: 'age', type: 'number' };
const NAME: FieldDeclaration = { name: 'name', label: 'Full name' };

/** The problem of a field shown when `when` holds, put after `before`. */
const problemAfter = (before: FieldDeclaration[], when: FieldDeclaration['when']) =>
  conditionProblem([...before, { name: 'shown', when }], before.length);

describe('designer: what a condition can ask', () => {
  it('the answers of a radio or select are its choices’ values, with their labels; a checkbox’s are true and false; a text field’s are typed', () => {
    expect(answerChoices(CONTACT)).to.deep.equal([
      { value: 'Email', label: 'Email' },
      { value: 'phone', label: 'Phone' },
    ]);
    expect(answerChoices({ ...CONTACT, type: 'select' } as FieldDeclaration)!.map((choice) => choice.value)).to.deep.equal([
      'Email',
      'phone',
    ]);
    expect(answerChoices(NEWS)!.map((choice) => choice.value)).to.deep.equal(['true', 'false']);
    expect(answerChoices(NAME)).to.equal(undefined);
    expect(answerChoices(AGE)).to.equal(undefined);
    // A choice field whose options are not written yet: nothing to pick from (the editor crashed on it).
    expect(answerChoices({ ...CONTACT, options: [] } as FieldDeclaration)).to.equal(undefined);
  });

  it('the answers of a rating are 1 to its stars; a scale’s, its numbers, with the words under its ends', () => {
    expect(answerChoices({ name: 'stars', type: 'rating' })!.map((choice) => choice.value)).to.deep.equal(['1', '2', '3', '4', '5']);
    expect(answerChoices({ name: 'nps', type: 'scale', min: -1, max: 2, minLabel: 'No', maxLabel: 'Yes' })).to.deep.equal([
      { value: '-1', label: '-1 (No)' },
      { value: '0', label: '0' },
      { value: '1', label: '1' },
      { value: '2', label: '2 (Yes)' },
    ]);
    expect(answerChoices({ name: 'nps', type: 'scale' })).to.have.length(11);
    expect(problemAfter([{ name: 'stars', type: 'rating', max: 3 }], { field: 'stars', equals: '4' })).to.contain(
      '“4” is not one of the answers to “Stars” (1, 2, 3)',
    );
  });

  it('a condition that can hold has no problem', () => {
    expect(problemAfter([CONTACT], { field: 'contact', equals: 'phone' })).to.equal(undefined);
    expect(problemAfter([CONTACT], { field: 'contact', in: ['fax', 'Email'] })).to.equal(undefined);
    expect(problemAfter([NEWS], { field: 'news', equals: 'true' })).to.equal(undefined);
    expect(problemAfter([NAME], { field: 'name', equals: 'Ada' })).to.equal(undefined);
    expect(problemAfter([NAME], { field: 'name', filled: true })).to.equal(undefined);
    expect(problemAfter([SOURCE], { field: 'source', equals: 'chat' })).to.equal(undefined);
    expect(problemAfter([AGE], { field: 'age', equals: '2.5' })).to.equal(undefined);
    expect(conditionProblem([NAME], 0)).to.equal(undefined);
  });

  it('an answer that is not one of the choices’ values never holds: a label is not a value', () => {
    expect(problemAfter([CONTACT], { field: 'contact', equals: 'Phone' })).to.equal(
      '“Phone” is not one of the answers to “Contact” (Email, Phone): this field would never be shown.',
    );
    expect(problemAfter([CONTACT], { field: 'contact', in: ['fax', 'post'] })).to.contain('“fax” or “post” is not one of the answers');
    expect(problemAfter([NEWS], { field: 'news', equals: 'yes' })).to.contain('(Ticked, Not ticked)');
  });

  it('a field that is gone, itself, or after the field never answers in time', () => {
    expect(problemAfter([NAME], { field: 'email', equals: 'a' })).to.contain('No field is named “email”');
    expect(conditionProblem([{ name: 'loop', when: { field: 'loop', equals: 'a' } }], 0)).to.contain('its own answer');
    expect(conditionProblem([{ name: 'shown', when: { field: 'name', equals: 'Ada' } }, NAME], 0)).to.contain(
      '“Full name” comes after this field',
    );
  });

  it('an empty answer, a hidden field’s other value and a number or date that is not one never hold', () => {
    expect(problemAfter([NAME], { field: 'name', equals: '' })).to.contain('An empty answer posts nothing');
    expect(problemAfter([SOURCE], { field: 'source', equals: 'email' })).to.contain('always posts “chat”');
    expect(problemAfter([AGE], { field: 'age', equals: 'ten' })).to.contain('A number field never answers “ten”');
    expect(problemAfter([{ name: 'day', type: 'date' }], { field: 'day', equals: '31/12/2026' })).to.contain('YYYY-MM-DD');
  });

  it('a condition on a field that is itself never shown never holds either, and a loop of conditions ends', () => {
    const never: FieldDeclaration = { name: 'phone', when: { field: 'contact', equals: 'fax' } };
    expect(problemAfter([CONTACT, never], { field: 'phone', equals: '123' })).to.equal(
      '“Phone” is itself never shown, so this field never is either.',
    );
    const loop: FieldDeclaration[] = [
      { name: 'a', when: { field: 'b', equals: 'x' } },
      { name: 'b', when: { field: 'a', equals: 'x' } },
    ];
    expect(conditionProblem(loop, 1)).to.contain('“A” is itself never shown');
  });
});

/** The starter's three fields, and a fourth shown when `when` holds. */
const withFourth = (when?: FieldDeclaration['when']): Design => ({
  ...STARTER_DESIGN,
  fields: [...(STARTER_DESIGN.fields as FieldDeclaration[]), { name: 'phone', when }],
});

/** The fourth row's answer control, and the warning read with it (undefined when none is). */
function answerOf(designer: FormDesigner) {
  const control = designer.querySelector<HTMLInputElement | HTMLSelectElement>('[data-key="3"] [id$="-equals"]')!;
  const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  const warning = described.map((id) => designer.querySelector(`#${id}`)?.textContent?.trim()).join(' ') || undefined;
  return { control, warning };
}

function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('designer: a condition’s answer', () => {
  it('is picked from the choices of a radio field, and a pick is written to the design', async () => {
    const designer = await designerOn(withFourth({ field: 'contact', equals: 'Phone' }));
    const { control, warning } = answerOf(designer);
    expect(control.localName).to.equal('select');
    expect([...(control as HTMLSelectElement).options].map((option) => option.text)).to.deep.equal(['Email', 'Phone']);
    expect(control.value).to.equal('Phone');
    expect(warning).to.equal(undefined);
    choose(control as HTMLSelectElement, 'Email');
    await designer.updateComplete;
    expect(designer.design.fields[3]).to.deep.equal({ name: 'phone', when: { field: 'contact', equals: 'Email' } });
    await expectAccessible(designer, 'a condition picked from a list');
  });

  it('starts from the field’s first answer when a field with choices is picked, and is typed for a text field', async () => {
    const designer = await designerOn(withFourth());
    designer.querySelector<HTMLDetailsElement>('[data-key="3"] details')!.open = true;
    choose(designer.querySelector<HTMLSelectElement>('#wfd-3-when')!, 'contact');
    await designer.updateComplete;
    expect(designer.design.fields[3]).to.deep.equal({ name: 'phone', when: { field: 'contact', equals: 'Email' } });
    choose(designer.querySelector<HTMLSelectElement>('#wfd-3-when')!, 'name');
    await designer.updateComplete;
    const { control } = answerOf(designer);
    expect(control.localName).to.equal('input');
    expect(control.value).to.equal('Email');
  });

  it('that can never hold is kept as it is, with a warning read with it', async () => {
    const designer = await designerOn(withFourth({ field: 'contact', equals: 'Fax' }));
    const { control, warning } = answerOf(designer);
    expect(control.value, 'the design’s answer, not another in its place').to.equal('Fax');
    expect((control as HTMLSelectElement).selectedOptions[0]!.text).to.equal('“Fax” (not one of the answers)');
    expect(warning).to.equal(
      'Warning: “Fax” is not one of the answers to “How should we contact you?” (Email, Phone): this field would never be shown.',
    );
    expect(designer.design.fields[3]!.when).to.deep.equal({ field: 'contact', equals: 'Fax' });
    // The field it depends on is the one to see it too.
    const depends = designer.querySelector('#wfd-3-when')!.getAttribute('aria-describedby')!;
    expect(depends.split(' ')).to.include(answerOf(designer).control.getAttribute('aria-describedby'));
    await expectAccessible(designer, 'a condition that can never hold');
  });

  it('warns once the choice it named is renamed, and not once it is picked again', async () => {
    const designer = await designerOn(withFourth({ field: 'contact', equals: 'Phone' }));
    const choices = designer.querySelector<HTMLTextAreaElement>('#wfd-2-options')!;
    choices.value = 'Email\nTelephone';
    choices.dispatchEvent(new Event('input', { bubbles: true }));
    await designer.updateComplete;
    expect(answerOf(designer).warning).to.contain('“Phone” is not one of the answers');
    choose(answerOf(designer).control as HTMLSelectElement, 'Telephone');
    await designer.updateComplete;
    expect(answerOf(designer).warning).to.equal(undefined);
  });
});
