/**
 * The runner in a browser: each run in a Worker of its own, made from the script, terminated
 * when it answers, fails, or runs past the time limit. A Worker has its own realm and thread, so
 * an endless loop in bot code stops nothing of the page.
 */
import { CodeTimeout, type CodeRunner } from './sandbox.js';

/** Returns the Worker runner; its runs reject where the page cannot make Workers. */
export function workerRunner(): CodeRunner {
  return {
    run(script, timeoutMs) {
      return new Promise<string>((resolve, reject) => {
        const url = URL.createObjectURL(new Blob([`postMessage(${script});`], { type: 'text/javascript' }));
        let worker: Worker;
        try {
          worker = new Worker(url);
        } catch (error) {
          URL.revokeObjectURL(url);
          return reject(error instanceof Error ? error : new Error(String(error)));
        }
        const done = () => {
          clearTimeout(timer);
          worker.terminate();
          URL.revokeObjectURL(url);
        };
        const timer = setTimeout(() => {
          done();
          reject(new CodeTimeout(`ran past ${timeoutMs} ms`));
        }, timeoutMs);
        worker.onmessage = (event: MessageEvent<unknown>) => {
          done();
          resolve(String(event.data));
        };
        worker.onerror = (event) => {
          event.preventDefault();
          done();
          reject(new Error(event.message || 'the bot code worker failed'));
        };
      });
    },
  };
}
