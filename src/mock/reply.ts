/**
 * The mock's answers: every one is JSON and never cached, errors as `{ error, message }`, or, for
 * a 400, `{ error: 'bad_request', errors: [what is wrong, …] }`.
 */
/** A web-standard handler: what the mock is, and what its wrappers (cors.ts, guard.ts) take and give. */
export type Handler = (request: Request) => Promise<Response>;

export function reply(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

export function problem(status: number, error: string, message: string, headers: Record<string, string> = {}): Response {
  return reply(status, { error, message }, headers);
}

export function badRequest(...errors: string[]): Response {
  return reply(400, { error: 'bad_request', errors });
}
