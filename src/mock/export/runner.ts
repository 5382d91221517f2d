/**
 * Picks the sandbox for bot code where the mock runs: node:vm in Node, a Worker in a browser.
 * Either can be passed instead (`loadBotExport(json, { runner })`), for a test or another host.
 */
import type { CodeRunner } from './sandbox.js';
import { nodeVm, vmRunner } from './vm-runner.js';
import { workerRunner } from './worker-runner.js';

/** The runner for this environment. */
export function defaultRunner(): CodeRunner {
  const vm = nodeVm();
  return vm ? vmRunner(vm) : workerRunner();
}
