/// <reference types="node" />
/**
 * The runner in Node: each run in a fresh `node:vm` context, stopped by vm's own `timeout`.
 * Promise jobs run inside that limit too (`microtaskMode`), and the context has no timers, so
 * nothing of the code outlives its run. node:vm keeps the mock's objects out of reach of bot code
 * written in good faith; it is not a wall against code written to attack the machine (run only
 * bots you would run on the platform).
 *
 * node:vm is taken with `process.getBuiltinModule`, not imported, so `webview-form/mock` still
 * loads in a browser, where this runner is never chosen.
 */
import { CodeTimeout, type CodeRunner } from './sandbox.js';

type Vm = typeof import('node:vm');

/** The node:vm module when this is Node (20.16 or later), else undefined. */
export function nodeVm(): Vm | undefined {
  const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return process?.getBuiltinModule?.('node:vm') as Vm | undefined;
}

/** Returns the node:vm runner; throws when this is not Node. */
export function vmRunner(vm: Vm | undefined = nodeVm()): CodeRunner {
  if (!vm) throw new Error('vmRunner needs Node 20.16 or later (node:vm).');
  return {
    async run(script, timeoutMs) {
      const context = vm.createContext(Object.create(null) as object, {
        name: 'webview-form mock bot code',
        microtaskMode: 'afterEvaluate',
      });
      try {
        return String(vm.runInContext(script, context, { timeout: timeoutMs, breakOnSigint: true }));
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new CodeTimeout(`ran past ${timeoutMs} ms`);
        throw error;
      }
    },
  };
}
