/**
 * Every failure of the flow is a `WebviewError` with a `kind` that code can switch on and a
 * message a person can act on. The element shows the message and fires it in `webview-error`.
 */
export const ErrorKind = {
  /** The link lacks an ID, or an ID is malformed: the person must reopen the form from the chat. */
  CONTEXT: 'context',
  /** The page is set up wrongly (region, endpoint, variables, controls): the author must fix it. */
  CONFIG: 'config',
  /** A field does not satisfy its rules: the person must correct it. */
  VALIDATION: 'validation',
  /** A value looks like data the API must not carry (PCI). */
  SENSITIVE: 'sensitive',
  /** The request never got an answer: offline, DNS, CORS, connection reset. */
  NETWORK: 'network',
  /** One attempt took longer than `timeout` milliseconds. */
  TIMEOUT: 'timeout',
  /** The service answered with a status outside 2xx. */
  HTTP: 'http',
  /** The submission was cancelled: a `webview-submit` listener, `reset()`, or the element left the page. */
  ABORTED: 'aborted',
} as const;

export type ErrorKind = (typeof ErrorKind)[keyof typeof ErrorKind];

export interface WebviewErrorOptions {
  /** The HTTP status, for `http` errors. */
  status?: number;
  /** What was wrong, one entry per problem: missing IDs, invalid fields, schema issues. */
  details?: readonly string[];
  /** What a person is told: a finer reason than `kind`, named like its text in the element's messages. */
  code?: string;
  /** The placeholders of that text. */
  values?: Readonly<Record<string, string>>;
  cause?: unknown;
}

export class WebviewError extends Error {
  override readonly name = 'WebviewError';
  readonly kind: ErrorKind;
  readonly status?: number;
  readonly details: readonly string[];
  /**
   * The reason, for a person: `linkIncomplete`, `linkDamaged`, `offline`, `unreachable`,
   * `loadFailed`, `timedOut`, `busy`, `refused`, `signatureRefused`, `tooLarge`, `cardRefused`.
   * The element shows that text in its language; `message` stays English, for the author's logs.
   */
  readonly code?: string;
  /** The placeholders of that text, e.g. `{ labels }` for `cardRefused`. */
  readonly values: Readonly<Record<string, string>>;

  constructor(kind: ErrorKind, message: string, options: WebviewErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
    this.details = options.details ?? [];
    this.code = options.code;
    this.values = options.values ?? {};
  }
}

/** Narrows an unknown thrown value to a `WebviewError` of one of the given kinds. */
export function isWebviewError(value: unknown, ...kinds: ErrorKind[]): value is WebviewError {
  return value instanceof WebviewError && (kinds.length === 0 || kinds.includes(value.kind));
}
