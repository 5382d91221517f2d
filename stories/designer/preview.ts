/**
 * The designer's preview: the real element, and what the simulated bot (the design's exported bot,
 * or a rehearsal of its pre-process code, preview-bot.ts) made of its post: its reply, and the bot
 * variables the pre-process code set.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Conversation } from '../../src/mock/bot.js';
import { postedMessage, type Design } from '../../src/designer/design.js';

export interface PreviewParts {
  design: Design;
  /** The form itself. */
  preview: unknown;
  /** The preview's conversation, once it posted. */
  conversation: Conversation | undefined;
  /** The variables the design's post can carry. */
  variables: readonly string[];
  /** Why the preview rehearses with the pre-process code alone rather than run the bot a person downloads. */
  rehearsal: string | undefined;
  restart(): void;
}

const shown = (value: unknown) => (value === null || value === undefined ? html`<em>null</em>` : html`<code>${String(value)}</code>`);

function botSide({ design, conversation, variables }: PreviewParts): TemplateResult {
  if (!conversation) return html`<p>Nothing posted yet: fill in the form and send it.</p>`;
  const said = conversation.transcript.filter((entry) => entry.from === 'bot');
  return html`${
      said.length
        ? html`<ul class="wfd-bot" aria-label="The bot’s replies">
            ${said.map((entry) => html`<li><span class="wfd-bot-says">${entry.text}</span></li>`)}
          </ul>`
        : html`<p>
            ${
              postedMessage(design)
                ? 'The bot stored the answers; no dialog started.'
                : 'The form posts no message, so no dialog starts: the bot reads the answers when its next interaction runs the pre-process code.'
            }
          </p>`
    }
    <table class="wfd-variables">
      <caption>
        ${said.length ? 'Bot variables set by the pre-process code' : 'Variables the bot received'}
      </caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        ${variables.map(
          (name) =>
            html`<tr>
              <th scope="row"><code>${name}</code></th>
              <td>${shown(said.length ? conversation.botVariables.get(name) : conversation.webviewVariables.get(name))}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
}

export function previewPanel(parts: PreviewParts): TemplateResult {
  return html`<section class="wfd-preview" aria-labelledby="wfd-preview-title">
    <h2 id="wfd-preview-title" tabindex="-1">Preview</h2>
    <p>
      The real form, posting to a simulated bot in this browser: nothing leaves the page.
      ${
        parts.rehearsal
          ? html`The bot rehearses with the pre-process code alone: ${parts.rehearsal}`
          : 'The bot is the one you download, as Conversation Builder would run it.'
      }
    </p>
    <div class="wfd-frame"><div class="wfd-canvas">${parts.preview}</div></div>
    <h3 id="wfd-bot-title">What the bot did</h3>
    <div aria-live="polite" aria-labelledby="wfd-bot-title" role="region" data-bot>${botSide(parts)}</div>
    ${parts.conversation ? html`<button type="button" class="wfd-secondary" @click=${parts.restart}>Start again</button>` : nothing}
  </section>`;
}
