/**
 * The designer's simulated bot: the mock's `SimulatedBot` with one dialog, written by the
 * designer's own generators. Its starter is the design's `message` and it runs the generated
 * pre-process code, so the preview shows the bot code at work on what the preview posted.
 */
import { SimulatedBot, type BotContext, type Dialog } from '../mock/bot.js';
import { dialogStarter, preProcessCode } from './bot-code.js';
import { variableNames, type Design } from './design.js';

/** The name of the designed dialog. */
export const DESIGNED_DIALOG = 'designed form';

/** Runs Conversation Builder code as the platform does: a function body with `botContext` in scope. */
export function runBotCode(code: string, botContext: Partial<BotContext>): void {
  new Function('botContext', code)(botContext);
}

/** A bot whose dialog follows `design()` as it is when a post arrives: the designer changes it as a person edits. */
export function rehearsalBot(design: () => Design): SimulatedBot {
  const dialog: Dialog = {
    name: DESIGNED_DIALOG,
    get patterns() {
      const starter = dialogStarter(design());
      return starter ? [starter] : [];
    },
    run(botContext) {
      runBotCode(preProcessCode(design()), botContext);
      const read = variableNames(design()).length;
      botContext.sendMessage(
        `Your form reached me. The pre-process code put ${read} ${read === 1 ? 'answer' : 'answers'} in bot variables.`,
      );
    },
  };
  return new SimulatedBot({ dialogs: [dialog] });
}
