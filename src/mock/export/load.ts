/**
 * `loadBotExport`: a Conversation Builder bot export (its JSON) as the simulated bot's dialogs,
 * for the subset web forms need: dialog starters matched by pattern; text, button, quick-reply,
 * multiple-choice and text-question interactions, and cards of text and buttons (UNIVERSAL, see
 * card.ts), linked by `nextMessageId` and by rules on the answer (`close_dialog` ends the dialog);
 * `{$botContext.…}` and `{$userMessage}` in texts and links; pre-process, post-process
 * and process-user-response code and global functions (with `__initConversation`), run in a
 * sandbox with a time limit over a subset of `botContext`. The rest is listed in `unsupported`.
 *
 *     JSON ─► assertSafeJson (refused whole) ─► readExport (model + unsupported) ─► Interpreter ─► dialogs
 */
import { SimulatedBot, type Dialog, type SimulatedBotOptions } from '../bot.js';
import { Interpreter } from './interpreter.js';
import { readExport } from './read-export.js';
import { defaultRunner } from './runner.js';
import { assertSafeJson, parseJson } from './safe-json.js';
import type { CodeRunner } from './sandbox.js';

/** By default a piece of bot code may run this many milliseconds. */
export const CODE_TIMEOUT_MS = 1000;

export interface LoadBotExportOptions {
  /** Where bot code runs. Default: node:vm in Node, a Worker in a browser. */
  runner?: CodeRunner;
  /** Milliseconds one piece of bot code may run before it is stopped. Default: `CODE_TIMEOUT_MS`. */
  codeTimeoutMs?: number;
  /** Conversations whose dialog state is kept. Default: `MAX_CONVERSATIONS`. */
  maxConversations?: number;
}

/** A loaded export: what `createMockBackend({ bot })` and `webview-form-mock --bot` run. */
export interface BotExport {
  /** The bot's name in Conversation Builder. */
  readonly name: string;
  /** One dialog per starter, in the file's order, named for its dialog. */
  readonly dialogs: readonly Dialog[];
  /** The global functions, run before every piece of bot code. */
  readonly globals: string;
  /** What the file holds that the mock does not simulate, each once: say it to the person who loaded it. */
  readonly unsupported: readonly string[];
  /** Returns a simulated bot running this export. */
  createBot(options?: Omit<SimulatedBotOptions, 'dialogs' | 'route' | 'greet' | 'unmatched'>): SimulatedBot;
}

/**
 * Loads an export given as parsed JSON, or as its text. Throws `BotExportError`, with a one-line
 * message, for text that is not JSON, a file that is not a bot export, or one past the mock's
 * limits (too large, nested too deep, a `__proto__` key).
 */
export function loadBotExport(json: unknown, options: LoadBotExportOptions = {}): BotExport {
  const data = typeof json === 'string' ? parseJson(json) : json;
  assertSafeJson(data);
  const { model, unsupported } = readExport(data);
  const interpreter = new Interpreter(model, {
    runner: options.runner ?? lazyDefault(),
    timeoutMs: options.codeTimeoutMs ?? CODE_TIMEOUT_MS,
    maxConversations: options.maxConversations,
  });
  const dialogs: Dialog[] = model.starters.map((starter) => ({
    name: model.dialogs.get(starter.dialogId)?.name ?? starter.dialogId,
    patterns: starter.patterns,
    run: (bot) => interpreter.start(bot, starter.id),
  }));
  return {
    name: model.name,
    dialogs,
    globals: model.globals,
    unsupported,
    createBot: (botOptions = {}) =>
      new SimulatedBot({ ...botOptions, dialogs, route: (bot, when, via) => interpreter.route(bot, when, via) }),
  };
}

// The runner is made at the first run, so a load in a page that cannot make Workers still lists what it read.
function lazyDefault(): CodeRunner {
  let runner: CodeRunner | undefined;
  return { run: (script, timeoutMs) => (runner ??= defaultRunner()).run(script, timeoutMs) };
}
