// The standalone mock server under a soak: 3,000 mixed requests on 127.0.0.1 — posts that make
// new conversations, chat messages, snapshots, event streams, and a third that are malformed or
// refused (bad signatures, bodies that are not JSON or not UTF-8 or too large, TRACE, `//`, a broken
// Host, bytes that are not HTTP, a dialog that throws) — while 8 event-stream readers stop
// reading. Then: every request had its expected answer, the server dropped each stalled reader,
// it still answers, and its memory after a full GC is back within SOAK_BOUND of what it was before.
//
// The server runs in a child process started with --expose-gc; the child reports its memory over
// the IPC channel and exits when the channel closes, so it stops with the test whatever happens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { Agent } from 'node:http';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { OTHER_ORIGIN, WEBVIEW_PATH, auth, send, within } from './mock-http.mjs';

const REQUESTS = 3000;
const CONCURRENCY = 16;
const SLOW_READERS = 8;
const MAX_CONVERSATIONS = 100;
const MiB = 1024 * 1024;
/** How far above its starting point the server's memory (V8 heap + external) may end, after a GC. */
const SOAK_BOUND = 16 * MiB;

const root = fileURLToPath(new URL('../..', import.meta.url));
const CHILD = `
import { startMockServer } from 'webview-form/mock/server';
import { SimulatedBot, DEMO_DIALOGS } from 'webview-form/mock';
const breaks = { name: 'breaks', patterns: ['break'], run() { throw new Error('soak: a dialog that throws'); } };
const bot = new SimulatedBot({ dialogs: [breaks, ...DEMO_DIALOGS], maxConversations: ${MAX_CONVERSATIONS} });
const server = await startMockServer({ port: 0, bot, log: () => {}, onError: () => {} });
const used = () => { const { heapUsed, external } = process.memoryUsage(); return heapUsed + external; };
let peak = used();
setInterval(() => (peak = Math.max(peak, used())), 20).unref();
async function settled() {
  for (let round = 0; round < 3; round++) {
    globalThis.gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { used: used(), peak, conversations: bot.size };
}
process.on('message', async () => process.send(await settled()));
process.on('disconnect', () => process.exit(0));
process.send({ url: server.url, ...(await settled()) });
`;

let child;
let url;
let exited;
/** The child's next report; rejects if it exits instead. */
const report = () => Promise.race([once(child, 'message').then(([message]) => message), exited]);
const ask = () => {
  child.send('measure');
  return report();
};

before(async () => {
  child = spawn(process.execPath, ['--expose-gc', '--input-type=module', '-e', CHILD], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  exited = once(child, 'exit').then(([code, signal]) => {
    throw new Error(`the mock server's process ended (${signal ?? `exit ${code}`})`);
  });
  exited.catch(() => {});
  ({ url } = await report());
});
after(() => {
  if (child.connected) child.disconnect();
  child.kill();
});

// A seeded shuffle: the same mix, in the same order, on every run.
function shuffle(items, seed = 13) {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other], items[index]];
  }
  return items;
}

const notUtf8 = Buffer.concat([
  Buffer.from('{"botId":"b","conversationId":"c","userId":"u","message":"'),
  Buffer.from([0xc3, 0x28]),
  Buffer.from('"}'),
]);
const json = { 'Content-Type': 'application/json', Origin: OTHER_ORIGIN };
const signedPost = (conversationId, extra) => {
  const payload = { botId: 'soak-bot', conversationId, userId: `user-${conversationId}`, ...extra };
  return {
    method: 'POST',
    path: WEBVIEW_PATH,
    headers: { ...json, Authorization: auth(conversationId, 'soak-bot') },
    body: JSON.stringify(payload),
  };
};

/** Reads the first chunk of an event stream, then hangs up, as a page that navigates away does. */
function glance(path) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(port, hostname, () => socket.write(`GET ${path} HTTP/1.1\r\nHost: ${hostname}\r\n\r\n`));
    socket.once('data', (chunk) => {
      socket.destroy();
      resolve({ status: Number(chunk.toString().split(' ')[1]) });
    });
    socket.once('error', reject);
  });
}

/** Sends bytes that are not HTTP and resolves with the status of the answer. */
function garbage() {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(port, hostname, () => socket.end('\x16\x03\x01 not http at all\r\n\r\n'));
    const chunks = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => resolve({ status: Number(Buffer.concat(chunks).toString().split(' ')[1]) }));
    socket.once('error', reject);
  });
}

/** An event stream whose reader takes the head and first event, then stops reading. */
async function stalledReader(conversationId) {
  const { hostname, port } = new URL(url);
  const socket = connect(port, hostname);
  socket.write(`GET /mock/conversations/${conversationId}/events HTTP/1.1\r\nHost: ${hostname}\r\n\r\n`);
  const [first] = await once(socket, 'data');
  assert.match(first.toString(), /^HTTP\/1\.1 200 /);
  socket.pause();
  const closed = new Promise((resolve) => socket.once('close', () => resolve(true)));
  return { socket, closed };
}

test(
  `${REQUESTS} mixed requests and ${SLOW_READERS} stalled event-stream readers: all answered, memory back within ${SOAK_BOUND / MiB} MiB`,
  { timeout: 90_000 },
  async () => {
    // The server closes a connection idle for 5 s (Keep-Alive: timeout=5). Node's Agent heeds that
    // hint only when it has a timeout of its own; without one, a loaded machine may hand a request
    // a pooled socket the server is closing at that instant (ECONNRESET). Idle sockets go at 2 s.
    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY, timeout: 2000 });
    const call = (request) => send(url, { agent, timeout: 15_000, ...request });
    const chat = (path, init = {}) => call({ ...init, path: `/mock/conversations${path}` });

    // Warm-up, so that the baseline includes what the first requests allocate once (compiled code, schemas).
    for (let round = 0; round < 3; round++) {
      await call(signedPost(`warm-${round}`, { contextVariables: [{ name: 'a', value: 'b' }] }));
      await chat('', { method: 'POST' });
    }
    const before = await ask();

    const slow = [];
    for (let index = 0; index < SLOW_READERS; index++) {
      const { json: started } = await chat('', { method: 'POST' });
      slow.push({ id: started.conversationId, ...(await stalledReader(started.conversationId)) });
    }
    const started = [];
    const pick = (list, index) => list[index % list.length];

    // [name, count, expected statuses, what to send]
    const KINDS = [
      [
        'webview post (new conversation, 24 KB of variables)',
        900,
        [200],
        (i) => call(signedPost(`soak-${i}`, { contextVariables: [{ name: 'notes', value: 'n'.repeat(24_000) }] })),
      ],
      [
        'chat message of 30 KB to a stalled reader',
        640,
        [200, 404],
        (i) =>
          chat(`/${pick(slow, i).id}/messages`, {
            method: 'POST',
            headers: json,
            body: JSON.stringify({ text: `${i} ${'m'.repeat(30_000)}` }),
          }),
      ],
      [
        'chat: start',
        150,
        [201],
        async () => {
          const answer = await chat('', { method: 'POST' });
          started.push(answer.json?.conversationId);
          return answer;
        },
      ],
      ['chat: snapshot', 150, [200, 404], (i) => chat(`/${started.length ? pick(started, i) : 'none'}`)],
      [
        'event stream, read once',
        60,
        [200, 404],
        (i) => glance(`/mock/conversations/${started.length ? pick(started, i) : 'none'}/events`),
      ],
      [
        'webview post, wrong signature',
        100,
        [401],
        (i) => call({ ...signedPost(`x-${i}`), headers: { ...json, Authorization: '0'.repeat(64) } }),
      ],
      ['webview post, not JSON', 100, [400], () => call({ method: 'POST', path: WEBVIEW_PATH, headers: json, body: '{"botId":' })],
      ['webview post, not UTF-8', 100, [400], () => call({ method: 'POST', path: WEBVIEW_PATH, headers: json, body: notUtf8 })],
      [
        'webview post, 100 KB streamed',
        80,
        [413],
        () => call({ method: 'POST', path: WEBVIEW_PATH, headers: json, body: (req) => req.end('x'.repeat(100_000)) }),
      ],
      [
        'webview post, text/plain',
        100,
        [415],
        () => call({ method: 'POST', path: WEBVIEW_PATH, headers: { ...json, 'Content-Type': 'text/plain' }, body: '{}' }),
      ],
      ['webview post, a dialog that throws', 80, [500], (i) => call(signedPost(`break-${i}`, { message: 'break' }))],
      [
        'preflight',
        100,
        [204],
        () => call({ method: 'OPTIONS', path: WEBVIEW_PATH, headers: { Origin: OTHER_ORIGIN, 'Access-Control-Request-Method': 'POST' } }),
      ],
      ['chat path, bad percent-encoding', 100, [400], () => chat('/%E0%A4%A')],
      ['TRACE', 100, [405], () => send(url, { method: 'TRACE', path: '/x' })],
      ['path //', 100, [404], () => send(url, { path: '//' })],
      ['Host: [', 100, [400], () => send(url, { path: '/x', setHost: false, headers: { Host: '[' } })],
      ['bytes that are not HTTP', 40, [400], () => garbage()],
    ];
    const plan = shuffle(
      KINDS.flatMap(([name, count, expected, run]) =>
        Array.from({ length: count }, (_, index) => ({ name, expected, run: () => run(index) })),
      ),
    );
    assert.equal(plan.length, REQUESTS);

    const wrong = [];
    const counts = new Map();
    const started_ = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < plan.length) {
          const { name, expected, run } = plan[next++];
          const { status } = await run().catch((error) => ({ status: `no answer: ${error.message}` }));
          counts.set(name, (counts.get(name) ?? 0) + 1);
          if (!expected.includes(status)) wrong.push(`${name}: ${status}`);
        }
      }),
    );
    const seconds = (performance.now() - started_) / 1000;
    assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} requests had an unexpected answer`);

    // The server dropped every stalled reader: once read, each stream has ended.
    for (const reader of slow) reader.socket.resume();
    const dropped = await Promise.all(slow.map((reader) => within(reader.closed, 10_000, false)));
    for (const reader of slow) reader.socket.destroy();
    assert.deepEqual(dropped, Array(SLOW_READERS).fill(true), 'each stalled reader was disconnected');

    // Still answering, the normal way.
    const alive = await call(signedPost('after-the-soak', { contextVariables: [{ name: 'still', value: 'here' }] }));
    assert.equal(alive.status, 200);
    agent.destroy();

    const after_ = await ask();
    const mib = (bytes) => `${(bytes / MiB).toFixed(1)} MiB`;
    console.log(
      `mock soak: ${REQUESTS} requests (${KINDS.length} kinds, ${CONCURRENCY} at a time) + ${SLOW_READERS} stalled readers in ${seconds.toFixed(1)} s; ` +
        `server memory (heap + external, after GC) ${mib(before.used)} before, ${mib(after_.used)} after, ${mib(after_.peak)} at the peak (without GC); ` +
        `${after_.conversations} conversations kept of ${900 + 150 + SLOW_READERS + 80} started`,
    );
    assert.ok(after_.conversations <= MAX_CONVERSATIONS, `${after_.conversations} conversations kept`);
    assert.ok(after_.used - before.used <= SOAK_BOUND, `memory grew by ${mib(after_.used - before.used)}, more than ${mib(SOAK_BOUND)}`);
  },
);
