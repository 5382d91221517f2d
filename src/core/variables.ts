/**
 * Static variables: the `variables` property or JSON attribute, sent with every post. No zod
 * here, since the first render reads it.
 */
import type { ContextVariable } from './schemas.js';
import { ErrorKind, WebviewError } from './errors.js';
import { describeMalformed, isMalformedJson } from './json.js';

/** Static variables: names to strings, numbers or booleans (sent as strings). */
export type StaticVariables = Record<string, string | number | boolean | null | undefined>;

/**
 * Returns the variables of an object of names to values; `null` and `undefined` values are left out.
 * @throws WebviewError `config` naming `variables` for anything else.
 */
export function staticVariables(variables: unknown): ContextVariable[] {
  if (variables == null) return [];
  if (typeof variables !== 'object' || Array.isArray(variables) || isMalformedJson(variables)) {
    throw configError('variables must be an object of names to values, like {"source": "chat"}' + describeMalformed(variables));
  }
  const list: ContextVariable[] = [];
  for (const [name, value] of Object.entries(variables as StaticVariables)) {
    if (value == null) continue;
    if (!['string', 'number', 'boolean'].includes(typeof value)) {
      throw configError(`The variable "${name}" in variables must be a string, number or boolean.`);
    }
    if (name.trim() === '') throw configError('variables has a variable with an empty name.');
    list.push({ name, value: String(value) });
  }
  return list;
}

function configError(message: string): WebviewError {
  return new WebviewError(ErrorKind.CONFIG, message);
}
