/**
 * Reads a `Retry-After` header (RFC 9110 §10.2.3): delay-seconds, or an IMF-fixdate. `Date.parse`
 * alone reads almost anything (`1.5`, `-5`) as a past date, which would retry at once a service
 * that asked for a pause.
 */

const IMF_FIXDATE =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * Returns the milliseconds `header` asks to wait from `now`, 0 for a date already past, or
 * undefined when it is neither whole seconds nor an IMF-fixdate (then the caller's backoff applies).
 */
export function parseRetryAfter(header: string | null | undefined, now: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  if (!IMF_FIXDATE.test(value)) return undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
