// Property-based tests: random inputs never throw anything but the typed errors, valid payloads
// round-trip exactly, declared fields are drawn as zod will return them, and the mock answers
// every body with a 4xx JSON or a 2xx.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { sha256 } from '@noble/hashes/sha2.js';
import { resolveEndpoint, resolveIds } from '../src/core/context.js';
import { buildPayload } from '../src/core/payload.js';
import { signRequest } from '../src/core/sign.js';
import { WebviewError } from '../src/core/errors.js';
import { MAX_ID_LENGTH } from '../src/core/protocol.js';
import type { ContextVariable } from '../src/core/schemas.js';
import { createWebviewHandler } from '../src/mock/handler.js';
import { SimulatedBot } from '../src/mock/bot.js';
import { FIELD_TYPES, sketchFields } from '../src/fields/declarations.js';
import { parseFields } from '../src/delivery/fields-schema.js';
import { renderFields } from '../src/delivery/keyed-fields.js';
import { fnv1a64 } from '../src/core/sent-once.js';
import { DEFAULT_MESSAGES } from '../src/delivery/messages.js';

const RUNS = { numRuns: 200 };

/** Throws unless `run` returns or throws a WebviewError of one of `kinds`. */
function onlyTyped<T>(run: () => T, ...kinds: string[]): T | WebviewError {
  try {
    return run();
  } catch (error) {
    if (error instanceof WebviewError && kinds.includes(error.kind)) return error;
    throw error;
  }
}

// Text that stresses encodings: RTL, emoji, quotes, the " || " separator, backslashes.
const tricky = fc.constantFrom('שלום', 'مرحبا', '👩🏽‍💻', '"quoted"', "it's", ' || ', '\\', '&=?#', '%20', 'é', '\u202Eevil');
const text = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  tricky,
  fc.array(fc.oneof(tricky, fc.string()), { maxLength: 4 }).map((parts) => parts.join('')),
);
// A valid ID: not blank, bounded, no control characters.
const id = text.filter((value) => value.trim() !== '' && value.length <= MAX_ID_LENGTH && !/\p{Cc}/u.test(value));

describe('properties', function () {
  // Hundreds of runs are CPU-bound work: measured unloaded, the slowest of these takes 0.6–0.8 s in
  // each engine (fast-check's URL and domain generators), the rest under 0.15 s. On a 2-core
  // machine shared with other suites that is several times longer, and a shrinking failure longer
  // still; 20 s leaves room for both and still ends a hang.
  this.timeout(20_000);

  it('context: any attributes and any URL give valid IDs or a context error', () => {
    fc.assert(
      fc.property(
        fc.record({ botId: fc.option(fc.string()), conversationId: fc.option(fc.string()), userId: fc.option(fc.string()) }),
        fc.string(),
        fc.string(),
        (attributes, query, fragment) => {
          const result = onlyTyped(() => resolveIds({ attributes, url: `https://forms.example/p?${query}#${fragment}` }), 'context');
          if (result instanceof WebviewError) return;
          for (const value of Object.values(result)) {
            expect(value.trim()).not.to.equal('');
            expect(value.length).to.be.at.most(MAX_ID_LENGTH);
          }
        },
      ),
      RUNS,
    );
  });

  it('context: IDs put in a link come back exactly', () => {
    fc.assert(
      fc.property(id, id, id, (botId, conversationId, userId) => {
        const query = new URLSearchParams({ botId, convId: conversationId, userId });
        expect(resolveIds({ url: `https://forms.example/p?${query}` })).to.deep.equal({ botId, conversationId, userId });
      }),
      RUNS,
    );
  });

  it('context: any endpoint, domain or region gives a safe URL or a config error', () => {
    fc.assert(
      fc.property(
        fc.option(fc.oneof(fc.string(), fc.webUrl(), fc.constantFrom('//evil.example/x', 'HTTP://evil.example', 'javascript:alert(1)'))),
        fc.option(fc.oneof(fc.string(), fc.domain())),
        fc.option(fc.oneof(fc.string(), fc.constantFrom('us', 'uk', 'sy', 'gcp'))),
        fc.constantFrom('https://forms.example/p', 'http://forms.example/p'),
        (endpoint, domain, region, page) => {
          const result = onlyTyped(() => resolveEndpoint({ endpoint, domain, region, url: page }), 'config');
          if (result instanceof WebviewError) return;
          const url = new URL(result);
          const samePage = url.origin === new URL(page).origin;
          const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(url.hostname);
          expect(url.protocol === 'https:' || (url.protocol === 'http:' && (loopback || samePage)), result).to.be.true;
        },
      ),
      RUNS,
    );
  });

  it('payload: any variables give a valid body or a config error', () => {
    fc.assert(
      fc.property(fc.anything(), fc.array(fc.string()), fc.option(fc.string()), (variables, urlVariables, message) => {
        onlyTyped(
          () =>
            buildPayload({
              ids: { botId: 'b', conversationId: 'c', userId: 'u' },
              variables,
              urlVariables,
              message,
              url: 'https://forms.example/?a=1',
            }),
          'config',
        );
      }),
      RUNS,
    );
  });

  it('payload: valid bodies round-trip exactly through signing and JSON, signed over the exact IDs', async () => {
    const variables = fc.uniqueArray(fc.record({ name: text.filter((name) => name.trim() !== ''), value: text }), {
      selector: (variable) => variable.name,
      maxLength: 6,
    });
    await fc.assert(
      fc.asyncProperty(
        id,
        id,
        id,
        variables,
        fc.option(text.filter((m) => m.trim() !== '')),
        async (botId, conversationId, userId, values, message) => {
          const payload = buildPayload({
            ids: { botId, conversationId, userId },
            values: values as ContextVariable[],
            message,
            url: 'https://forms.example/',
          });
          const signed = await signRequest(payload, 'https://va.bc-intg.liveperson.net/thirdparty-services-0.1/webview');
          expect(JSON.parse(signed.body)).to.deep.equal({
            botId,
            conversationId,
            userId,
            ...(message != null && { message }),
            ...(values.length > 0 && { contextVariables: values }),
          });
          // Computed again with @noble/hashes, independently of WebCrypto.
          const expected = Array.from(sha256(new TextEncoder().encode(`${conversationId} || ${botId}`)), (byte) =>
            byte.toString(16).padStart(2, '0'),
          ).join('');
          expect(signed.headers.Authorization).to.equal(expected);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("fields: what is drawn before zod's verdict is what the verdict returns, drawing the verdict over it changes no node, and drawing never throws", () => {
    // Mostly well-formed settings, with junk mixed in: both sides of the verdict get exercised.
    const junk = fc.oneof(fc.constant(null), fc.object({ maxDepth: 1 }), fc.array(fc.string(), { maxLength: 2 }));
    const maybe = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 12, arbitrary: good }, { weight: 1, arbitrary: junk });
    const option = fc.oneof(text, fc.record({ value: text, label: text }, { requiredKeys: ['value'] }));
    // Settings that fit the field's type, so that many declarations are valid; the type itself is
    // left out at times (zod's default, which the sketch must match).
    const field = fc.constantFrom(...FIELD_TYPES).chain((type) => {
      const choices = type === 'select' || type === 'radio';
      return fc.record(
        {
          name: maybe(text.filter((name) => name.trim() !== '')),
          type: maybe(fc.constant(type)),
          label: maybe(text),
          required: maybe(fc.boolean()),
          hint: maybe(text),
          value: maybe(fc.oneof(text, fc.integer(), fc.boolean())),
          ...(choices ? { options: maybe(fc.array(option, { minLength: 1, maxLength: 3 })) } : {}),
          ...(['text', 'email', 'tel', 'url', 'textarea'].includes(type)
            ? { minLength: maybe(fc.nat(9)), maxLength: maybe(fc.nat(9)) }
            : {}),
          ...(type === 'number' || type === 'date' ? { min: maybe(fc.oneof(fc.integer(), fc.string())) } : {}),
        },
        { requiredKeys: choices ? ['name', 'options'] : ['name'] },
      );
    });
    let accepted = 0;
    let defaulted = 0;
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 3 }), (fields) => {
        const sketch = sketchFields(fields);
        const verdict = onlyTyped(() => parseFields(fields), 'config');
        if (!(verdict instanceof WebviewError)) {
          accepted++;
          if (fields.some((declared) => !('type' in declared))) defaulted++;
          expect(sketch).to.deep.equal(verdict);
        }
        const host = document.createElement('div');
        if (sketch) renderFields(host, sketch, 'property', DEFAULT_MESSAGES);
        if (sketch && !(verdict instanceof WebviewError)) {
          // What a person typed into the sketch's controls stays: the verdict draws nothing anew.
          const observer = new MutationObserver(() => undefined);
          observer.observe(host, { subtree: true, childList: true, attributes: true, characterData: true });
          renderFields(host, verdict, 'property', DEFAULT_MESSAGES);
          expect(observer.takeRecords()).to.have.length(0);
          observer.disconnect();
        }
      }),
      // 500: at 300 the count of valid declarations, about a fifth, fell under 50 in one CI run.
      { numRuns: 500 },
    );
    // Not vacuous: many valid declarations, some with a field whose type zod had to fill in.
    expect(accepted).to.be.greaterThan(50);
    expect(defaulted).to.be.greaterThan(3);
  });

  it('sent-once: the digest is 64-bit FNV-1a over the UTF-8 bytes, as BigInt arithmetic computes it', () => {
    const reference = (text: string) => {
      let hash = 0xcbf29ce484222325n;
      for (const byte of new TextEncoder().encode(text)) hash = ((hash ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
      return hash.toString(16).padStart(16, '0');
    };
    // The published test vectors of FNV-1a 64.
    expect(fnv1a64('')).to.equal('cbf29ce484222325');
    expect(fnv1a64('a')).to.equal('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).to.equal('85944171f73967e8');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => fnv1a64(text) === reference(text)),
      RUNS,
    );
  });

  it('mock: any request gets a 2xx or a 4xx with a JSON body, never a crash or a 5xx', async () => {
    const handle = createWebviewHandler({ bot: new SimulatedBot() });
    const body = fc.oneof(
      fc.string(),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc
        .record(
          {
            botId: fc.anything(),
            conversationId: fc.anything(),
            userId: fc.anything(),
            contextVariables: fc.anything(),
            message: fc.anything(),
          },
          { requiredKeys: [] },
        )
        .map((value) => JSON.stringify(value) ?? ''),
    );
    await fc.assert(
      fc.asyncProperty(
        body,
        fc.constantFrom('POST', 'PUT', 'GET', 'DELETE', 'OPTIONS', 'PATCH'),
        fc.constantFrom('application/json', 'text/plain', '', 'application/json; charset=utf-8', 'APPLICATION/JSON'),
        fc.option(fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }))),
        fc.constantFrom('/thirdparty-services-0.1/webview', '/', '/thirdparty-services-0.1/webview/x'),
        async (text, method, type, authorization, path) => {
          const headers: Record<string, string> = {};
          if (type) headers['Content-Type'] = type;
          if (authorization) headers.Authorization = authorization.replace(/[^\x20-\x7e]/g, '');
          const hasBody = method !== 'GET' && method !== 'OPTIONS';
          const response = await handle(new Request(`https://mock.example${path}`, { method, headers, body: hasBody ? text : undefined }));
          expect(
            response.status === 204 ||
              (response.status >= 200 && response.status < 300) ||
              (response.status >= 400 && response.status < 500),
            String(response.status),
          ).to.be.true;
          if (response.status !== 204) expect(await response.json()).to.be.an('object');
        },
      ),
      RUNS,
    );
  });

  it('mock: every valid signed payload is accepted and its variables stored exactly', async () => {
    const bot = new SimulatedBot();
    const handle = createWebviewHandler({ bot });
    const variables = fc.uniqueArray(fc.record({ name: text.filter((name) => name.trim() !== ''), value: text }), {
      selector: (variable) => variable.name,
      maxLength: 5,
    });
    await fc.assert(
      fc.asyncProperty(id, id, id, variables, async (botId, conversationId, userId, values) => {
        const payload = buildPayload({ ids: { botId, conversationId, userId }, values, url: 'https://forms.example/' });
        const signed = await signRequest(payload, 'https://mock.example/thirdparty-services-0.1/webview');
        const response = await handle(new Request(signed.url, { method: 'POST', headers: signed.headers, body: signed.body }));
        expect(response.status).to.equal(200);
        const stored = bot.conversation(conversationId)!.webviewVariables;
        for (const { name, value } of values) expect(stored.get(name)).to.equal(value);
      }),
      { numRuns: 100 },
    );
  });
});
