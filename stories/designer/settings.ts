/**
 * The designer's settings of the form as a whole: where it posts, what it posts with the answers,
 * and what the bot's link needs. Plain controls, each with a visible label; the designer owns the
 * values.
 */
import { textBox } from './text-box.js';
import { html, nothing, type TemplateResult } from 'lit';
import { REGIONS, type Region } from '../../src/core/protocol.js';
import {
  botIdProblem,
  DEFAULT_OFFER_PATTERNS,
  LOCAL_MOCK_ENDPOINT,
  messageProblem,
  pageUrlProblem,
  returnUrlProblem,
  urlVariablesProblem,
  type Design,
} from '../../src/designer/design.js';
import { checkBox } from './check-box.js';

type Settings = Omit<Design, 'fields'>;

const REGION_NAMES: Record<Region, string> = {
  us: 'LivePerson Cloud US',
  uk: 'LivePerson Cloud UK',
  sy: 'LivePerson Cloud SY',
  gcp: 'Google Cloud Platform PROD',
};

/** The languages' own names, for the language menu. */
const languageName = (tag: string) => new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;

/** Which choice of "Where the bot is" a design makes. */
function whereOf(settings: Settings): string {
  if (settings.endpoint === LOCAL_MOCK_ENDPOINT) return 'mock';
  // An address being typed is empty for a moment: it is still the choice.
  return settings.endpoint !== undefined ? 'other' : (settings.region ?? 'us');
}

/** The settings for a choice of "Where the bot is". */
function whereSettings(choice: string, settings: Settings): Partial<Settings> {
  if (choice === 'mock') return { endpoint: LOCAL_MOCK_ENDPOINT, region: undefined };
  if (choice === 'other')
    return {
      endpoint: settings.endpoint && settings.endpoint !== LOCAL_MOCK_ENDPOINT ? settings.endpoint : '/thirdparty-services-0.1/webview',
      region: undefined,
    };
  return { endpoint: undefined, region: choice as Region };
}

const text = (event: Event) => (event.target as HTMLInputElement).value;

/** A box's comma-separated items, trimmed; none when it holds none. */
function list(text: string): string[] | undefined {
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}

/** A labelled text box with its hint, and its error when `error` says one. */
const box = (
  id: string,
  label: string,
  value: string | undefined,
  hint: string | TemplateResult,
  set: (text: string) => void,
  type = 'text',
  error?: string,
): TemplateResult => textBox(id, { label, hint, text: value ?? '', error, type, input: set });

/** The settings panel; `change` receives what changed. */
export function settingsPanel(design: Design, languages: readonly string[], change: (patch: Partial<Settings>) => void): TemplateResult {
  const settings: Settings = design;
  const where = whereOf(settings);
  const or = (value: string) => value.trim() || undefined;
  return html`<h3>Sending</h3>
    <div class="wfd-panel">
      <div class="wfd-group">
        <label for="wfd-where">Where the bot is</label>
        <span class="wfd-hint" id="wfd-where-hint"
          >The region of your LivePerson account (its administrator knows it), or the mock on your machine while you try the page.</span
        >
        <select id="wfd-where" aria-describedby="wfd-where-hint" @change=${(event: Event) => change(whereSettings(text(event), settings))}>
          ${Object.entries(REGION_NAMES).map(([region, name]) => html`<option value=${region} ?selected=${where === region}>${name} (${REGIONS[region as Region]})</option>`)}
          <option value="mock" ?selected=${where === 'mock'}>The mock on this machine (npm run mock, port 8787)</option>
          <option value="other" ?selected=${where === 'other'}>Another address (a relay)</option>
        </select>
      </div>
      ${
        where === 'other'
          ? box('wfd-endpoint', 'Address to post to', settings.endpoint, 'A full URL, or a path on the page’s own host.', (endpoint) =>
              change({ endpoint: endpoint.trim() }),
            )
          : nothing
      }
      ${box('wfd-message', 'Message', settings.message, 'Posted with the answers, as if the person had typed it in the chat: the bot’s dialog whose starter matches it runs next. Left empty, only the answers are posted.', (message) => change({ message: or(message) }), 'text', messageProblem(settings.message))}
      ${box(
        'wfd-url-variables',
        'Variables from the link (optional)',
        settings.urlVariables?.join(', '),
        'Names of the link’s query parameters to post too, separated by commas, such as PaymentId.',
        (names) => change({ urlVariables: list(names) }),
        'text',
        urlVariablesProblem(design),
      )}
      ${checkBox(
        'wfd-auto-submit',
        'Post as soon as the page opens, without a Send button (a payment confirmation page)',
        settings.autoSubmit === true,
        (checked) => change({ autoSubmit: checked || undefined }),
      )}
    </div>
    <h3>After sending</h3>
    <div class="wfd-panel">
      ${box(
        'wfd-return-url',
        'The way back to the chat (optional)',
        settings.returnUrl,
        'Once the form is sent, a “Back to the conversation” link leads here: a web address, or your messaging app’s link, such as https://example.com/chat or whatsapp://send. Left empty, the form only says the person can return to the conversation.',
        (returnUrl) => change({ returnUrl: or(returnUrl) }),
        'url',
        returnUrlProblem(settings.returnUrl, settings.pageUrl),
      )}
    </div>
    <h3>Title and language</h3>
    <div class="wfd-panel">
      ${box('wfd-title', 'Title', settings.title, 'The page’s heading, above the form. Left empty: “Your details”.', (title) => change({ title: or(title) }))}
      <div class="wfd-group">
        <label for="wfd-lang">Language</label>
        <span class="wfd-hint" id="wfd-lang-hint">The page’s language: the form’s own texts (errors, buttons) come in it.</span>
        <select
          id="wfd-lang"
          aria-describedby="wfd-lang-hint"
          @change=${(event: Event) => change({ lang: text(event) === 'en' ? undefined : text(event) })}
        >
          ${languages.map((tag) => html`<option value=${tag} lang=${tag} ?selected=${(settings.lang ?? 'en') === tag}>${languageName(tag)}</option>`)}
        </select>
      </div>
    </div>
    <h3>The link the bot sends</h3>
    <div class="wfd-panel">
      <div class="wfd-pair">
        ${box('wfd-page-url', 'Page address', settings.pageUrl, 'Where you will put the page.', (pageUrl) => change({ pageUrl: or(pageUrl) }), 'url', pageUrlProblem(settings.pageUrl))}
        ${box('wfd-bot-id', 'Bot ID', settings.botId, 'In Conversation Builder: the bot’s Bot Settings.', (botId) => change({ botId: or(botId) }), 'text', botIdProblem(settings.botId))}
      </div>
      ${box(
        'wfd-offer-patterns',
        'What a person types to get the form (optional)',
        settings.offerPatterns?.join(', '),
        html`The downloaded bot sends the link when a message matches one of these Conversation Builder patterns, separated by commas:
          <code>*</code> stands for any text, <code>(quote|estimate)</code> for either word. Left empty:
          ${DEFAULT_OFFER_PATTERNS.join(', ')}.`,
        (patterns) => change({ offerPatterns: list(patterns) }),
      )}
    </div>`;
}
