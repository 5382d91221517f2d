/**
 * Walks an export's interactions for one conversation, as Conversation Builder does: a starter's
 * dialog goes from interaction to interaction (`nextMessageId`, or the rule's action) until a
 * question waits for the consumer; the answer picks the question's rule. Around each interaction
 * its pre-process code runs before it is shown and its post-process code after (for a question,
 * once answered); `setTriggerNextMessage` jumps to the named interaction instead.
 *
 * All bot code runs in the sandbox (sandbox.ts); what it did is applied here, within bounds. A
 * throw or a run past the time limit is said in the debug output, and the dialog goes on.
 */
import { MAX_CONVERSATIONS, type BotContext } from '../bot.js';
import { fillTemplate } from './template.js';
import { CodeTimeout, readResult, sandboxScript, type CodeRunner } from './sandbox.js';
import type { BotModel, Interaction, Target } from './model.js';

/** Interactions one message may lead through: past it the walk stops (a loop in the flow). */
export const MAX_STEPS = 100;
/** Characters of all bot variables of a conversation, as JSON: past it a `setBotVariable` is refused. */
export const MAX_BOT_VARIABLE_CHARS = 32 * 1024;

interface ConversationState {
  initialised: boolean;
  /** The question waiting for the consumer's answer. */
  pending?: string;
}

export interface InterpreterOptions {
  runner: CodeRunner;
  /** Milliseconds one piece of code may run. */
  timeoutMs: number;
  /** Conversations whose state is kept; the least recently active is forgotten first. */
  maxConversations?: number;
}

export class Interpreter {
  // In order of last use, so the front is forgotten first.
  private readonly states = new Map<string, ConversationState>();
  private readonly maxConversations: number;

  constructor(
    private readonly model: BotModel,
    private readonly options: InterpreterOptions,
  ) {
    this.maxConversations = options.maxConversations ?? MAX_CONVERSATIONS;
  }

  /** Runs the dialog of a starter that matched. */
  async start(bot: BotContext, starterId: string): Promise<void> {
    const state = this.state(bot);
    state.pending = undefined;
    await this.walk(bot, state, starterId);
  }

  /**
   * The simulated bot's `route` hook: first, the conversation's start (`__initConversation`) and
   * the answer to a waiting question; last, the question's no-match rule or the fallback dialog.
   */
  async route(bot: BotContext, when: 'first' | 'last', via: 'chat' | 'webview'): Promise<string | undefined> {
    const state = this.state(bot);
    if (!state.initialised) {
      state.initialised = true;
      if (/\b__initConversation\b/.test(this.model.globals))
        await this.code(bot, "if (typeof __initConversation === 'function') __initConversation();", 'the global __initConversation');
    }
    const question = state.pending === undefined ? undefined : this.model.interactions.get(state.pending);
    if (question) {
      const answered = await this.answer(bot, state, question, when === 'last');
      if (answered) return this.model.dialogs.get(question.dialogId)?.name ?? question.dialogId;
    }
    const fallback = this.model.fallback;
    if (when === 'last' && via === 'chat' && fallback?.first) {
      state.pending = undefined;
      await this.walk(bot, state, fallback.first);
      return fallback.name;
    }
    return undefined;
  }

  /** Applies the question's first rule that matches the answer (the no-match rule only when `last`); whether one did. */
  private async answer(bot: BotContext, state: ConversationState, question: Interaction, last: boolean): Promise<boolean> {
    const text = bot.getCurrentUserMessage();
    const rule = question.rules.find(({ when }) => {
      if (when.kind === 'noMatch') return last;
      if (when.kind === 'any') return true;
      if (when.kind === 'option') return when.value.trim().toLowerCase() === text.trim().toLowerCase();
      return when.matchers.some((matcher) => matcher.test(text));
    });
    if (!rule) return false;
    state.pending = undefined;
    if (rule.when.kind === 'noMatch' && rule.when.fallback) bot.sendMessage(this.fill(bot, rule.when.fallback));
    else {
      if (question.processResponse) {
        const jump = await this.code(bot, question.processResponse, `process user response code of "${question.name}"`);
        if (jump !== undefined) return this.walk(bot, state, this.resolve(bot, jump)).then(() => true);
      }
      for (const { name, value } of rule.set) this.setVariable(bot, name, this.fill(bot, value));
      const jump = question.postProcess && (await this.code(bot, question.postProcess, `post-process code of "${question.name}"`));
      if (jump) return this.walk(bot, state, this.resolve(bot, jump)).then(() => true);
    }
    await this.walk(bot, state, this.target(question, rule.to));
    return true;
  }

  /** Goes from `id` on until a question waits or the flow ends. */
  private async walk(bot: BotContext, state: ConversationState, id: string | undefined): Promise<void> {
    for (let steps = 0; id !== undefined; steps++) {
      if (steps >= MAX_STEPS) return bot.printDebugMessage(`Stopped after ${MAX_STEPS} interactions in a row: does the flow loop?`);
      const interaction = this.model.interactions.get(id);
      if (!interaction) return bot.printDebugMessage(`There is no interaction "${id}" to go to; the dialog ends.`);
      if (!interaction.supported) {
        bot.printDebugMessage(`Interaction "${interaction.name}" (${interaction.type}) is not simulated; skipped.`);
        id = this.target(interaction, interaction.rules.find((rule) => rule.when.kind === 'any')?.to ?? { kind: 'next' });
        continue;
      }
      const before = interaction.preProcess && (await this.code(bot, interaction.preProcess, `pre-process code of "${interaction.name}"`));
      if (before) {
        id = this.resolve(bot, before);
        continue;
      }
      this.show(bot, interaction);
      if (interaction.question) {
        state.pending = interaction.id;
        return;
      }
      const after =
        interaction.postProcess && (await this.code(bot, interaction.postProcess, `post-process code of "${interaction.name}"`));
      const rule = interaction.rules.find((candidate) => candidate.when.kind === 'any');
      id = after ? this.resolve(bot, after) : this.target(interaction, rule?.to ?? { kind: 'next' });
    }
  }

  private show(bot: BotContext, interaction: Interaction) {
    // A starter's text is an example of what the consumer says, not something the bot says.
    if (interaction.type === 'DIALOG_STARTER') return;
    const text = interaction.text === undefined ? '' : this.fill(bot, interaction.text);
    const buttons = interaction.buttons.map(({ title, url }) => ({ title: this.fill(bot, title), url: this.fill(bot, url) }));
    const replies = interaction.replies.map((reply) => this.fill(bot, reply));
    if (buttons.length > 0 || replies.length > 0) bot.sendButtons(text, buttons, replies);
    else if (text !== '') bot.sendMessage(text);
  }

  private target(from: Interaction, to: Target): string | undefined {
    if (to.kind === 'end') return undefined;
    if (to.kind === 'next') return from.next;
    if (to.kind === 'interaction') return to.id;
    return this.model.dialogs.get(to.id)?.first;
  }

  /** The interaction `setTriggerNextMessage` names (by name, as on the platform, or by ID). */
  private resolve(bot: BotContext, name: string): string | undefined {
    const id = this.model.byName.get(name) ?? (this.model.interactions.has(name) ? name : undefined);
    if (id === undefined) bot.printDebugMessage(`setTriggerNextMessage("${name}"): there is no interaction of that name; the dialog ends.`);
    return id;
  }

  private fill(bot: BotContext, text: string): string {
    return fillTemplate(text, { botVariable: (name) => bot.getBotVariable(name), userMessage: bot.getCurrentUserMessage() });
  }

  /** Runs bot code in the sandbox and applies what it did; resolves with the interaction it triggered, if any. */
  private async code(bot: BotContext, code: string, what: string): Promise<string | undefined> {
    const script = sandboxScript(this.model.globals, code, {
      conversationId: bot.getConversationId(),
      userId: bot.getUserPlatformId(),
      channel: bot.getUserChannel(),
      message: bot.getCurrentUserMessage(),
      webviewVariables: bot.getWebViewVariables(),
      botVariables: bot.getBotVariables(),
    });
    let result;
    try {
      result = readResult(await this.options.runner.run(script, this.options.timeoutMs));
    } catch (error) {
      bot.printDebugMessage(
        error instanceof CodeTimeout
          ? `The ${what} ran past ${this.options.timeoutMs} ms and was stopped (an endless loop?).`
          : `The ${what} could not run: ${error instanceof Error ? error.message : String(error)}`,
      );
      return undefined;
    }
    let trigger: string | undefined;
    for (const effect of result.effects) {
      if (effect.kind === 'set') this.setVariable(bot, effect.name, effect.value);
      else if (effect.kind === 'say') bot.sendMessage(effect.text);
      else if (effect.kind === 'debug') bot.printDebugMessage(effect.text);
      else trigger = effect.name;
    }
    if (result.error) bot.printDebugMessage(`The ${what} failed: ${result.error}`);
    return trigger;
  }

  /** Sets a bot variable unless the conversation's variables would grow past their budget. */
  private setVariable(bot: BotContext, name: string, value: unknown) {
    const variables = { ...bot.getBotVariables(), [name]: value };
    if (JSON.stringify(variables).length > MAX_BOT_VARIABLE_CHARS) {
      bot.printDebugMessage(
        `The bot variable "${name}" was not set: the conversation's variables would pass ${MAX_BOT_VARIABLE_CHARS} characters.`,
      );
      return;
    }
    bot.setBotVariable(name, value, true, false);
  }

  /** The conversation's state, marked as the most recently used; the least recent past the limit are forgotten. */
  private state(bot: BotContext): ConversationState {
    const id = bot.getConversationId();
    const state = this.states.get(id) ?? { initialised: false };
    this.states.delete(id);
    this.states.set(id, state);
    for (const oldest of this.states.keys()) {
      if (this.states.size <= this.maxConversations) break;
      this.states.delete(oldest);
    }
    return state;
  }
}
