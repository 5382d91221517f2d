/**
 * Attribute converters. They never throw (see core/json.ts): a malformed value is kept, marked,
 * and reported as a `config` error on the page by the step that resolves the options. They read
 * attributes only: none of these properties is reflected.
 */
import type { ComplexAttributeConverter } from 'lit';
import { parseJson } from '../core/json.js';

/** Parses a JSON attribute such as `variables='{"source": "chat"}'`. */
export const jsonAttribute: ComplexAttributeConverter<unknown> = { fromAttribute: parseJson };

/** Parses a comma-separated list of names such as `url-variables="PaymentId, PaymentStatus"`. */
export const nameListAttribute: ComplexAttributeConverter<string[]> = {
  fromAttribute(text) {
    return (text ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '');
  },
};
