/**
 * The designer's simulated bot. The preview posts to the design's own Conversation Builder export
 * (bot-export.ts), loaded in the mock: the bot a person downloads, made again from the design as it
 * is when a post arrives. A design whose export cannot read the answers (it posts no message, or
 * one of operators alone) or cannot be made (a page address or a bot ID the link cannot carry) is
 * rehearsed instead: one dialog on the posted message that runs the generated pre-process code.
 */
import { SimulatedBot, type BotContext, type Dialog } from '../mock/bot.js';
import { loadBotExport } from '../mock/export/load.js';
import { createWebviewHandler, type Handler } from '../mock/handler.js';
import { dialogStarter, preProcessCode } from './bot-code.js';
import { answersDialogProblem, exportBot } from './bot-export.js';
import { botIdProblem, pageUrlProblem, variableNames, type Design } from './design.js';

/** The name of the rehearsed dialog. */
export const DESIGNED_DIALOG = 'designed form';

/** Runs Conversation Builder code as the platform does: a function body with `botContext` in scope. */
export function runBotCode(code: string, botContext: Partial<BotContext>): void {
  new Function('botContext', code)(botContext);
}

/** A bot whose one dialog starts on the design's message and runs its generated pre-process code. */
export function rehearsalBot(design: Design): SimulatedBot {
  const starter = dialogStarter(design);
  const read = variableNames(design).length;
  const dialog: Dialog = {
    name: DESIGNED_DIALOG,
    patterns: starter ? [starter] : [],
    run(botContext) {
      runBotCode(preProcessCode(design), botContext);
      botContext.sendMessage(
        `Your form reached me. The pre-process code put ${read} ${read === 1 ? 'answer' : 'answers'} in bot variables.`,
      );
    },
  };
  return new SimulatedBot({ dialogs: [dialog] });
}

/** Why the preview rehearses rather than runs the design's export; undefined when it runs the export. */
export function rehearsalReason(design: Design): string | undefined {
  const link = pageUrlProblem(design.pageUrl) ?? botIdProblem(design.botId);
  if (link) return `There is no bot to download yet: ${link}`;
  return answersDialogProblem(design);
}

/**
 * The preview's bot for the design `design()` returns. `handle` answers the preview's posts with the
 * bot for the design as it is then; `bot` is the last one made, whose conversations the preview
 * shows until the next post.
 */
export class PreviewBot {
  #made?: { design: Design; bot: SimulatedBot; handle: Handler; unsubscribe: () => void };
  readonly #listeners = new Set<(conversationId: string) => void>();

  constructor(private readonly design: () => Design) {}

  /** The bot that answered the last post (or would answer the first). */
  get bot(): SimulatedBot {
    return (this.#made ??= this.#make(this.design())).bot;
  }

  /** Answers a Web View API request with the bot of the design as it is now. */
  readonly handle: Handler = (request) => {
    const design = this.design();
    if (this.#made?.design !== design) {
      this.#made?.unsubscribe();
      this.#made = this.#make(design);
    }
    return this.#made.handle(request);
  };

  /** Calls `listener` whenever a conversation of the current bot changes. */
  subscribe(listener: (conversationId: string) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #make(design: Design) {
    const bot = rehearsalReason(design) === undefined ? loadBotExport(exportBot(design)).createBot() : rehearsalBot(design);
    const unsubscribe = bot.subscribe((id) => this.#listeners.forEach((listener) => listener(id)));
    return { design, bot, handle: createWebviewHandler({ bot }), unsubscribe };
  }
}
