/**
 * Attribute converters. They never throw: an attribute is parsed while the browser upgrades the
 * element, where an exception would only reach the console. A malformed value is kept, marked, and
 * reported as a `config` error on the page by the stage that uses it.
 */
import type { ComplexAttributeConverter } from 'lit';

/** A malformed JSON attribute, kept so the stage that needs it can say what is wrong. */
export interface MalformedJson {
  readonly malformedJson: string;
  readonly reason: string;
}

/** Parses a JSON attribute such as `variables='{"source": "chat"}'`. */
export const jsonAttribute: ComplexAttributeConverter<unknown> = {
  fromAttribute(text) {
    if (text === null || text.trim() === '') return undefined;
    try {
      return JSON.parse(text);
    } catch (error) {
      return { malformedJson: text, reason: (error as Error).message } satisfies MalformedJson;
    }
  },
  toAttribute(value) {
    return value === undefined ? null : JSON.stringify(value);
  },
};

/** Parses a comma-separated list of names such as `url-variables="PaymentId, PaymentStatus"`. */
export const nameListAttribute: ComplexAttributeConverter<string[]> = {
  fromAttribute(text) {
    return (text ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '');
  },
  toAttribute(names) {
    return names.join(',');
  },
};

export function isMalformedJson(value: unknown): value is MalformedJson {
  return typeof value === 'object' && value !== null && 'malformedJson' in value;
}
