/**
 * The first check on a bot export, before anything reads it: a file is data from anywhere, so one
 * that is nested too deep, too large, or carries keys that reach an object's prototype is refused
 * whole, with a one-line reason, and nothing of it is kept. The walk is iterative: no nesting
 * depth can overflow the stack, and a cyclic object passed from code ends at the node limit.
 */

/** Why a bot export was refused; `message` is one line, fit for a CLI's error. */
export class BotExportError extends Error {
  override name = 'BotExportError';
}

/** How much of a file the mock reads. A real export of a large bot is well under each. */
export const EXPORT_LIMITS = {
  /** Characters of the file's text. */
  maxChars: 8 * 1024 * 1024,
  /** Arrays and objects inside one another. Real exports nest about 10 deep. */
  maxDepth: 40,
  /** Values (strings, numbers, arrays, objects…) in the whole file. */
  maxNodes: 250_000,
  /** Characters of one string: room for a large global functions block. */
  maxStringChars: 256 * 1024,
} as const;

// Keys that name an object's prototype machinery: harmless in JSON.parse's output, but one copy
// into a plain object away from changing every object of the mock.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Parses an export's text; throws `BotExportError` for text too long or not JSON. */
export function parseJson(text: string): unknown {
  if (text.length > EXPORT_LIMITS.maxChars) {
    throw new BotExportError(`The file is ${text.length} characters long; the mock reads bot exports up to ${EXPORT_LIMITS.maxChars}.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new BotExportError(`The file is not JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/** Throws `BotExportError` unless `json` is plain JSON data within `EXPORT_LIMITS`. */
export function assertSafeJson(json: unknown): void {
  const stack: Array<[unknown, number]> = [[json, 0]];
  let nodes = 0;
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (++nodes > EXPORT_LIMITS.maxNodes) throw new BotExportError(`The file holds more than ${EXPORT_LIMITS.maxNodes} values.`);
    if (typeof value === 'string') {
      if (value.length > EXPORT_LIMITS.maxStringChars)
        throw new BotExportError(`The file holds a string of ${value.length} characters; the limit is ${EXPORT_LIMITS.maxStringChars}.`);
      continue;
    }
    if (value === null || typeof value === 'number' || typeof value === 'boolean') continue;
    if (typeof value !== 'object') throw new BotExportError(`The export holds a ${typeof value}, which JSON cannot.`);
    if (depth >= EXPORT_LIMITS.maxDepth) throw new BotExportError(`The file nests deeper than ${EXPORT_LIMITS.maxDepth} levels.`);
    if (Array.isArray(value)) {
      for (const item of value) stack.push([item, depth + 1]);
      continue;
    }
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null)
      throw new BotExportError('The export holds an object that is not plain JSON data.');
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) throw new BotExportError(`The file has a "${key}" key, which the mock refuses.`);
      if (key.length > EXPORT_LIMITS.maxStringChars) throw new BotExportError('The file holds a key too long to be a name.');
      stack.push([(value as Record<string, unknown>)[key], depth + 1]);
    }
  }
}
