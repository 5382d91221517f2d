import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../src/index.js';
import type { StepDeclaration, WebviewForm, WebviewStepDetail } from '../src/index.js';
import { draftKey } from '../src/delivery/draft.js';
import { fastForward, formIn, gate, part, partText, rendered, storyBackend, wired, type StoryBackend } from './support.js';

interface Loaded {
  backend: StoryBackend;
  /** Opens the slow backend's answer, for the story that holds it. */
  slow?: ReturnType<typeof gate>;
  /** The `webview-step` events' details, for the stories that follow the steps. */
  moves?: WebviewStepDetail[];
}

/** Each story gets its own mock backend, made before it renders, shared with its play function. */
const withBackend = (...steps: Parameters<typeof storyBackend>) => [async (): Promise<Loaded> => ({ backend: storyBackend(...steps) })];

const meta: Meta = {
  title: 'webview-form',
  component: 'webview-form',
  parameters: {
    docs: {
      description: {
        component:
          'Every story posts to the bundled mock backend through the element’s `fetch` property: no network, no server. The IDs come from attributes here; on a real page they come from the link the bot sends.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

export const VendorExample: Story = {
  name: 'The vendor’s example form',
  loaders: withBackend(),
  render: (_args, { loaded }) => {
    const { backend } = loaded as Loaded;
    return html`
      <webview-form ${wired(backend)} region="us" message="request successful">
        <label>Your name <input name="name" required autocomplete="name" /></label>
        <label>Favorite color <input name="color" /></label>
        <label>Airspeed velocity of an unladen swallow <input name="swallow" /></label>
        <button type="submit">Send</button>
      </webview-form>
    `;
  },
  play: async ({ canvasElement, loaded }) => {
    await rendered(canvasElement);
    const { backend } = loaded as Loaded;
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Your name'), 'Arthur');
    await userEvent.type(canvas.getByLabelText('Favorite color'), 'blue');
    await userEvent.type(canvas.getByLabelText('Airspeed velocity of an unladen swallow'), '11 m/s');
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }));
    const form = formIn(canvasElement);
    await waitFor(() => expect(partText(form, 'status')).toContain('Thanks — you can return to the conversation.'));
    await expect(backend.received).toEqual([
      {
        ...backend.ids,
        message: 'request successful',
        contextVariables: [
          { name: 'name', value: 'Arthur' },
          { name: 'color', value: 'blue' },
          { name: 'swallow', value: '11 m/s' },
        ],
      },
    ]);
    await expect(backend.bot.conversation(backend.ids.conversationId)?.transcript.at(-1)?.text).toContain('Thanks Arthur!');
  },
};

const LEAD_FIELDS = [
  { name: 'name', label: 'Full name', required: true, autocomplete: 'name' },
  { name: 'email', type: 'email', label: 'Email', required: true, hint: 'We send the quote here.' },
  { name: 'size', type: 'select', label: 'Team size', required: true, options: ['1-10', '11-50', '51+'] },
  { name: 'contact', type: 'radio', label: 'Reach me by', options: ['email', 'phone'], value: 'email' },
  { name: 'consent', type: 'checkbox', label: 'You may contact me about this quote', required: true },
  { name: 'source', type: 'hidden', value: 'chat' },
];

export const LeadGen: Story = {
  name: 'Lead-gen from fields',
  loaders: withBackend(),
  render: (_args, { loaded }) => {
    const { backend } = loaded as Loaded;
    return html`<webview-form ${wired(backend)} region="us" message="lead submitted" .fields=${LEAD_FIELDS}></webview-form>`;
  },
  play: async ({ canvasElement, loaded }) => {
    await rendered(canvasElement);
    const { backend } = loaded as Loaded;
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Full name'), 'Guinevere');
    await userEvent.type(canvas.getByLabelText('Email'), 'g@camelot.example');
    await userEvent.selectOptions(canvas.getByLabelText('Team size'), '11-50');
    await userEvent.click(canvas.getByLabelText('You may contact me about this quote'));
    await userEvent.click(part(formIn(canvasElement), 'submit')!);
    await waitFor(() => expect(formIn(canvasElement).state).toBe('success'));
    await expect(backend.received[0].contextVariables).toEqual([
      { name: 'name', value: 'Guinevere' },
      { name: 'email', value: 'g@camelot.example' },
      { name: 'size', value: '11-50' },
      { name: 'contact', value: 'email' },
      { name: 'consent', value: 'true' },
      { name: 'source', value: 'chat' },
    ]);
  },
};

export const PaymentConfirmation: Story = {
  name: 'Payment confirmation (auto-submit)',
  loaders: withBackend(),
  render: (_args, { loaded }) => {
    const { backend } = loaded as Loaded;
    // On a real page: url-variables="PaymentId,PaymentStatus" forwards them from the link.
    return html`<webview-form
      ${wired(backend)}
      region="us"
      auto-submit
      message="payment processed"
      .variables=${{ PaymentId: '534e34fc89050304', PaymentStatus: 'PROCESSED' }}
    >
      <p slot="success">The bot has your payment. You can close this window.</p>
    </webview-form>`;
  },
  play: async ({ canvasElement, loaded }) => {
    await rendered(canvasElement);
    const { backend } = loaded as Loaded;
    const form = formIn(canvasElement);
    await waitFor(() => expect(form.state).toBe('success'));
    await expect(backend.received).toHaveLength(1);
    await expect(backend.received[0].contextVariables).toEqual([
      { name: 'PaymentId', value: '534e34fc89050304' },
      { name: 'PaymentStatus', value: 'PROCESSED' },
    ]);
    await expect(backend.bot.conversation(backend.ids.conversationId)?.transcript.at(-1)?.text).toBe(
      'Payment 534e34fc89050304 is PROCESSED. Thank you!',
    );
  },
};

export const AuthoredControls: Story = {
  name: 'Authored controls',
  loaders: withBackend(),
  render: (_args, { loaded }) => {
    const { backend } = loaded as Loaded;
    return html`
      <webview-form ${wired(backend)} region="uk">
        <form method="dialog">
          <label>Order number <input name="order" required pattern="[A-Z]{2}[0-9]{4}" /></label>
          <label
            >Topic
            <select name="topic">
              <option>Billing</option>
              <option>Delivery</option>
            </select>
          </label>
          <fieldset>
            <legend>How did it go?</legend>
            <label><input type="radio" name="rating" value="good" /> Good</label>
            <label><input type="radio" name="rating" value="bad" /> Bad</label>
          </fieldset>
          <label><input type="checkbox" name="callback" /> Call me back</label>
          <button>Send to the bot</button>
        </form>
      </webview-form>
    `;
  },
  play: async ({ canvasElement, loaded }) => {
    await rendered(canvasElement);
    const { backend } = loaded as Loaded;
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Order number'), 'AB1234');
    await userEvent.selectOptions(canvas.getByLabelText('Topic'), 'Delivery');
    await userEvent.click(canvas.getByLabelText('Good'));
    await userEvent.click(canvas.getByRole('button', { name: 'Send to the bot' }));
    await waitFor(() => expect(formIn(canvasElement).state).toBe('success'));
    await expect(backend.received[0].contextVariables).toEqual([
      { name: 'order', value: 'AB1234' },
      { name: 'topic', value: 'Delivery' },
      { name: 'rating', value: 'good' },
      { name: 'callback', value: 'false' },
    ]);
  },
};

export const ValidationErrors: Story = {
  name: 'Validation errors',
  loaders: withBackend(),
  render: LeadGen.render,
  play: async ({ canvasElement, loaded }) => {
    await rendered(canvasElement);
    const { backend } = loaded as Loaded;
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Email'), 'not-an-email');
    const form = formIn(canvasElement);
    await userEvent.click(part(form, 'submit')!);
    await waitFor(() => expect(form.state).toBe('invalid'));
    // GOV.UK's pattern: focus goes to the error summary, whose links lead to the fields.
    await expect(form.shadowRoot!.activeElement).toBe(part(form, 'error'));
    await expect(canvas.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByLabelText('Email')).toHaveAccessibleDescription(
      'We send the quote here. Enter an email address like name@example.com.',
    );
    await expect(partText(form, 'error')).toContain('There are 4 problems');
    await expect(backend.received).toHaveLength(0);
    // Focus scrolled to the first invalid field; the canvas opens on the form's top, as a person lands.
    canvasElement.ownerDocument.scrollingElement?.scrollTo(0, 0);
  },
};

export const SlowBackend: Story = {
  name: 'Submitting to a slow backend',
  loaders: [
    async (): Promise<Loaded> => {
      const slow = gate();
      return { backend: storyBackend(slow), slow };
    },
  ],
  render: VendorExample.render,
  play: async ({ canvasElement, loaded }) => {
    await rendered(canvasElement);
    const { backend, slow } = loaded as Loaded;
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Your name'), 'Bedevere');
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }));
    const form = formIn(canvasElement);
    await waitFor(() => expect(partText(form, 'status')).toBe('Sending…'));
    await expect(form.getAttribute('state')).toBe('submitting');
    // A second click while sending posts nothing more.
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }));
    slow!.open();
    await waitFor(() => expect(form.state).toBe('success'));
    await expect(backend.received).toHaveLength(1);
  },
};

export const Success: Story = {
  name: 'Success with custom content',
  loaders: withBackend(),
  render: (_args, { loaded }) => {
    const { backend } = loaded as Loaded;
    return html`<webview-form ${wired(backend)} region="us" message="request successful">
      <label>Your name <input name="name" value="Arthur" /></label>
      <p slot="success">All done, Arthur: the bot has it. Head back to the chat.</p>
    </webview-form>`;
  },
  play: async ({ canvasElement, loaded }) => {
    await rendered(canvasElement);
    const { backend } = loaded as Loaded;
    const form = formIn(canvasElement);
    await userEvent.click(part(form, 'submit')!);
    await waitFor(() => expect(form.state).toBe('success'));
    const slot = form.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="success"]')!;
    await expect(slot.assignedElements()[0]).toHaveTextContent('All done, Arthur');
    await expect(part(form, 'form')).not.toBeVisible();
    await expect(backend.received).toHaveLength(1);
  },
};

export const ServerErrorThenRetry: Story = {
  name: 'Server error, retried',
  loaders: withBackend(503),
  render: VendorExample.render,
  play: async ({ canvasElement, loaded }) => {
    await rendered(canvasElement);
    const { backend } = loaded as Loaded;
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Your name'), 'Galahad');
    const form = formIn(canvasElement);
    // The 503 is retried after a second, by itself (on a fake clock here).
    await fastForward(
      () => canvas.getByRole('button', { name: 'Send' }).click(),
      () => form.state === 'success',
    );
    await expect(backend.received).toHaveLength(2);
    await expect(backend.received[1]).toEqual(backend.received[0]);
  },
};

/** With `keep="none"`, a post that cannot leave is not kept: the failure is said (with the outbox, see "Saved while offline"). */
export const NetworkFailure: Story = {
  name: 'Network failure, nothing kept (keep="none")',
  loaders: withBackend('network', 'network', 'network'),
  render: (_args, { loaded }) => {
    const { backend } = loaded as Loaded;
    return html`
      <webview-form ${wired(backend)} region="us" keep="none" message="request successful">
        <label>Your name <input name="name" required autocomplete="name" /></label>
        <label>Favorite color <input name="color" /></label>
        <button type="submit">Send</button>
      </webview-form>
    `;
  },
  play: async ({ canvasElement, loaded }) => {
    await rendered(canvasElement);
    const { backend } = loaded as Loaded;
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Your name'), 'Robin');
    const form = formIn(canvasElement);
    // Waits of 1 s and 2 s between the attempts, on a fake clock.
    await fastForward(
      () => canvas.getByRole('button', { name: 'Send' }).click(),
      () => form.state === 'error',
    );
    await expect(partText(form, 'error')).toContain('Could not reach the bot service');
    // Three attempts (two retries), and what the person typed is still there.
    await expect(backend.received).toHaveLength(3);
    await expect(canvas.getByLabelText('Your name')).toHaveValue('Robin');
  },
};

export const Timeout: Story = {
  name: 'Timeout, nothing kept (keep="none")',
  loaders: withBackend('never'),
  render: (_args, { loaded }) => {
    const { backend } = loaded as Loaded;
    return html`<webview-form ${wired(backend)} region="us" keep="none" timeout="1000">
      <label>Your name <input name="name" value="Patsy" /></label>
    </webview-form>`;
  },
  play: async ({ canvasElement, loaded }) => {
    await rendered(canvasElement);
    const { backend } = loaded as Loaded;
    const form = formIn(canvasElement);
    // The second of the timeout passes on a fake clock.
    await fastForward(
      () => part(form, 'submit')!.click(),
      () => form.state === 'error',
    );
    // The person reads what to do; the exact wait is in the event's English `message`, for the page's author.
    await expect(partText(form, 'error')).toBe(
      'The bot service did not answer in time: check your connection and send again. Your answers are kept.',
    );
    await expect(backend.received).toHaveLength(1);
  },
};

export const MissingId: Story = {
  name: 'A link missing an ID',
  loaders: withBackend(),
  render: (_args, { loaded }) => {
    const { backend } = loaded as Loaded;
    return html`<webview-form bot-id=${backend.ids.botId} region="us" .fetch=${backend.fetch}>
      <label>Your name <input name="name" /></label>
      <button type="submit">Send</button>
    </webview-form>`;
  },
  play: async ({ canvasElement, loaded }) => {
    await rendered(canvasElement);
    const { backend } = loaded as Loaded;
    const form = formIn(canvasElement);
    await expect(partText(form, 'error')).toBe(
      'This link is incomplete, so the form cannot reach the conversation: open the form again from the chat.',
    );
    await expect(part(form, 'form')).not.toBeVisible();
    await expect(form.submit()).rejects.toMatchObject({ kind: 'context' });
    await expect(backend.received).toHaveLength(0);
  },
};

export const SensitiveData: Story = {
  name: 'Sensitive data refused',
  loaders: withBackend(),
  render: (_args, { loaded }) => {
    const { backend } = loaded as Loaded;
    return html`<webview-form ${wired(backend)} region="us">
      <label>How would you like to pay? <textarea name="notes"></textarea></label>
      <button type="submit">Send</button>
    </webview-form>`;
  },
  play: async ({ canvasElement, loaded }) => {
    await rendered(canvasElement);
    const { backend } = loaded as Loaded;
    const canvas = within(canvasElement);
    const notes = canvas.getByLabelText('How would you like to pay?');
    await userEvent.type(notes, 'Card 4111 1111 1111 1111 please');
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }));
    const form = formIn(canvasElement);
    await waitFor(() => expect(form.state).toBe('error'));
    await expect(partText(form, 'error')).toContain('Card numbers must not be sent through this form');
    await expect(notes).toHaveAttribute('aria-invalid', 'true');
    await expect(notes).toHaveAccessibleDescription(expect.stringContaining('looks like a payment card number'));
    await expect(notes).toHaveValue('Card 4111 1111 1111 1111 please');
    await expect(backend.received).toHaveLength(0);
  },
};

/** Two forms with the same theme: one as the person finds it, one after it was sent. */
export const Theming: Story = {
  name: 'Theming: dark page, custom properties',
  loaders: withBackend(),
  render: (_args, { loaded }) => {
    const { backend } = loaded as Loaded;
    const fields = (plan: string) => [
      { name: 'name', label: 'Your name', required: true },
      { name: plan, type: 'radio', label: 'Plan', options: ['Basic', 'Pro'], value: 'Pro' },
    ];
    const theme =
      '--webview-form-accent: #7c3aed; --webview-form-radius: 999px; --webview-form-status-background: #1f3a2a; --webview-form-status-color: #d7ffe4';
    return html`<div
      style="color-scheme: dark; background: #15171c; color: #eef; padding: 1.5rem; border-radius: 0.5rem; display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr))"
    >
      <section aria-label="As the person finds it">
        <webview-form ${wired(backend)} region="us" .fields=${fields('preview-plan')} style=${theme}></webview-form>
      </section>
      <section aria-label="After sending">
        <webview-form ${wired(backend)} region="us" .fields=${fields('plan')} style=${theme}></webview-form>
      </section>
    </div>`;
  },
  play: async ({ canvasElement, loaded }) => {
    await rendered(canvasElement);
    const { backend } = loaded as Loaded;
    const [idle, sent] = canvasElement.querySelectorAll('webview-form');
    await expect(getComputedStyle(part(idle, 'submit')!).backgroundColor).toBe('rgb(124, 58, 237)');
    await userEvent.type(within(sent).getByLabelText('Your name'), 'Morgana');
    await userEvent.click(part(sent, 'submit')!);
    await waitFor(() => expect(sent.state).toBe('success'));
    await expect(getComputedStyle(part(sent, 'status')!).backgroundColor).toBe('rgb(31, 58, 42)');
    await expect(backend.received[0].contextVariables).toEqual([
      { name: 'name', value: 'Morgana' },
      { name: 'plan', value: 'Pro' },
    ]);
    // The canvas ends on what the name promises: the themed form, still there to look at.
    await expect(idle.state).toBe('idle');
    await expect(within(idle).getByLabelText('Your name')).toBeVisible();
    // Radios of one name form one group across the page: the preview's have a name of their own.
    await expect(within(idle).getByLabelText('Pro')).toBeChecked();
  },
};

// French sets a no-break space before ':' and a narrow one before '!'.
const FRENCH = {
  send: 'Envoyer',
  sending: 'Envoi…',
  successTitle: 'Envoyé',
  success: 'Merci\u202f! Vous pouvez retourner à la conversation.',
  optional: '(facultatif)',
  choose: 'Choisissez…',
  summaryTitle: 'Il y a un problème',
  summary: '{count} problèmes\u00a0: corrigez-les, puis envoyez à nouveau.',
  summaryOne: 'Corrigez la réponse ci-dessous, puis envoyez à nouveau.',
  summaryItem: '{label}\u00a0: {message}',
  valueMissing: 'Saisissez votre {label}.',
  typeMismatchEmail: 'Saisissez une adresse e-mail comme nom@exemple.fr.',
};

export const French: Story = {
  name: 'Another language',
  loaders: withBackend(),
  render: (_args, { loaded }) => {
    const { backend } = loaded as Loaded;
    return html`<div lang="fr" dir="ltr">
      <webview-form
        ${wired(backend)}
        region="us"
        .messages=${FRENCH}
        .fields=${[
          { name: 'nom', label: 'Nom', required: true },
          { name: 'email', type: 'email', label: 'Adresse e-mail', required: true },
          { name: 'ville', label: 'Ville' },
        ]}
      >
      </webview-form>
    </div>`;
  },
  play: async ({ canvasElement, loaded }) => {
    await rendered(canvasElement);
    const { backend } = loaded as Loaded;
    const canvas = within(canvasElement);
    await expect(canvas.getByText('(facultatif)')).toBeVisible();
    await userEvent.type(canvas.getByLabelText('Adresse e-mail'), 'arthur');
    const form = formIn(canvasElement);
    await userEvent.click(part(form, 'submit')!);
    await waitFor(() => expect(partText(form, 'error')).toContain('2 problèmes'));
    await expect(canvas.getByLabelText('Nom')).toHaveAccessibleDescription('Saisissez votre nom.');
    await expect(canvas.getByLabelText('Adresse e-mail')).toHaveAccessibleDescription('Saisissez une adresse e-mail comme nom@exemple.fr.');
    await expect(backend.received).toHaveLength(0);
  },
};

export const ConfigError: Story = {
  name: 'A wrong fields declaration',
  loaders: withBackend(),
  render: (_args, { loaded }) => {
    const { backend } = loaded as Loaded;
    return html`<webview-form
      ${wired(backend)}
      region="us"
      fields='[{"name": "size", "type": "select"}, {"name": "zip", "pattern": "[0-9"}]'
    ></webview-form>`;
  },
  play: async ({ canvasElement, loaded }) => {
    await rendered(canvasElement);
    const { backend } = loaded as Loaded;
    const form = formIn(canvasElement);
    await expect(partText(form, 'error')).toContain('field "size": options: needs options');
    await expect(partText(form, 'error')).toContain('field "zip": pattern: is not a valid regular expression');
    await expect(form.submit()).rejects.toMatchObject({ kind: 'config' });
    await expect(backend.received).toHaveLength(0);
  },
};

const STEPPED_LEAD: StepDeclaration[] = [
  {
    step: 'About you',
    fields: [
      { name: 'name', label: 'Full name', required: true, autocomplete: 'name' },
      { name: 'email', type: 'email', label: 'Work email', required: true, autocomplete: 'email', hint: 'We send the quote here.' },
    ],
  },
  {
    step: 'How to reach you',
    fields: [
      {
        name: 'contact',
        type: 'radio',
        label: 'Reach me by',
        required: true,
        options: [
          { value: 'email', label: 'By email' },
          { value: 'phone', label: 'By phone' },
        ],
        value: 'email',
      },
      {
        name: 'phone',
        type: 'tel',
        label: 'Phone number',
        required: true,
        autocomplete: 'tel',
        when: { field: 'contact', equals: 'phone' },
      },
    ],
  },
  {
    step: 'Your company',
    fields: [
      { name: 'company', label: 'Company', autocomplete: 'organization' },
      { name: 'size', type: 'select', label: 'Team size', required: true, options: ['1-10', '11-50', '51+'] },
    ],
  },
];

/** The three-step lead form with a review page; `moves` collects its `webview-step` events. */
const steppedLead = ({ backend, moves }: Loaded, id?: string) =>
  html`<webview-form
    ${wired(backend)}
    id=${ifDefined(id)}
    region="us"
    message="lead steps submitted"
    review
    .fields=${STEPPED_LEAD}
    @webview-step=${(event: CustomEvent<WebviewStepDetail>) => moves?.push(event.detail)}
  ></webview-form>`;

/** The step's heading as it reads: "Step 2 of 3 How to reach you". */
const heading = (form: WebviewForm) => partText(form, 'step');

/** Clicks Next and waits until the heading changed and took focus, as it does after a move. */
async function next(form: WebviewForm): Promise<void> {
  const before = heading(form);
  await userEvent.click(part(form, 'next')!);
  await waitFor(() => expect(heading(form)).not.toBe(before));
  await waitFor(() => expect(form.shadowRoot!.activeElement).toBe(part(form, 'step')));
}

/** The review page's rows: each answer's label and what it reads. */
function reviewRows(form: WebviewForm): string[][] {
  return Array.from(form.shadowRoot!.querySelectorAll('[part="review"] > div'), (row) => [
    row.querySelector('dt')!.textContent!.trim(),
    row.querySelector('dd')!.textContent!.trim(),
  ]);
}

/** Answers the three steps of `steppedLead`, asking to be called, and lands on the review page. */
async function answerSteppedLead(canvasElement: HTMLElement): Promise<WebviewForm> {
  const form = formIn(canvasElement);
  const canvas = within(canvasElement);
  await userEvent.type(canvas.getByLabelText('Full name'), 'Guinevere');
  await userEvent.type(canvas.getByLabelText('Work email'), 'g@camelot.example');
  await next(form);
  await userEvent.click(canvas.getByLabelText('By phone'));
  await userEvent.type(canvas.getByLabelText('Phone number'), '+44 20 7946 0000');
  await next(form);
  await userEvent.type(canvas.getByLabelText(/^Company/), 'Round Table Ltd');
  await userEvent.selectOptions(canvas.getByLabelText('Team size'), '11-50');
  await next(form);
  return form;
}

export const MultiStepLeadGen: Story = {
  name: 'Multi-step lead-gen with a condition and a review',
  loaders: [async (): Promise<Loaded> => ({ backend: storyBackend(), moves: [] })],
  render: (_args, { loaded }) => steppedLead(loaded as Loaded),
  play: async ({ canvasElement, loaded }) => {
    const form = await rendered(canvasElement);
    const { backend, moves } = loaded as Loaded;
    const canvas = within(canvasElement);
    await expect(heading(form)).toBe('Step 1 of 3 About you');
    await expect(part(form, 'back')).toBeNull();
    await expect(part(form, 'submit')).toBeNull();
    await userEvent.type(canvas.getByLabelText('Full name'), 'Guinevere');
    await userEvent.type(canvas.getByLabelText('Work email'), 'g@camelot.example');
    await next(form);
    await expect(partText(form, 'progress')).toBe('Step 2 of 3');
    await expect(heading(form)).toBe('Step 2 of 3 How to reach you');
    await expect(canvas.getByLabelText('Full name')).not.toBeVisible();
    await expect(part(form, 'back')).toBeVisible();

    // The phone number is asked for only once the person chose to be called.
    await expect(canvas.getByLabelText('Phone number')).not.toBeVisible();
    await expect(canvas.getByLabelText('Phone number')).toBeDisabled();
    await userEvent.click(canvas.getByLabelText('By phone'));
    await waitFor(() => expect(canvas.getByLabelText('Phone number')).toBeVisible());
    await userEvent.type(canvas.getByLabelText('Phone number'), '+44 20 7946 0000');
    await next(form);
    await expect(heading(form)).toBe('Step 3 of 3 Your company');
    await userEvent.type(canvas.getByLabelText(/^Company/), 'Round Table Ltd');
    await userEvent.selectOptions(canvas.getByLabelText('Team size'), '11-50');
    await next(form);

    await expect(heading(form)).toBe('Check your answers');
    await expect(reviewRows(form)).toEqual([
      ['Full name', 'Guinevere'],
      ['Work email', 'g@camelot.example'],
      ['Reach me by', 'By phone'],
      ['Phone number', '+44 20 7946 0000'],
      ['Company', 'Round Table Ltd'],
      ['Team size', '11-50'],
    ]);
    await expect(backend.received).toHaveLength(0);
    await userEvent.click(part(form, 'submit')!);
    await waitFor(() => expect(form.state).toBe('success'));
    await expect(backend.received).toEqual([
      {
        ...backend.ids,
        message: 'lead steps submitted',
        contextVariables: [
          { name: 'name', value: 'Guinevere' },
          { name: 'email', value: 'g@camelot.example' },
          { name: 'contact', value: 'phone' },
          { name: 'phone', value: '+44 20 7946 0000' },
          { name: 'company', value: 'Round Table Ltd' },
          { name: 'size', value: '11-50' },
        ],
      },
    ]);
    await expect(backend.bot.conversation(backend.ids.conversationId)?.transcript.at(-1)?.text).toBe(
      'Thanks Guinevere! Here is what reached me: name “Guinevere”, email “g@camelot.example”, contact “phone”, phone “+44 20 7946 0000”, company “Round Table Ltd”, size “11-50”.',
    );
    // The funnel: each move with its titles and place, and never a value.
    await expect(moves).toEqual([
      { from: 'About you', to: 'How to reach you', index: 1, count: 4 },
      { from: 'How to reach you', to: 'Your company', index: 2, count: 4 },
      { from: 'Your company', to: 'review', index: 3, count: 4 },
    ]);
  },
};

export const StepWithErrors: Story = {
  name: 'Multi-step: Next on a step with errors',
  loaders: [async (): Promise<Loaded> => ({ backend: storyBackend(), moves: [] })],
  render: MultiStepLeadGen.render,
  play: async ({ canvasElement, loaded }) => {
    const form = await rendered(canvasElement);
    const { backend, moves } = loaded as Loaded;
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Work email'), 'guinevere');
    await userEvent.click(part(form, 'next')!);
    await waitFor(() => expect(form.state).toBe('invalid'));
    // Only this step's fields were checked; focus went to the summary, as a send's errors do.
    await expect(form.shadowRoot!.activeElement).toBe(part(form, 'error'));
    await expect(partText(form, 'error')).toContain('There are 2 problems');
    await expect(partText(form, 'error')).toContain('Enter full name.');
    await expect(partText(form, 'error')).toContain('Work email: Enter an email address like name@example.com.');
    await expect(partText(form, 'error')).not.toContain('Team size');
    await expect(canvas.getByLabelText('Full name')).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByLabelText('Full name')).toHaveAccessibleDescription('Enter full name.');
    await expect(canvas.getByLabelText('Work email')).toHaveAccessibleDescription(
      'We send the quote here. Enter an email address like name@example.com.',
    );
    await expect(canvas.getByLabelText('Team size')).not.toHaveAttribute('aria-invalid');
    // The step did not change.
    await expect(heading(form)).toBe('Step 1 of 3 About you');
    await expect(canvas.getByLabelText('Full name')).toBeVisible();
    await expect(canvas.getByLabelText('By email')).not.toBeVisible();
    await expect(moves).toEqual([]);
    await expect(backend.received).toHaveLength(0);
  },
};

/** The draft story's form id: a draft is kept per page, form and conversation (src/delivery/draft.ts). */
const DRAFT_FORM_ID = 'draft-on-step-2';
const draftKeyFor = ({ backend }: Loaded) => draftKey(`${location.pathname}#${DRAFT_FORM_ID}`, backend.ids.conversationId);

export const RestoredDraftOnStep2: Story = {
  name: 'Multi-step: a draft reopens on step 2',
  loaders: withBackend(),
  // A draft as the form keeps it on the device when the person leaves step 2 of 3: the answers, the step, and when.
  beforeEach: ({ loaded }) => {
    const key = draftKeyFor(loaded as Loaded);
    localStorage.setItem(
      key,
      JSON.stringify({
        savedAt: Date.now(),
        controls: [
          { name: 'name', index: 0, value: 'Lancelot' },
          { name: 'email', index: 0, value: 'lancelot@camelot.example' },
          { name: 'contact', index: 0, checked: false },
          { name: 'contact', index: 1, checked: true },
          { name: 'phone', index: 0, value: '+44 20 7946 0001' },
        ],
        step: 1,
      }),
    );
    return () => localStorage.removeItem(key);
  },
  render: (_args, { loaded }) => steppedLead(loaded as Loaded, DRAFT_FORM_ID),
  play: async ({ canvasElement, loaded }) => {
    const form = await rendered(canvasElement);
    const canvas = within(canvasElement);
    const key = draftKeyFor(loaded as Loaded);
    await expect(heading(form)).toBe('Step 2 of 3 How to reach you');
    await expect(canvas.getByLabelText('By phone')).toBeChecked();
    // The condition judged the restored answer: the phone field shows, with its number.
    await expect(canvas.getByLabelText('Phone number')).toBeVisible();
    await expect(canvas.getByLabelText('Phone number')).toHaveValue('+44 20 7946 0001');
    await expect(canvas.getByLabelText('Full name')).toHaveValue('Lancelot');
    // Back and forth: the draft follows the step, and step 1's restored answers pass its check.
    await userEvent.click(part(form, 'back')!);
    await waitFor(() => expect(heading(form)).toBe('Step 1 of 3 About you'));
    await expect(JSON.parse(localStorage.getItem(key)!).step).toBe(0);
    await next(form);
    await expect(heading(form)).toBe('Step 2 of 3 How to reach you');
    await expect(JSON.parse(localStorage.getItem(key)!).step).toBe(1);
    await expect((loaded as Loaded).backend.received).toHaveLength(0);
  },
};

export const ReviewAndChange: Story = {
  name: 'Multi-step: change an answer from the review',
  loaders: withBackend(),
  render: (_args, { loaded }) => steppedLead(loaded as Loaded),
  play: async ({ canvasElement, loaded }) => {
    await rendered(canvasElement);
    const form = await answerSteppedLead(canvasElement);
    const canvas = within(canvasElement);
    await expect(heading(form)).toBe('Check your answers');
    // Each Change button names its answer for screen readers.
    const change = within(form.shadowRoot! as unknown as HTMLElement).getByRole('button', { name: 'Change Team size' });
    await userEvent.click(change);
    await waitFor(() => expect(heading(form)).toBe('Step 3 of 3 Your company'));
    await waitFor(() => expect(canvas.getByLabelText('Team size')).toHaveFocus());
    await userEvent.selectOptions(canvas.getByLabelText('Team size'), '51+');
    // Next leads straight back to the review, not through the steps.
    await next(form);
    await expect(heading(form)).toBe('Check your answers');
    await expect(reviewRows(form).at(-1)).toEqual(['Team size', '51+']);
    await expect((loaded as Loaded).backend.received).toHaveLength(0);
  },
};

export const AuthoredConditions: Story = {
  name: 'Authored steps and conditions (data-step, data-when)',
  loaders: withBackend(),
  render: (_args, { loaded }) => {
    const { backend } = loaded as Loaded;
    // The step's title is the heading the element draws above it; the fieldset needs no legend or border.
    const step = 'border: 0; margin: 0; padding: 0; min-width: 0';
    return html`
      <webview-form ${wired(backend)} region="us" message="return requested">
        <fieldset data-step="Your order" style=${step}>
          <label>Order number <input name="order" required pattern="[A-Z]{2}[0-9]{4}" /></label>
        </fieldset>
        <fieldset data-step="What went wrong" style=${step}>
          <fieldset>
            <legend>Was anything missing from the box?</legend>
            <label><input type="radio" name="missing" value="no" checked /> No</label>
            <label><input type="radio" name="missing" value="yes" /> Yes</label>
          </fieldset>
          <fieldset data-when='{"field": "missing", "equals": "yes"}'>
            <legend>What was missing?</legend>
            <label><input type="checkbox" name="items" value="cable" /> The cable</label>
            <label><input type="checkbox" name="items" value="manual" /> The manual</label>
            <label>Anything else <textarea name="details" required></textarea></label>
          </fieldset>
          <label><input type="checkbox" name="callback" /> Call me back</label>
          <label data-when='{"field": "callback", "equals": "true"}'>Phone number <input type="tel" name="phone" required /></label>
        </fieldset>
        <button type="submit">Send</button>
      </webview-form>
    `;
  },
  play: async ({ canvasElement, loaded }) => {
    const form = await rendered(canvasElement);
    const { backend } = loaded as Loaded;
    const canvas = within(canvasElement);
    await expect(heading(form)).toBe('Step 1 of 2 Your order');
    // Before the last step, Next stands in for the author's Send.
    await expect(canvas.queryByRole('button', { name: 'Send' })).toBeNull();
    await userEvent.type(canvas.getByLabelText('Order number'), 'AB1234');
    await next(form);
    await expect(heading(form)).toBe('Step 2 of 2 What went wrong');
    await expect(part(form, 'next')).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Send' })).toBeVisible();

    const missing = canvas.getByText('What was missing?').closest('fieldset')!;
    await expect(missing).not.toBeVisible();
    await userEvent.click(canvas.getByLabelText('Yes'));
    await waitFor(() => expect(missing).toBeVisible());
    await expect(canvas.getByLabelText('Anything else')).toBeEnabled();
    await userEvent.click(canvas.getByLabelText('The cable'));
    // Hidden again: its fields are disabled, so neither checked (the required text) nor sent.
    await userEvent.click(canvas.getByLabelText('No'));
    await waitFor(() => expect(missing).not.toBeVisible());
    await expect(canvas.getByLabelText('The cable')).toBeDisabled();
    await expect(canvas.getByLabelText('Anything else')).toBeDisabled();

    // A checkbox's answer is "true" or "false".
    await expect(canvas.getByLabelText('Phone number')).not.toBeVisible();
    await userEvent.click(canvas.getByLabelText('Call me back'));
    await waitFor(() => expect(canvas.getByLabelText('Phone number')).toBeVisible());
    await userEvent.type(canvas.getByLabelText('Phone number'), '+44 20 7946 0002');
    await userEvent.click(canvas.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(form.state).toBe('success'));
    await expect(backend.received[0].contextVariables).toEqual([
      { name: 'order', value: 'AB1234' },
      { name: 'missing', value: 'no' },
      { name: 'callback', value: 'true' },
      { name: 'phone', value: '+44 20 7946 0002' },
    ]);
  },
};

/** The attributes the playground offers as controls; the IDs and the transport come from its mock. */
interface PlaygroundArgs {
  region: string;
  message?: string;
  fields: unknown;
  messages?: unknown;
  'auto-submit': boolean;
  timeout?: number;
}

export const Playground: StoryObj<PlaygroundArgs> = {
  name: 'Playground: the controls change the form',
  loaders: withBackend(),
  parameters: {
    controls: { disable: false, include: ['region', 'message', 'fields', 'messages', 'auto-submit', 'timeout'] },
    docs: {
      description: { story: 'Edit `fields` or `messages` as JSON, or any other control: the form follows, and still posts to the mock.' },
    },
  },
  argTypes: { region: { control: 'select', options: ['us', 'uk', 'sy', 'gcp'] } },
  args: {
    region: 'us',
    message: 'lead submitted',
    fields: [
      { name: 'name', label: 'Full name', required: true, autocomplete: 'name' },
      { name: 'email', type: 'email', label: 'Email', hint: 'We send the quote here.' },
    ],
    messages: { send: 'Send', success: 'Thanks — you can return to the conversation.' },
    'auto-submit': false,
  },
  render: (args, { loaded }) => {
    const { backend } = loaded as Loaded;
    return html`<webview-form
      ${wired(backend)}
      region=${args.region}
      message=${ifDefined(args.message)}
      .fields=${args.fields}
      .messages=${args.messages}
      ?auto-submit=${args['auto-submit']}
      timeout=${ifDefined(args.timeout)}
    ></webview-form>`;
  },
  play: async ({ canvasElement, loaded, args }) => {
    await rendered(canvasElement);
    const { backend } = loaded as Loaded;
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Full name'), 'Percival');
    await userEvent.click(part(formIn(canvasElement), 'submit')!);
    await waitFor(() => expect(formIn(canvasElement).state).toBe('success'));
    // What was sent comes from the args: the message, and the fields they declare.
    await expect(backend.received[0].message).toBe(args.message);
    await expect(backend.received[0].contextVariables).toEqual([{ name: 'name', value: 'Percival' }]);
    // Leave the form as it was, for whoever opens the playground to try.
    formIn(canvasElement).reset();
    await waitFor(() => expect(canvas.getByLabelText('Full name')).toHaveValue(''));
  },
};
