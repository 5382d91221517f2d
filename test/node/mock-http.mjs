// Raw HTTP for the mock's node tests: requests that fetch will not send (TRACE, a `//` path, a
// broken Host header, bytes that are not UTF-8), and the mock's sha256 signature.
import { request } from 'node:http';
import { createHash } from 'node:crypto';

export const WEBVIEW_PATH = '/thirdparty-services-0.1/webview';
export const OTHER_ORIGIN = 'https://forms.example';
export const auth = (conversationId, botId) => createHash('sha256').update(`${conversationId} || ${botId}`).digest('hex');

/**
 * Sends one request on a connection of its own and resolves with the answer, its body as text and
 * as JSON when it parses. `setHost: false` sends the headers exactly as given (a broken Host);
 * `agent` (default: none) keeps connections alive between requests.
 *
 * A request that a kept-alive connection reset before any answer is sent once more on a new one,
 * as browsers do: the server may close an idle connection at the very moment the client reuses it,
 * and then it never saw the request (Node's documented pattern, `request.reusedSocket`).
 */
export async function send(origin, options = {}) {
  try {
    return await sendOnce(origin, options);
  } catch (error) {
    if (error.code === 'ECONNRESET' && error.reusedSocket) return sendOnce(origin, options);
    throw error;
  }
}

function sendOnce(origin, { method = 'GET', path = '/', headers = {}, body, setHost = true, timeout = 5000, agent = false } = {}) {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, method, path, headers, setHost, agent, timeout }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        let json;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode, headers: res.headers, text, json });
      });
    });
    req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer within ${timeout} ms`)));
    req.on('error', (error) => reject(Object.assign(error, { reusedSocket: req.reusedSocket })));
    if (typeof body === 'function') body(req);
    else req.end(body);
  });
}

/** A JSON post to the Web View API, signed for `ids`. */
export const webviewPost = (origin, payload, headers = {}) =>
  send(origin, {
    method: 'POST',
    path: WEBVIEW_PATH,
    headers: {
      'Content-Type': 'application/json',
      Authorization: auth(payload.conversationId, payload.botId),
      Origin: OTHER_ORIGIN,
      ...headers,
    },
    body: JSON.stringify(payload),
  });

/** Resolves with what `promise` resolves with, or with `otherwise` after `ms`; the timer never outlives it. */
export async function within(promise, ms, otherwise) {
  let timer;
  const late = new Promise((resolve) => (timer = setTimeout(resolve, ms, otherwise)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
