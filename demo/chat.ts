// The demo's messaging page: a conversation with the simulated bot, followed live over
// server-sent events from the mock backend (src/mock/chat-api.ts).
import { html, nothing, render } from 'lit';
import type { ConversationSnapshot } from '../src/mock/chat-api.js';

const API = '/mock/conversations';
const STORAGE_KEY = 'webview-form-demo:conversation';

const transcript = document.querySelector<HTMLOListElement>('#transcript')!;
const composer = document.querySelector<HTMLFormElement>('#composer')!;
const say = document.querySelector<HTMLInputElement>('#say')!;
let events: EventSource | undefined;
let conversationId: string | undefined;

async function start(reuse: boolean) {
  const known = reuse ? sessionStorage.getItem(STORAGE_KEY) : null;
  let conversation: ConversationSnapshot | undefined;
  if (known) {
    const response = await fetch(`${API}/${encodeURIComponent(known)}`);
    if (response.ok) conversation = await response.json();
  }
  // The mock forgets conversations when it restarts; then a new one starts.
  conversation ??= await (await fetch(API, { method: 'POST' })).json();
  conversationId = conversation!.conversationId;
  sessionStorage.setItem(STORAGE_KEY, conversationId);
  show(conversation!);
  events?.close();
  events = new EventSource(`${API}/${encodeURIComponent(conversationId)}/events`);
  events.addEventListener('update', (event) => show(JSON.parse((event as MessageEvent).data)));
}

function show(conversation: ConversationSnapshot) {
  render(
    conversation.transcript.map(
      (entry) =>
        html`<li class="bubble ${entry.from}" data-from=${entry.from}>
          <span class=${entry.from === 'debug' ? 'note' : 'visually-hidden'}
            >${WHO[entry.from]}${entry.via ? ' (through the web form)' : ''}:</span
          >
          ${entry.text}
          ${entry.ignored ? html`<em class="note">Ignored by the bot: more than 24 hours after your last message.</em>` : nothing}
          ${
            entry.replies?.length
              ? html`<div class="card-buttons">
                  ${entry.replies.map((text) => html`<button type="button" class="card-button" @click=${() => void send(text)}>${text}</button>`)}
                </div>`
              : nothing
          }
          ${
            entry.buttons?.length
              ? html`<div class="card-buttons">
                  ${entry.buttons.map((button) => html`<a class="card-button" href=${button.url} target="_blank">${button.title}</a>`)}
                </div>`
              : nothing
          }
        </li>`,
    ),
    transcript,
  );
  transcript.lastElementChild?.scrollIntoView({ block: 'end' });
  renderVariables('#webview-variables', conversation.webviewVariables);
  renderVariables('#bot-variables', conversation.botVariables);
  render(
    html`Conversation <code>${conversation.conversationId}</code>, user <code>${conversation.userId}</code>.`,
    document.querySelector<HTMLElement>('#ids')!,
  );
  renderPages(conversation);
}

/** Links to every demo page for this conversation, and one broken link. */
function renderPages({ conversationId, userId, botId }: ConversationSnapshot) {
  const link = `userId=${encodeURIComponent(userId)}&convId=${encodeURIComponent(conversationId)}&botId=${encodeURIComponent(botId)}`;
  const pages = [
    ['./form.html', 'The vendor’s example form'],
    ['./lead.html', 'Lead-gen form from fields'],
    ['./lead-fr.html', 'The same, in French'],
    ['./lead-ar.html', 'The same, in Arabic (right to left)'],
    ['./lead-steps.html', 'The same, step by step'],
    ['./survey.html', 'The survey after a chat'],
    [`./payment.html`, 'Payment confirmation', '&PaymentId=534e34fc89050304&PaymentStatus=PROCESSED'],
  ];
  render(
    html`${pages.map(([path, title, extra = '']) => html`<li><a href=${`${path}?${link}${extra}`} target="_blank">${title}</a></li>`)}
      <li>
        <a href=${`./form.html?botId=${encodeURIComponent(botId)}`} target="_blank">The form from a broken link</a> (no conversation or user
        id)
      </li>`,
    document.querySelector<HTMLElement>('#pages')!,
  );
}

/**
 * A value with break opportunities after the punctuation that separates a URL's or a JSON text's
 * parts (`/ ? & = , :`), so that a long link wraps between its parts rather than inside a word.
 */
function breakable(text: string) {
  return text.split(/(?<=[/?&=,:])/).map((part, index) => (index === 0 ? part : html`<wbr />${part}`));
}

function renderVariables(selector: string, variables: Record<string, unknown>) {
  const entries = Object.entries(variables);
  render(
    entries.length
      ? html`<dl class="variables">
          ${entries.map(
            ([name, value]) =>
              html`<div>
                <dt>${name}</dt>
                <dd>${breakable(typeof value === 'string' ? value : JSON.stringify(value))}</dd>
              </div>`,
          )}
        </dl>`
      : html`<p class="muted">None yet.</p>`,
    document.querySelector<HTMLElement>(selector)!,
  );
}

/** Who said an entry, as a screen reader hears it; the bot's debug output is shown as such. */
const WHO = { bot: 'Bot', consumer: 'You', debug: 'Bot debug output' } as const;

/** Says `text` in the conversation, as typed or as a tapped quick reply. */
async function send(text: string) {
  if (!conversationId) return;
  await fetch(`${API}/${encodeURIComponent(conversationId)}/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text }),
  });
}

composer.addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = say.value.trim();
  if (!text) return;
  say.value = '';
  await send(text);
});

// A phone shows the chat first; the bot's view is one tap away.
if (matchMedia('(max-width: 48rem)').matches) document.querySelector<HTMLDetailsElement>('#bot-view')!.open = false;

document.querySelector('#restart')!.addEventListener('click', () => void start(false));

// The network switch (src/mock/network.ts): what the mock does with the form pages' posts.
const network = document.querySelector<HTMLFieldSetElement>('#network')!;
network.addEventListener('change', (event) => {
  const mode = (event.target as HTMLInputElement).value;
  fetch('/mock/network', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ mode }) }).catch(
    () => undefined,
  );
});
void fetch('/mock/network')
  .then((response) => response.json())
  .then(({ mode }: { mode: string }) => {
    const radio = network.querySelector<HTMLInputElement>(`input[value="${mode}"]`);
    if (radio) radio.checked = true;
  })
  .catch(() => undefined);
// Your own bot (src/mock/bot-route.ts): a Conversation Builder export, such as the one the form
// designer downloads, runs in place of the demo bot; a new conversation starts with it.
const botFile = document.querySelector<HTMLInputElement>('#bot-file')!;
const botStatus = document.querySelector<HTMLElement>('#bot-status')!;
function showBot({ name, unsupported }: { name: string; unsupported: string[] }, error?: string) {
  render(
    html`${error ? html`<strong class="error">${error}</strong> ` : nothing}Running: <strong>${name}</strong>.
      ${
        unsupported.length
          ? html`<details>
              <summary>Not simulated (${unsupported.length})</summary>
              <ul>
                ${unsupported.map((item) => html`<li>${item}</li>`)}
              </ul>
            </details>`
          : nothing
      }`,
    botStatus,
  );
}
async function useBot(init: RequestInit) {
  const response = await fetch('/mock/bot', init);
  const answer = await response.json();
  if (!response.ok) {
    const running = await (await fetch('/mock/bot')).json();
    return showBot(running, `That file is not a bot export: ${answer.errors?.join(' ') ?? answer.message ?? response.status}`);
  }
  showBot(answer);
  await start(false);
}
botFile.addEventListener('change', async () => {
  const file = botFile.files?.[0];
  if (file) await useBot({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: await file.text() });
  botFile.value = '';
});
document.querySelector('#demo-bot')!.addEventListener('click', () => void useBot({ method: 'DELETE' }));
void fetch('/mock/bot')
  .then((response) => response.json())
  .then((bot) => showBot(bot))
  .catch(() => undefined);

void start(true);
