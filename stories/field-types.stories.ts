/**
 * The declared field types of lead forms and surveys (issue 32), each in three states: answered
 * as it should be, refused after Send (the error summary and the field's own error), and on an
 * Arabic page, right to left, refused after Send. Then all six on one form, answered and sent,
 * with what reached the bot.
 *
 * One factory makes the three stories of a type; CSF needs each story as a named export of its
 * own, so each is one line at the end of the file.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/index.js';
import type { FieldDeclaration, WebviewForm } from '../src/index.js';
import { formIn, part, partText, rendered, storyBackend, wired, type StoryBackend } from './support.js';

interface Loaded {
  backend: StoryBackend;
}

/** What a story knows of one type: its declaration (in English and Arabic) and how a person answers it. */
interface Kind {
  title: string;
  field: FieldDeclaration;
  /** The same field as an Arabic page declares it. */
  arabic: Partial<FieldDeclaration>;
  /** Gives a right answer, as a person does. */
  answer(form: WebviewForm): Promise<void>;
  /** Gives a wrong answer (or none); `inline` is the field's error in English. */
  wrong(form: WebviewForm): Promise<void>;
  inline: string | RegExp;
  /** The value the bot receives for the right answer. */
  posted: string;
}

/** The control (or first radio, or first box) of the field `name`: the one its error is tied to. */
const control = (form: WebviewForm, name: string) =>
  form.querySelector<HTMLInputElement>(`[name="${name}"]`) ?? form.querySelector<HTMLInputElement>(`#${CSS.escape(name)} input`)!;

/** Types into a memorable date's boxes. */
async function typeDate(form: WebviewForm, name: string, day: string, month: string, year: string) {
  const box = (part: string) => form.querySelector<HTMLInputElement>(`[name="${name}"] input[data-part="${part}"]`)!;
  if (day) await userEvent.type(box('day'), day);
  if (month) await userEvent.type(box('month'), month);
  if (year) await userEvent.type(box('year'), year);
}

const radio = (form: WebviewForm, name: string, value: string) =>
  form.querySelector<HTMLInputElement>(`[name="${name}"][value="${value}"]`)!;

const KINDS = {
  rating: {
    title: 'Rating',
    field: { name: 'rating', type: 'rating', label: 'How did we do?', required: true },
    arabic: { label: 'كيف كانت خدمتنا؟' },
    answer: (form) => userEvent.click(radio(form, 'rating', '4')),
    wrong: async () => undefined,
    inline: /^Choose an option for How did we do\?$/,
    posted: '4',
  },
  scale: {
    title: 'Scale (NPS)',
    field: {
      name: 'nps',
      type: 'scale',
      min: 0,
      max: 10,
      label: 'How likely are you to recommend us to a friend?',
      minLabel: 'Not at all likely',
      maxLabel: 'Extremely likely',
      required: true,
    },
    arabic: { label: 'ما مدى احتمال أن توصي بنا صديقًا؟', minLabel: 'غير محتمل إطلاقًا', maxLabel: 'محتمل جدًا' },
    answer: (form) => userEvent.click(radio(form, 'nps', '9')),
    wrong: async () => undefined,
    inline: /recommend/,
    posted: '9',
  },
  otp: {
    title: 'One-time code',
    field: { name: 'code', type: 'otp', length: 6, label: 'Security code', hint: 'We sent a 6-digit code to your phone.', required: true },
    arabic: { label: 'رمز الأمان', hint: 'أرسلنا رمزًا من 6 أرقام إلى هاتفك.' },
    answer: async (form) => {
      // A code pasted as it reads in the text message keeps its digits.
      control(form, 'code').focus();
      await userEvent.paste('123 456');
    },
    wrong: (form) => userEvent.type(control(form, 'code'), '12345'),
    inline: 'Enter the 6-digit code.',
    posted: '123456',
  },
  date: {
    title: 'Memorable date',
    field: {
      name: 'dob',
      type: 'date',
      style: 'memorable',
      label: 'Date of birth',
      hint: 'For example, 3 27 1990',
      max: 'today',
      autocomplete: 'bday',
      required: true,
    },
    arabic: { label: 'تاريخ الميلاد', hint: 'مثال: 27 3 1990' },
    answer: (form) => typeDate(form, 'dob', '7', '3', '1990'),
    wrong: (form) => typeDate(form, 'dob', '31', '2', '2001'),
    inline: 'Date of birth must be a real date.',
    posted: '1990-03-07',
  },
  consent: {
    title: 'Consent with its link',
    field: {
      name: 'consent',
      type: 'checkbox',
      label: 'I agree to be contacted about my quote',
      link: { href: 'https://example.com/privacy', text: 'Privacy notice' },
      required: true,
    },
    arabic: { label: 'أوافق على التواصل معي بشأن عرض السعر', link: { href: 'https://example.com/privacy', text: 'إشعار الخصوصية' } },
    answer: (form) => userEvent.click(control(form, 'consent')),
    wrong: async () => undefined,
    inline: 'Check this box to continue.',
    posted: 'true',
  },
  phone: {
    title: 'Phone (GB)',
    field: { name: 'phone', type: 'tel', country: 'GB', label: 'Phone number', autocomplete: 'tel', required: true },
    arabic: { label: 'رقم الهاتف' },
    answer: (form) => userEvent.type(control(form, 'phone'), '020 7946 0000'),
    wrong: (form) => userEvent.type(control(form, 'phone'), '12345'),
    inline: /United Kingdom/,
    posted: '+442079460000',
  },
} satisfies Record<string, Kind>;

const meta: Meta = {
  title: 'webview-form/Field types',
  component: 'webview-form',
  parameters: {
    docs: {
      description: {
        component:
          'The declared types for lead forms and surveys: a rating, a scale (a Net Promoter Score), a one-time code, a memorable date, a consent checkbox with its link and a phone number with a country. Each answered, refused after Send, and refused on an Arabic page (right to left). Every story posts to the bundled mock backend.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const withBackend = [async (): Promise<Loaded> => ({ backend: storyBackend() })];

const formOf =
  (fields: readonly FieldDeclaration[]) =>
  (_args: unknown, { loaded }: { loaded: Record<string, unknown> }) => {
    const { backend } = loaded as unknown as Loaded;
    return html`<webview-form ${wired(backend)} region="us" message="survey submitted" .fields=${fields}></webview-form>`;
  };

/** Answered: the field holds a right answer, says nothing, and the form would send. */
function answered(kind: Kind): Story {
  return {
    name: `${kind.title}: answered`,
    loaders: withBackend,
    render: formOf([kind.field]),
    play: async ({ canvasElement }) => {
      const form = await rendered(canvasElement);
      await kind.answer(form);
      await waitFor(() => expect(form.checkValidity()).toBe(true));
      await expect(form.querySelector('.webview-form-error:not([hidden])')).toBeNull();
      await expect(form.state).toBe('idle');
    },
  };
}

/** Gives the kind's wrong answer and presses Send: the form is invalid, and its field's error shows. */
async function sendWrong(kind: Kind, canvasElement: HTMLElement, loaded: unknown) {
  const form = await rendered(canvasElement);
  const { backend } = loaded as Loaded;
  await kind.wrong(form);
  await userEvent.click(part(form, 'submit')!);
  await waitFor(() => expect(form.state).toBe('invalid'));
  const inline = form.querySelector<HTMLElement>('.webview-form-error:not([hidden])')!;
  await expect(inline).toBeVisible();
  return { form, backend, inline };
}

/** Refused: Send pressed with a wrong answer (or none); the summary names it and the field says why. */
function refused(kind: Kind): Story {
  return {
    name: `${kind.title}: refused`,
    loaders: withBackend,
    render: formOf([kind.field]),
    play: async ({ canvasElement, loaded }) => {
      const { form, backend, inline } = await sendWrong(kind, canvasElement, loaded);
      await expect(inline.textContent).toMatch(kind.inline);
      await expect(partText(form, 'error')).toContain('There is a problem');
      await expect(control(form, kind.field.name)).toHaveAttribute('aria-invalid', 'true');
      await expect(backend.received).toHaveLength(0);
      canvasElement.ownerDocument.scrollingElement?.scrollTo(0, 0);
    },
  };
}

/** Right to left: the same refusal on an Arabic page, in Arabic, with the field laid out from the right. */
function rightToLeft(kind: Kind): Story {
  const field = { ...kind.field, ...kind.arabic } as FieldDeclaration;
  return {
    name: `${kind.title}: right to left`,
    globals: { lang: 'ar' },
    loaders: withBackend,
    render: (_args, { loaded }) => {
      const { backend } = loaded as Loaded;
      return html`<div lang="ar" dir="rtl">
        <webview-form ${wired(backend)} region="us" message="survey submitted" .fields=${[field]}></webview-form>
      </div>`;
    },
    play: async ({ canvasElement, loaded }) => {
      const { form, backend, inline } = await sendWrong(kind, canvasElement, loaded);
      await expect(getComputedStyle(form).direction).toBe('rtl');
      // Arabic, with its placeholders filled in.
      await waitFor(() => expect(inline.textContent).toMatch(/[\u0600-\u06FF]/));
      await expect(inline.textContent).not.toMatch(/[{}]/);
      await expect(backend.received).toHaveLength(0);
      // The field starts at the right: its first choice or box sits right of the next; a checkbox right of its label.
      const [first, next] = startAndNext(form);
      if (first && next) await expect(first.getBoundingClientRect().left).toBeGreaterThan(next.getBoundingClientRect().left);
      canvasElement.ownerDocument.scrollingElement?.scrollTo(0, 0);
    },
  };
}

/** The first two things of the field in reading order: two choices' labels, two boxes, or a checkbox and its label. */
function startAndNext(form: WebviewForm): HTMLElement[] {
  const inputs = [...form.querySelectorAll<HTMLInputElement>('input:not([type="hidden"])')];
  if (inputs[0]?.type === 'radio') return [inputs[0].labels![0]!, inputs[1]!.labels![0]!];
  if (inputs[0]?.type === 'checkbox') return [inputs[0], inputs[0].labels![0]!];
  return inputs.length > 1 ? inputs.slice(0, 2) : [];
}

export const RatingAnswered = answered(KINDS.rating);
export const RatingRefused = refused(KINDS.rating);
export const RatingRightToLeft = rightToLeft(KINDS.rating);
export const ScaleAnswered = answered(KINDS.scale);
export const ScaleRefused = refused(KINDS.scale);
export const ScaleRightToLeft = rightToLeft(KINDS.scale);
export const OtpAnswered = answered(KINDS.otp);
export const OtpRefused = refused(KINDS.otp);
export const OtpRightToLeft = rightToLeft(KINDS.otp);
export const MemorableDateAnswered = answered(KINDS.date);
export const MemorableDateRefused = refused(KINDS.date);
export const MemorableDateRightToLeft = rightToLeft(KINDS.date);
export const ConsentAnswered = answered(KINDS.consent);
export const ConsentRefused = refused(KINDS.consent);
export const ConsentRightToLeft = rightToLeft(KINDS.consent);
export const PhoneAnswered = answered(KINDS.phone);
export const PhoneRefused = refused(KINDS.phone);
export const PhoneRightToLeft = rightToLeft(KINDS.phone);

const ALL = Object.values(KINDS) as Kind[];

/** All six on one form, answered and sent: what the bot receives for each. */
export const AllSent: Story = {
  name: 'All six, answered and sent',
  loaders: withBackend,
  render: formOf(ALL.map((kind) => kind.field)),
  play: async ({ canvasElement, loaded }) => {
    const form = await rendered(canvasElement);
    const { backend } = loaded as Loaded;
    for (const kind of ALL) await kind.answer(form);
    await userEvent.click(part(formIn(canvasElement), 'submit')!);
    await waitFor(() => expect(form.state).toBe('success'));
    await expect(backend.received[0]!.contextVariables).toEqual(ALL.map((kind) => ({ name: kind.field.name, value: kind.posted })));
  },
};

/** The six, unanswered, for the guide's canvas. */
export const AllSix: Story = {
  name: 'All six, as a person opens them',
  loaders: withBackend,
  render: formOf(ALL.map((kind) => kind.field)),
  play: async ({ canvasElement }) => {
    const form = await rendered(canvasElement);
    await expect(form.querySelectorAll('.webview-form-field')).toHaveLength(ALL.length);
  },
};
