/**
 * The send as a Lit task: the element updates as it runs, and `abort()` cancels the attempt in
 * flight when the form is reset or leaves the page. It is part of the submission chunk, since
 * nothing needs it before the first send.
 */
import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { send, type SendOptions, type SubmitResult } from '../core/client.js';
import type { SignedRequest } from '../core/sign.js';

export type SendTask = Task<[SignedRequest], SubmitResult>;

/** A task that posts the request it is run with; `options` is read at each run, so it sees the element's current `fetch` and `timeout`. */
export function createSendTask(host: ReactiveControllerHost, options: () => Omit<SendOptions, 'signal'>): SendTask {
  return new Task<[SignedRequest], SubmitResult>(host, {
    task: ([request], { signal }) => send(request, { ...options(), signal }),
    autoRun: false,
  });
}
