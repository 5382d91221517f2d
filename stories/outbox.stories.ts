/**
 * The outbox (issue 31): a post that could not leave waits on the device and leaves by itself once
 * the line is back. Each story ends on the state its name says; axe checks each, as every story.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import sinon from 'sinon';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../src/index.js';
import type { WebviewForm } from '../src/index.js';
import { fastForward, formIn, part, partText, rendered, storyBackend, wired, type StoryBackend } from './support.js';

interface Loaded {
  backend: StoryBackend;
}

/** The line is down for the first send's three attempts, then up: the mock answers. */
const offlineThenOnline = () => [async (): Promise<Loaded> => ({ backend: storyBackend('network', 'network', 'network') })];

const meta: Meta = {
  title: 'webview-form/Saved while offline',
  parameters: {
    docs: {
      description: {
        component:
          'A send that cannot leave (offline, the service unreachable, timing out or answering 502–504) is kept, signed, on the device (`keep="device"`, the default) and leaves by itself when the line is back: on `online`, when the page is shown again, or when any page of the site opens a form for the same conversation. Exactly once, across tabs.',
      },
    },
  },
  loaders: offlineThenOnline(),
  render: (_args, { loaded }) => {
    const { backend } = loaded as Loaded;
    return html`
      <webview-form ${wired(backend)} region="us" message="request successful">
        <label>Your name <input name="name" required autocomplete="name" /></label>
        <label>Favorite color <input name="color" /></label>
      </webview-form>
    `;
  },
};
export default meta;

type Story = StoryObj;

/** Types an answer and presses Send with the line down: the three attempts run on a fast clock, and the post waits. */
async function sendOffline(canvasElement: HTMLElement): Promise<WebviewForm> {
  const form = await rendered(canvasElement);
  await userEvent.type(within(canvasElement).getByLabelText('Your name'), 'Arthur');
  await fastForward(
    () => part(form, 'submit')!.click(),
    () => form.state === 'queued',
  );
  await form.updateComplete;
  return form;
}

export const Queued: Story = {
  name: 'Saved, waiting for the line',
  play: async ({ canvasElement, loaded }) => {
    const { backend } = loaded as Loaded;
    const form = await sendOffline(canvasElement);
    await expect(partText(form, 'status')).toContain('Saved on this phone. It will be sent when you are back online.');
    await expect(part(form, 'send-now')).toHaveTextContent('Send now');
    await expect(part(form, 'discard')).toHaveTextContent('Discard');
    // The form is hidden: the answers are in the post that waits, and a second send would only duplicate it.
    await expect(part(form, 'form')!.checkVisibility()).toBe(false);
    await expect(backend.received).toHaveLength(3);
  },
};

export const SentFromTheOutbox: Story = {
  name: 'Sent once the line is back',
  play: async ({ canvasElement, loaded }) => {
    const { backend } = loaded as Loaded;
    const form = await sendOffline(canvasElement);
    const sent = new Promise<boolean | undefined>((resolve) =>
      form.addEventListener('webview-success', (event) => resolve(event.detail.queued), { once: true }),
    );
    dispatchEvent(new Event('online'));
    await expect(await sent).toBe(true);
    await waitFor(() => expect(partText(form, 'status')).toContain('Sent'));
    await expect(backend.received).toHaveLength(4);
    await expect(backend.received[3]!.contextVariables).toContainEqual({ name: 'name', value: 'Arthur' });
  },
};

export const Expired: Story = {
  name: 'Waited over a day',
  play: async ({ canvasElement, loaded }) => {
    const { backend } = loaded as Loaded;
    const form = await sendOffline(canvasElement);
    // A day passes on the page's clock alone, then the line comes back: nothing leaves in silence.
    const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['Date'] });
    try {
      clock.tick(24 * 60 * 60 * 1000 + 1);
      dispatchEvent(new Event('online'));
      await waitFor(() => expect(part(form, 'send-now')).toHaveTextContent('Send anyway'));
    } finally {
      clock.restore();
    }
    await expect(partText(form, 'status')).toContain('These answers waited more than a day to be sent');
    await expect(backend.received).toHaveLength(3);
    await expect(formIn(canvasElement).state).toBe('queued');
  },
};
