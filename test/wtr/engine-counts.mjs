// A web-test-runner reporter that adds one line per engine to the default report:
// "Firefox 153.7.0: 402 passed, 0 failed, 3 skipped". With WTR_COUNTS set to a file path, it also
// writes the counts there as JSON, for test/run-all.mjs to total up.
import { writeFileSync } from 'node:fs';

function count(suite, into, file, path = []) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) into.skipped.push(test.name);
    else if (test.passed) into.passed++;
    else {
      into.failed++;
      // Named in the summary too: CI keeps only the tail of the output, and a failure must say which test it was.
      const message = String(test.error?.message ?? '').split('\n')[0];
      into.failures.push(`${file} › ${[...path, test.name].join(' › ')}${message ? `: ${message}` : ''}`);
    }
  }
  for (const child of suite?.suites ?? []) count(child, into, file, [...path, child.name]);
}

export function engineCountsReporter() {
  return {
    stop({ sessions }) {
      const engines = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        if (!engines.has(name))
          engines.set(name, { engine: name, passed: 0, failed: 0, skipped: [], failures: [], files: 0, failedFiles: 0 });
        const into = engines.get(name);
        const file = session.testFile.replace(`${process.cwd()}/`, '');
        count(session.testResults, into, file);
        into.files++;
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          into.failedFiles++;
          into.failures.push(`${file}: ${String(session.errors[0]?.message ?? 'failed outside its tests').split('\n')[0]}`);
        }
      }
      const counts = [...engines.values()];
      console.log('');
      for (const { engine, passed, failed, skipped, files, failedFiles } of counts) {
        const fileErrors = failedFiles > 0 ? `, ${failedFiles} file(s) with errors outside tests` : '';
        console.log(`${engine}: ${passed} passed, ${failed} failed, ${skipped.length} skipped, in ${files} files${fileErrors}`);
      }
      if (process.env.WTR_COUNTS) writeFileSync(process.env.WTR_COUNTS, JSON.stringify(counts));
    },
  };
}
