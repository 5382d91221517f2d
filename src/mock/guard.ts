/**
 * The mock's last line: an exception inside a handler (a dialog that throws, a bug in the mock)
 * becomes a 500 JSON answer that does not carry the exception's text, which goes to `onError`.
 */
import { problem, type Handler } from './reply.js';

/** Where an exception inside a handler is reported. */
export type ErrorReporter = (error: unknown, request: Request) => void;

export const reportToConsole: ErrorReporter = (error, request) =>
  console.error(`webview-form mock: ${request.method} ${new URL(request.url).pathname} failed inside the mock:`, error);

/** Returns `handler`, answering 500 instead of throwing. */
export function withErrorBoundary(handler: Handler, onError: ErrorReporter = reportToConsole): Handler {
  return async (request) => {
    try {
      return await handler(request);
    } catch (error) {
      try {
        onError(error, request);
      } catch {
        // A failing reporter must not turn the 500 into a crash.
      }
      return problem(500, 'internal', 'The mock failed while answering this request; its log says why.');
    }
  };
}
