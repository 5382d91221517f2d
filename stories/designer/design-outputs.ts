/**
 * The designer's outputs for a design: the generators' texts with their titles and a sentence on
 * where each goes. The curl line needs a hash, hence a promise.
 */
import { html } from 'lit';
import type { ConversationIds } from '../../src/core/schemas.js';
import { linkFunction, preProcessCode, dialogStarter } from '../../src/designer/bot-code.js';
import { curlLine } from '../../src/designer/curl.js';
import {
  botIdProblem,
  DEFAULT_PAGE_URL,
  LOCAL_MOCK_ENDPOINT,
  messageProblem,
  pageUrlProblem,
  PLACEHOLDER_BOT_ID,
  postsTo,
  type Design,
} from '../../src/designer/design.js';
import { pageHtml } from '../../src/designer/page.js';
import type { Output } from './outputs.js';

/** Every output for `design`; the curl line signs for `ids`, the preview's, so it posts what the preview would. */
export async function outputsFor(design: Design, ids: ConversationIds): Promise<Output[]> {
  const starter = dialogStarter(design);
  // The bot sends this address as a link: only a web page's will do (not javascript:, not a typo),
  // and the IDs it adds must be ones the form reads.
  const problem = pageUrlProblem(design.pageUrl) ?? botIdProblem(design.botId);
  const link = problem
    ? { text: '', error: `No link code: ${problem}` }
    : { text: linkFunction(design.pageUrl || DEFAULT_PAGE_URL, design.botId || PLACEHOLDER_BOT_ID) };
  // A message the page would change is in none of the outputs (nor in the preview): each would
  // post another, and the dialog starter would match only some.
  const messageWrong = messageProblem(design.message);
  let page: Pick<Output, 'text' | 'error'>;
  try {
    page = messageWrong ? { text: '', error: `No page: ${messageWrong}` } : { text: pageHtml(design) };
  } catch (error) {
    // Fields the form would refuse: the page would show their error, so none is written (the message names the field).
    page = { text: '', error: `No page: ${(error as Error).message}` };
  }
  const pattern = messageWrong ? { text: '', error: `No dialog starter: ${messageWrong}` } : { text: starter ?? '(no message)' };
  const placeholders = !design.pageUrl || !design.botId;
  // A real bot takes posts only for a conversation it is having, which the preview's made-up one is
  // not: a design bound for a LivePerson region gets a line for the mock on this machine.
  const toRegion = postsTo(design).region !== undefined;
  let curl: Pick<Output, 'text' | 'error'>;
  try {
    curl = { text: await curlLine(toRegion ? { ...design, endpoint: LOCAL_MOCK_ENDPOINT } : design, ids) };
  } catch (error) {
    curl = { text: '', error: `No curl line: ${(error as Error).message}` };
  }
  return [
    {
      id: 'page',
      title: 'The page (index.html)',
      about: html`Save it as <code>index.html</code> beside the drop-in: the <code>webview-form.*.js</code> files of the package’s
        <code>dist/</code> (<code>npm run build</code>).`,
      ...page,
      file: 'index.html',
    },
    {
      id: 'fields',
      title: 'The fields JSON alone',
      about: html`The <code>fields</code> attribute’s JSON, for a page you write yourself.`,
      text: `${JSON.stringify(design.fields, null, 2)}\n`,
    },
    {
      id: 'link',
      title: 'Conversation Builder: the link',
      about: html`In the bot’s Global Functions (the bot’s code that runs when a conversation starts; this replaces an
        <code>__initConversation</code> already there). Offer <code>{$botContext.formURL}</code> as a button’s
        link.${placeholders ? html` <strong>Fill in Page address and Bot ID</strong> under “The link the bot sends”: until then it holds placeholders.` : ''}`,
      ...link,
    },
    {
      id: 'pre-process',
      title: 'Conversation Builder: reading the answers',
      about:
        'Conversation Builder runs an interaction’s pre-process code before the interaction: put this in the first interaction of the dialog the post starts. It copies every answer into a bot variable of the same name.',
      text: preProcessCode(design),
    },
    {
      id: 'starter',
      title: 'Conversation Builder: the dialog starter',
      about:
        starter || messageWrong
          ? 'The pattern of the dialog starter that the posted message starts.'
          : 'The form posts no message: set one to start a dialog.',
      ...pattern,
    },
    {
      id: 'curl',
      title: 'A test post with curl',
      about: toRegion
        ? html`What the form posts, signed, to the mock on this machine (<code>npm run mock</code>), for the preview’s conversation
            (<code>${ids.conversationId}</code>). Not to your bot’s region: LivePerson takes posts only for a conversation the bot is
            having.`
        : html`What the form posts, signed, to try the bot without the page. It is signed for the preview’s conversation
          (<code>${ids.conversationId}</code>): the mock takes any conversation; a real bot only one it is having.`,
      ...curl,
    },
  ];
}
