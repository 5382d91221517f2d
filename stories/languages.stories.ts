/**
 * The same lead-gen form on a page in each built-in language, after Send was pressed with
 * everything wrong: the error summary and every inline error in the page's language, and, in
 * Arabic and Hebrew, the whole form laid out right to left.
 *
 * One factory makes every story; CSF needs each story as a named export of its own, so each
 * language is one line at the end of the file.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/index.js';
import { DEFAULT_MESSAGES, type FieldDeclaration, type FormMessages } from '../src/index.js';
import { LANGUAGES, loadTable } from '../src/i18n/languages.js';
import { format } from '../src/delivery/plural.js';
import { hostLanguage } from '../.storybook/host-page.js';
import { part, partText, rendered, storyBackend, typeKeys, wired, type StoryBackend } from './support.js';

/** What a host page in that language would label its fields with. */
interface Labels {
  name: string;
  email: string;
  size: string;
  agree: string;
  company: string;
}

const LABELS: Record<string, Labels> = {
  en: { name: 'Full name', email: 'Email', size: 'Team size', agree: 'I agree', company: 'Company' },
  fr: { name: 'Nom complet', email: 'Adresse e-mail', size: 'Taille de l’équipe', agree: 'J’accepte', company: 'Entreprise' },
  de: { name: 'Vollständiger Name', email: 'E-Mail-Adresse', size: 'Teamgröße', agree: 'Ich stimme zu', company: 'Firma' },
  es: { name: 'Nombre completo', email: 'Correo electrónico', size: 'Tamaño del equipo', agree: 'Acepto', company: 'Empresa' },
  it: { name: 'Nome e cognome', email: 'Indirizzo email', size: 'Dimensione del team', agree: 'Accetto', company: 'Azienda' },
  'pt-BR': { name: 'Nome completo', email: 'E-mail', size: 'Tamanho da equipe', agree: 'Concordo', company: 'Empresa' },
  nl: { name: 'Volledige naam', email: 'E-mailadres', size: 'Teamgrootte', agree: 'Ik ga akkoord', company: 'Bedrijf' },
  pl: { name: 'Imię i nazwisko', email: 'Adres e-mail', size: 'Wielkość zespołu', agree: 'Zgadzam się', company: 'Firma' },
  tr: { name: 'Ad soyad', email: 'E-posta', size: 'Ekip büyüklüğü', agree: 'Kabul ediyorum', company: 'Şirket' },
  ja: { name: '氏名', email: 'メールアドレス', size: 'チームの人数', agree: '同意します', company: '会社名' },
  'zh-CN': { name: '姓名', email: '电子邮箱', size: '团队规模', agree: '我同意', company: '公司名称' },
  ko: { name: '이름', email: '이메일', size: '팀 규모', agree: '동의합니다', company: '회사명' },
  ar: { name: 'الاسم الكامل', email: 'البريد الإلكتروني', size: 'حجم الفريق', agree: 'أوافق', company: 'الشركة' },
  he: { name: 'שם מלא', email: 'כתובת אימייל', size: 'גודל הצוות', agree: 'אני מסכים/ה', company: 'חברה' },
};

const unlabelled = LANGUAGES.filter((tag) => !LABELS[tag]);
if (unlabelled.length > 0) throw new Error(`languages.stories.ts: labels for ${unlabelled.join(', ')}`);

/** The declared form: four required fields and an optional one with a minimum length. */
function leadFields(labels: Labels): FieldDeclaration[] {
  return [
    { name: 'name', label: labels.name, required: true, autocomplete: 'name' },
    { name: 'email', type: 'email', label: labels.email, required: true },
    { name: 'size', type: 'select', label: labels.size, required: true, options: ['1–10', '11–50', '51+'] },
    { name: 'company', label: labels.company, minLength: 3, autocomplete: 'organization' },
    { name: 'agree', type: 'checkbox', label: labels.agree, required: true },
  ];
}

/** Too short for the optional field's minimum: its error shows too. */
const TOO_SHORT = 'ab';

interface Loaded {
  backend: StoryBackend;
  /** The language's built-in table, loaded as the element loads it. */
  table: FormMessages;
}

const meta: Meta = {
  title: 'webview-form/Languages',
  component: 'webview-form',
  parameters: {
    docs: {
      description: {
        component:
          'The same declared lead-gen form in every built-in language, after Send was pressed with nothing filled in (and the optional company name too short). The page’s `lang` (and `dir` for Arabic and Hebrew) sits on a wrapper, as a host page would set it; the element picks its table from there. Labels are the page’s own.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** The story of one language: the form, Send pressed, and what must show in that language. */
function languageStory(tag: string): Story {
  const language = hostLanguage(tag);
  const labels = LABELS[tag]!;
  const fields = leadFields(labels);
  return {
    // The toolbar shows the story's language, and the page around it is in it too; shown (and
    // tested) in the smallest in-app browser, where a long language wraps most.
    globals: { lang: tag, viewport: { value: 'iphoneSeInApp', isRotated: false } },
    loaders: [
      async (): Promise<Loaded> => ({
        backend: storyBackend(),
        table: tag === 'en' ? DEFAULT_MESSAGES : await loadTable(tag),
      }),
    ],
    render: (_args, { loaded }) => {
      const { backend } = loaded as Loaded;
      return html`<div lang=${tag} dir=${language.dir}>
        <webview-form ${wired(backend)} region="us" message="lead submitted" .fields=${fields}></webview-form>
      </div>`;
    },
    play: async ({ canvasElement, loaded }) => {
      const { backend, table } = loaded as Loaded;
      const form = await rendered(canvasElement);
      const control = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;

      // With simulated keys (Storybook's UI) the browser does not call the answer too short.
      const realKeys = await typeKeys(control('company'), TOO_SHORT);
      await expect(control('company')).toHaveValue(TOO_SHORT);
      const wrong = realKeys ? fields : fields.filter(({ name }) => name !== 'company');
      const send = part(form, 'submit')!;
      await expect(send).toHaveTextContent(table.send);
      await userEvent.click(send);

      await waitFor(() => expect(form.state).toBe('invalid'));
      const summary = part(form, 'error')!;
      await waitFor(() => expect(summary.querySelector('h2')).toHaveTextContent(table.summaryTitle));
      // Every field is wrong: the count line, in the language's plural form, with nothing left unfilled.
      const countLine = summary.querySelector('h2 + p')!.textContent!.trim();
      await expect(countLine).not.toMatch(/[{}#]/);
      await expect(countLine).toBe(format(table.summary, { count: wrong.length }, tag));
      await expect(summary.querySelectorAll('[part="summary-link"]')).toHaveLength(wrong.length);

      // Each field: marked invalid, with its own error in the language, tied to it and shown.
      for (const { name } of wrong) {
        const errorText = form.querySelector<HTMLElement>(`#${CSS.escape(control(name).id)}-error`)!;
        await expect(control(name)).toHaveAttribute('aria-invalid', 'true');
        await expect(errorText).toBeVisible();
        await expect(errorText.textContent).not.toMatch(/^\s*$|[{}]/);
        await expect(control(name)).toHaveAccessibleDescription(errorText.textContent!.trim());
      }
      await expect(form.querySelector(`#${CSS.escape(control('agree').id)}-error`)).toHaveTextContent(table.valueMissingCheckbox);
      if (realKeys)
        await expect(control('company').validationMessage).toBe(format(table.tooShort, { minLength: 3, length: TOO_SHORT.length }, tag));
      await expect(backend.received).toHaveLength(0);

      // The layout follows `dir`: on this phone Send spans the form; the checkbox sits at the
      // line's start, which is the right in Arabic and Hebrew, and the summary's text starts there too.
      const rtl = language.dir === 'rtl';
      await expect(getComputedStyle(form).direction).toBe(language.dir);
      const box = part(form, 'form')!.getBoundingClientRect();
      const button = send.getBoundingClientRect();
      await expect(Math.abs(button.width - box.width)).toBeLessThan(1);
      const checkbox = control('agree').getBoundingClientRect();
      const agreeLabel = control('agree').labels![0]!.getBoundingClientRect();
      await expect(rtl ? checkbox.left > agreeLabel.right - 1 : checkbox.right < agreeLabel.left + 1).toBe(true);
      const heading = summary.querySelector('h2')!;
      const range = document.createRange();
      range.selectNodeContents(heading);
      const text = range.getBoundingClientRect();
      const headingBox = heading.getBoundingClientRect();
      await expect(Math.abs(rtl ? headingBox.right - text.right : text.left - headingBox.left)).toBeLessThan(1);
      // The summary names the field (in a sentence, where English writes it in lower case).
      await expect(partText(form, 'error').toLocaleLowerCase(tag)).toContain(labels.name.toLocaleLowerCase(tag));

      // The canvas opens on the form's top, where the summary is, as a person lands on it.
      canvasElement.ownerDocument.scrollingElement?.scrollTo(0, 0);
    },
  };
}

export const English = languageStory('en');
export const French = languageStory('fr');
export const German = languageStory('de');
export const Spanish = languageStory('es');
export const Italian = languageStory('it');
export const PortugueseBrazil = languageStory('pt-BR');
export const Dutch = languageStory('nl');
export const Polish = languageStory('pl');
export const Turkish = languageStory('tr');
export const Japanese = languageStory('ja');
export const ChineseSimplified = languageStory('zh-CN');
export const Korean = languageStory('ko');
export const Arabic = languageStory('ar');
export const Hebrew = languageStory('he');
