/**
 * "Download the bot": the design's whole Conversation Builder bot as one file to import
 * (src/designer/bot-export.ts), beside the outputs to copy. A native button, so a keyboard and a
 * screen reader use it as any other; the live region says what was saved.
 */
import { html, type TemplateResult } from 'lit';
import { answersDialogProblem, botFileName, exportBot } from '../../src/designer/bot-export.js';
import { botIdProblem, pageUrlProblem, type Design } from '../../src/designer/design.js';

/** Saves `text` as the file `name` through a link to a Blob, the way a page offers a download it wrote itself. */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name, hidden: true });
  // A link out of the document is not followed in every engine.
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the file after the click returns: free it once the download has surely started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Downloads the export for `design`; resolves with the file's name, for the live region. */
export function downloadBot(design: Design): string {
  const name = botFileName(design);
  downloadText(name, `${JSON.stringify(exportBot(design), null, 2)}\n`, 'application/json');
  return name;
}

/** The block: what the file holds, how to import it, and its button; `download` is called when it is pressed. */
export function botDownloadSection(design: Design, download: () => void): TemplateResult {
  // The export holds the link code: a design the link code refuses gets no file, and says why.
  const problem = pageUrlProblem(design.pageUrl) ?? botIdProblem(design.botId);
  const noAnswers = answersDialogProblem(design);
  const placeholders = !design.pageUrl || !design.botId;
  return html`<section class="wfd-output" aria-labelledby="wfd-bot-file-title">
    <h3 id="wfd-bot-file-title">Conversation Builder: the whole bot (${botFileName(design)})</h3>
    <p>
      A bot to import in Conversation Builder (its Dashboard’s Import Bot): a dialog that sends the form’s link when a person asks for it, a
      dialog that reads the answers when the form posts and quotes them back, and the link code in its Global Functions. After the import,
      put the new bot’s ID (its Bot Settings) in the Global Functions’
      <code>botId</code
      >.${placeholders ? html` <strong>Fill in Page address and Bot ID</strong> first, or the link holds placeholders.` : ''}
      ${noAnswers ?? ''}
    </p>
    ${
      problem
        ? html`<p class="wfd-alert" role="alert" data-download-error="bot">No bot: ${problem}</p>`
        : html`<div class="wfd-output-tools">
            <button type="button" class="wfd-secondary" data-download="bot" aria-describedby="wfd-bot-file-title" @click=${download}>
              Download the bot
            </button>
          </div>`
    }
  </section>`;
}
