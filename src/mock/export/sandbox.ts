/**
 * Bot code (pre- and post-process code, process-user-response code, global functions) runs
 * outside the mock's realm: a runner evaluates one self-contained script, built here, in a fresh
 * `node:vm` context or a Worker, and hands back its result as JSON text. Nothing of the mock
 * crosses into the sandbox: the conversation's state goes in as JSON, and what the code did comes
 * out as a list of effects that the interpreter applies. So the same script runs the same in
 * Node and in a browser, and a runner can stop it at any point.
 *
 *     state (JSON) ─► script ─► runner (time limit) ─► effects (JSON) ─► checked ─► applied
 */

/** What bot code sees of the conversation. */
export interface CodeState {
  conversationId: string;
  userId: string;
  channel: string;
  message: string;
  webviewVariables: Record<string, string>;
  botVariables: Record<string, unknown>;
}

/** One thing bot code did, in order. */
export type Effect =
  | { kind: 'set'; name: string; value: unknown }
  | { kind: 'say'; text: string }
  | { kind: 'debug'; text: string }
  | { kind: 'trigger'; name: string };

export interface CodeResult {
  effects: Effect[];
  /** Set when the code threw (its name and message) or could not run. */
  error?: string;
}

/**
 * Runs a script built by `sandboxScript` and resolves with the value of its one expression, a
 * JSON string. Rejects with `CodeTimeout` when it runs past `timeoutMs`, stopping it.
 */
export interface CodeRunner {
  run(script: string, timeoutMs: number): Promise<string>;
}

/** A run that went past its time limit and was stopped. */
export class CodeTimeout extends Error {
  override name = 'CodeTimeout';
}

/** The botContext functions bot code may call in the mock; a call to any other throws. */
export const BOT_CONTEXT_FUNCTIONS = [
  'getWebViewVariable',
  'getWebViewVariables',
  'getBotVariable',
  'setBotVariable',
  'getConversationId',
  'getUserPlatformId',
  'getUserChannel',
  'getCurrentUserMessage',
  'setTriggerNextMessage',
  'printDebugMessage',
  'sendMessage',
] as const;

/** How much one run may say: effects, and characters in one text or value. */
export const MAX_EFFECTS = 200;
export const MAX_EFFECT_CHARS = 16 * 1024;

// Plain ES5-style JavaScript: it runs as written in any engine, and nothing a build step does to
// the mock's own code reaches it. Values are kept as JSON, as the platform keeps bot variables.
const MAIN = `function (input) {
  var effects = [], state = input.state, vars = state.botVariables, error;
  var own = function (o, k) { return Object.prototype.hasOwnProperty.call(o, k); };
  var push = function (effect, size) {
    if (effects.length >= ${MAX_EFFECTS}) throw new Error('bot code did more than ${MAX_EFFECTS} things in one run');
    if (size > ${MAX_EFFECT_CHARS}) throw new Error('bot code sent a text or value over ${MAX_EFFECT_CHARS} characters');
    effects.push(effect);
  };
  var text = function (value) { return String(value); };
  var botContext = Object.freeze({
    getWebViewVariable: function (name) { return own(state.webviewVariables, text(name)) ? state.webviewVariables[text(name)] : null; },
    getWebViewVariables: function () { return JSON.parse(JSON.stringify(state.webviewVariables)); },
    getBotVariable: function (name) { return own(vars, text(name)) ? vars[text(name)] : null; },
    setBotVariable: function (name, value) {
      var json = value === undefined ? 'null' : JSON.stringify(value);
      push({ kind: 'set', name: text(name), value: JSON.parse(json) }, json.length);
      Object.defineProperty(vars, text(name), { value: JSON.parse(json), enumerable: true, writable: true, configurable: true });
    },
    getConversationId: function () { return state.conversationId; },
    getUserPlatformId: function () { return state.userId; },
    getUserChannel: function () { return state.channel; },
    getCurrentUserMessage: function () { return state.message; },
    setTriggerNextMessage: function (name) { push({ kind: 'trigger', name: text(name) }, text(name).length); },
    printDebugMessage: function (message) { push({ kind: 'debug', text: text(message) }, text(message).length); },
    sendMessage: function (message) { push({ kind: 'say', text: text(message) }, text(message).length); }
  });
  try {
    new Function('botContext', input.globals + '\\n;\\n' + input.code)(botContext);
  } catch (thrown) {
    error = thrown instanceof Error ? thrown.name + ': ' + thrown.message : 'threw ' + text(thrown);
  }
  return JSON.stringify({ effects: effects, error: error });
}`;

/** The script that runs `code` after the global functions, over `state`: one expression whose value is the result's JSON. */
export function sandboxScript(globals: string, code: string, state: CodeState): string {
  // The input as JSON text that the script parses: written as an object literal, a variable named
  // __proto__ would set the object's prototype instead of being one of its keys.
  return `(${MAIN})(JSON.parse(${JSON.stringify(JSON.stringify({ globals, code, state }))}))`;
}

/** Reads a runner's answer, trusting nothing of it: anything out of shape or size is dropped, and said. */
export function readResult(json: string): CodeResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { effects: [], error: 'the sandbox answered something that is not JSON' };
  }
  const { effects, error } = (parsed ?? {}) as { effects?: unknown; error?: unknown };
  const list = Array.isArray(effects) ? effects.slice(0, MAX_EFFECTS) : [];
  return {
    effects: list.filter(isEffect),
    ...(typeof error === 'string' && { error: error.slice(0, MAX_EFFECT_CHARS) }),
  };
}

function isEffect(effect: unknown): effect is Effect {
  if (typeof effect !== 'object' || effect === null) return false;
  const { kind, name, text } = effect as Record<string, unknown>;
  const short = (value: unknown) => typeof value === 'string' && value.length <= MAX_EFFECT_CHARS;
  if (kind === 'set' || kind === 'trigger') return short(name);
  return (kind === 'say' || kind === 'debug') && short(text);
}
