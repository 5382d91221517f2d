/**
 * Reads a Conversation Builder bot export (the JSON of "Export bot": `bot`, `groups` (dialogs),
 * `conversationMessage` (interactions), `globalFunctions`, `responder` (integrations), …) into
 * the model the interpreter walks. What the mock does not simulate is noted, each kind of thing
 * once with how often it occurs, and left out: never run half-understood.
 */
import { BOT_CONTEXT_FUNCTIONS } from './sandbox.js';
import { readCard } from './card.js';
import { compilePattern, type Matcher } from './patterns.js';
import { unsupportedPlaceholders } from './template.js';
import { BotExportError } from './safe-json.js';
import type { BotModel, DialogModel, Interaction, Rule, Target } from './model.js';

type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

// Statements go on; questions wait for the answer. A card (UNIVERSAL) waits when it asks for input,
// as the samples' do; the designer's goes on. The rest of the platform's types are listed.
const STATEMENTS = new Set(['DIALOG_STARTER', 'TEXT']);
const CARD = 'UNIVERSAL';
const QUESTIONS = new Set(['TEXT_QUESTION', 'BUTTON', 'QUICK_REPLY', 'MULTIPLE_CHOICE_QUESTION']);
// Top-level keys the reader uses, or that describe the bot without changing how it answers.
const KNOWN_KEYS = new Set(['hash', 'bot', 'responder', 'requiredContext', 'conversationMessage', 'menus', 'groups', 'globalFunctions']);
const DESCRIPTIVE_KEYS = new Set(['platforms', 'associatedDomains', 'associatedIntents', 'dialogTemplates']);
const KNOWN_FUNCTIONS = new Set<string>(BOT_CONTEXT_FUNCTIONS);
// The rule actions that end the dialog rather than name an interaction (the samples' "End dialog", "Close conversation").
const ENDS = new Set(['close_dialog', 'close_conversation']);

/** Notes of what is not simulated: each once, with a count. */
class Notes {
  private readonly counts = new Map<string, number>();
  add(note: string) {
    this.counts.set(note, (this.counts.get(note) ?? 0) + 1);
  }
  list(): string[] {
    return [...this.counts].map(([note, count]) => (count > 1 ? `${note} (${count} times)` : note));
  }
}

/** Returns the model of an export checked by `assertSafeJson`, and what it leaves out; throws `BotExportError` for a file that is not an export. */
export function readExport(json: unknown): { model: BotModel; unsupported: string[] } {
  const root = obj(json);
  if (typeof json !== 'object' || json === null || Array.isArray(json) || !Array.isArray(root.conversationMessage) || !obj(root.bot).id) {
    throw new BotExportError(
      'This is not a Conversation Builder bot export: it needs a "bot" object and a "conversationMessage" list (in Conversation Builder, Export the bot).',
    );
  }
  const notes = new Notes();
  for (const key of Object.keys(root)) {
    if (DESCRIPTIVE_KEYS.has(key) || KNOWN_KEYS.has(key)) continue;
    notes.add(`the top-level "${key}" is not simulated`);
  }
  for (const responder of list(root.responder)) notes.add(`integration "${str(obj(responder).name) ?? '?'}" is not simulated`);
  if (list(root.menus).length > 0) notes.add('menus are not simulated');
  if (list(root.requiredContext).length > 0) notes.add('required context is not simulated');
  if (list(root.associatedDomains).length > 0) notes.add('intents (NLU domains) are not simulated: dialogs start by pattern only');

  const dialogs = new Map<string, { id: string; name: string; fallback: boolean }>();
  for (const group of list(root.groups).map(obj)) {
    const id = str(group.id);
    if (!id || group.status === 'DISABLED') continue;
    const type = str(group.dialogType) ?? 'DIALOG';
    if (type !== 'DIALOG' && type !== 'FALLBACK_DIALOG') {
      notes.add(`dialog type ${type} is not simulated`);
      continue;
    }
    dialogs.set(id, { id, name: str(group.name) ?? id, fallback: type === 'FALLBACK_DIALOG' });
  }

  const globals = str(obj(root.globalFunctions).methods) ?? '';
  noteCode(globals, notes);
  const interactions = new Map<string, Interaction>();
  for (const message of list(root.conversationMessage).map(obj)) {
    const interaction = readInteraction(message, notes);
    if (interaction && (dialogs.has(interaction.dialogId) || !list(root.groups).length)) interactions.set(interaction.id, interaction);
  }

  const byName = new Map<string, string>();
  for (const interaction of interactions.values()) if (!byName.has(interaction.name)) byName.set(interaction.name, interaction.id);
  const firsts = new Map<string, string>();
  const led = new Set([...interactions.values()].flatMap((interaction) => (interaction.next ? [interaction.next] : [])));
  for (const interaction of interactions.values()) {
    const current = firsts.get(interaction.dialogId);
    // A dialog starts at its starter, else at the first interaction nothing leads to.
    if (interaction.type === 'DIALOG_STARTER' && interactions.get(current ?? '')?.type !== 'DIALOG_STARTER')
      firsts.set(interaction.dialogId, interaction.id);
    else if (current === undefined && !led.has(interaction.id)) firsts.set(interaction.dialogId, interaction.id);
  }
  const models = new Map<string, DialogModel>();
  for (const { id, name } of dialogs.values()) models.set(id, { id, name, first: firsts.get(id) });
  const fallback = [...dialogs.values()].find((dialog) => dialog.fallback);
  return {
    model: {
      name: str(obj(root.bot).name) ?? 'bot',
      interactions,
      byName,
      dialogs: models,
      starters: [...interactions.values()].filter(
        (interaction) => interaction.type === 'DIALOG_STARTER' && !dialogs.get(interaction.dialogId)?.fallback,
      ),
      fallback: fallback && models.get(fallback.id),
      globals,
    },
    unsupported: notes.list(),
  };
}

function readInteraction(message: Json, notes: Notes): Interaction | undefined {
  const id = str(message.id);
  if (!id) return undefined;
  const type = str(message.interactionType) ?? str(message.type) ?? '?';
  const name = str(message.name) ?? id;
  const content = obj(message.content);
  const tile = obj(list(obj(obj(content.results).tile).tileData)[0]);
  let supported = STATEMENTS.has(type) || QUESTIONS.has(type) || type === CARD;
  if (!supported) notes.add(`interaction type ${type} is not simulated (skipped)`);
  if (supported && content.contentType === 'DYNAMIC') {
    notes.add('dynamic content (from an integration) is not simulated (skipped)');
    supported = false;
  }
  let text = str(tile.text);
  const buttons: Array<{ title: string; url: string }> = [];
  const replies: string[] = [];
  if (supported && type === CARD) {
    const card = readCard(str(obj(tile.universalWidget).leMessageJson) ?? '', (note) => notes.add(note));
    if (card) {
      text = card.texts.join('\n');
      buttons.push(...card.buttons);
      replies.push(...card.replies);
    } else {
      notes.add('a card with no text or button the mock simulates is skipped');
      supported = false;
    }
  }
  for (const button of list(tile.buttons).map(obj)) {
    const title = str(button.name) ?? '';
    const callback = str(button.callback) ?? '';
    if (button.type === 'web_url') buttons.push({ title, url: callback });
    else if (button.type === 'postback') replies.push(callback || title);
    else notes.add(`button type ${String(button.type)} is not simulated`);
  }
  for (const reply of list(message.quickReplies).map(obj)) {
    if (reply.type === 'text') replies.push(str(reply.payload) ?? str(reply.title) ?? '');
    else notes.add(`quick reply type ${String(reply.type)} is not simulated`);
  }
  for (const choice of list(obj(tile.multipleChoice).multipleChoices)) if (typeof choice === 'string') replies.push(choice);
  if (message.interactionDelay !== undefined) notes.add('interaction delays are not simulated (messages come at once)');
  for (const placeholder of unsupportedPlaceholders(
    [text ?? '', ...buttons.flatMap((button) => [button.title, button.url]), ...replies].join(' '),
  ))
    notes.add(`the placeholder ${placeholder.replace(/\..*\}$/, '…}')} is not simulated (left as written)`);

  const patterns: Matcher[] = [];
  if (type === 'DIALOG_STARTER') {
    for (const pattern of list(message.pattern)) {
      const matcher = typeof pattern === 'string' ? compilePattern(pattern) : undefined;
      if (matcher) patterns.push(matcher);
      else notes.add(`the pattern ${JSON.stringify(String(pattern).slice(0, 60))} is not one the mock can read`);
    }
    if (patterns.length === 0) notes.add(`dialog starter "${name}" has no pattern (an intent?): it never starts`);
  }
  const code = (key: string) => {
    const value = str(message[key])?.trim();
    if (value) noteCode(value, notes);
    return value || undefined;
  };
  return {
    id,
    name,
    dialogId: str(message.group) ?? '',
    type,
    supported,
    question: QUESTIONS.has(type) || (type === CARD && message.userInputRequired === true),
    text: text === 'BLANK_MESSAGE' ? undefined : text,
    buttons,
    replies,
    preProcess: code('preProcessMessage'),
    postProcess: code('postProcessMessage'),
    processResponse: code('processUserResponse'),
    next: str(message.nextMessageId),
    rules: list(message.responseMatches).flatMap((rule) => readRule(obj(rule), notes)),
    patterns,
  };
}

function readRule(rule: Json, notes: Notes): Rule[] {
  const action = obj(rule.action);
  let to: Target;
  const value = str(action.value) ?? 'next';
  if (action.name === 'INTERACTION' || action.name === undefined) {
    if (value === 'close_conversation') notes.add('closing the conversation is not simulated (the dialog ends)');
    to = value === 'next' ? { kind: 'next' } : ENDS.has(value) ? { kind: 'end' } : { kind: 'interaction', id: value };
  } else if (action.name === 'DIALOG') to = { kind: 'dialog', id: value };
  else {
    notes.add(`the next action ${String(action.name)} is not simulated (the rule is skipped)`);
    return [];
  }
  if (list(rule.contextConditions).length > 0) notes.add('context conditions on rules are not simulated (ignored)');
  const set = list(rule.contextDataVariables).flatMap((variable) => {
    const { name, value: template } = obj(variable);
    return typeof name === 'string' && typeof template === 'string' ? [{ name, value: template }] : [];
  });
  const conditions = list(rule.conditions).map(obj);
  if (conditions.length === 0) return [{ when: { kind: 'any' }, to, set }];
  const rules: Rule[] = [];
  for (const condition of conditions) {
    const type = str(condition.matchType);
    if (type === 'PATTERN') {
      const matchers = list(obj(condition.patternMatch).patterns).flatMap((pattern) => {
        const matcher = typeof pattern === 'string' ? compilePattern(pattern) : undefined;
        return matcher ? [matcher] : [];
      });
      if (matchers.length > 0) rules.push({ when: { kind: 'patterns', matchers }, to, set });
    } else if (type === 'EVAL_OPTION') {
      const option = str(obj(condition.evaluateOptionMatch).value);
      if (option !== undefined) rules.push({ when: { kind: 'option', value: option }, to, set });
    } else if (type === 'NO_MATCH') {
      rules.push({ when: { kind: 'noMatch', fallback: str(obj(condition.noMatch).fallbackMessage) }, to, set });
    } else notes.add(`the condition type ${type ?? '?'} is not simulated (the condition never matches)`);
  }
  return rules;
}

/** Notes the botContext functions that code calls and the mock does not provide: calling one throws. */
function noteCode(code: string, notes: Notes) {
  for (const [, name] of code.matchAll(/\bbotContext\s*\.\s*([A-Za-z_$][\w$]*)/g)) {
    if (!KNOWN_FUNCTIONS.has(name)) notes.add(`botContext.${name} is not simulated (a call throws)`);
  }
}
