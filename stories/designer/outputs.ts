/**
 * What the designer writes, ready to copy: each text in a scrollable block a keyboard can reach,
 * with its copy button, and the page also as a file to download.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface Output {
  id: string;
  title: string;
  /** Where it goes, in a sentence or two. */
  about: TemplateResult | string;
  text: string;
  /** A file name: the text can also be downloaded as that file. */
  file?: string;
  /** Set when the text could not be written; shown instead. */
  error?: string;
}

/** Copies `text` to the clipboard; resolves with whether the browser allowed it. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The outputs, each with a heading a screen reader can jump to; `copy` is called with the one whose
 * button was pressed. `more` follows them in the section (the bot to download).
 */
export function outputsSection(
  outputs: readonly Output[],
  copy: (output: Output) => void,
  more: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  return html`<section class="wfd-outputs" aria-labelledby="wfd-outputs-title">
    <h2 id="wfd-outputs-title">Copy into your project</h2>
    ${outputs.map(
      (output) =>
        html`<section class="wfd-output">
          <h3 id="wfd-${output.id}-title">${output.title}</h3>
          <p>${output.about}</p>
          ${
            output.error
              ? html`<p class="wfd-alert" role="alert" data-output=${output.id}>${output.error}</p>`
              : html`<pre
                    tabindex="0"
                    role="region"
                    aria-labelledby="wfd-${output.id}-title"
                    data-output=${output.id}
                  ><code>${output.text}</code></pre>
                  <div class="wfd-output-tools">
                    <button
                      type="button"
                      class="wfd-secondary"
                      data-copy=${output.id}
                      aria-describedby="wfd-${output.id}-title"
                      @click=${() => copy(output)}
                    >
                      Copy
                    </button>
                    ${
                      output.file
                        ? html`<a href="data:text/html;charset=utf-8,${encodeURIComponent(output.text)}" download=${output.file}
                            >Download ${output.file}</a
                          >`
                        : nothing
                    }
                  </div>`
          }
        </section>`,
    )}
    ${more}
  </section>`;
}
