/**
 * Server-sent events with bounds: each event is the whole state, so a reader that falls behind
 * loses nothing by being dropped, as EventSource reconnects and starts from a fresh one.
 */
import { problem } from './reply.js';

/** A stream whose reader leaves more than this many bytes unread is closed. */
export const MAX_UNREAD_EVENT_BYTES = 256 * 1024;

/** Streams open at once, per backend; one more is refused with 503. */
export const MAX_EVENT_STREAMS = 100;

// A comment line now and then keeps proxies and browsers from closing an idle stream.
const KEEP_ALIVE_MS = 15_000;

export interface EventSourceOf<T> {
  /** The state now, or undefined once it is gone (the stream then ends). */
  current(): T | undefined;
  /** Calls `changed` whenever the state may have changed; returns the unsubscribe function. */
  subscribe(changed: () => void): () => void;
}

/** Returns a function that answers with a `text/event-stream` of `update` events, one per change. */
export function eventStreams() {
  let open = 0;
  return function stream<T>(source: EventSourceOf<T>): Response {
    if (open >= MAX_EVENT_STREAMS) {
      return problem(503, 'too_many_streams', `${MAX_EVENT_STREAMS} event streams are open already; try again later.`, {
        'Retry-After': '5',
      });
    }
    open++;
    const encoder = new TextEncoder();
    let stop = () => {};
    const body = new ReadableStream<Uint8Array>(
      {
        start(controller) {
          let stopped = false;
          const push = (text: string) => {
            if (stopped) return;
            if ((controller.desiredSize ?? 0) < 0) {
              stop();
              controller.error(new Error(`The reader left more than ${MAX_UNREAD_EVENT_BYTES} bytes unread.`));
            } else controller.enqueue(encoder.encode(text));
          };
          const send = () => {
            const state = source.current();
            if (state === undefined) {
              stop();
              controller.close();
            } else push(`event: update\ndata: ${JSON.stringify(state)}\n\n`);
          };
          const unsubscribe = source.subscribe(send);
          const timer = setInterval(() => push(': keep-alive\n\n'), KEEP_ALIVE_MS);
          stop = () => {
            if (stopped) return;
            stopped = true;
            open--;
            unsubscribe();
            clearInterval(timer);
          };
          send();
        },
        cancel() {
          stop();
        },
      },
      new ByteLengthQueuingStrategy({ highWaterMark: MAX_UNREAD_EVENT_BYTES }),
    );
    return new Response(body, {
      headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' },
    });
  };
}
