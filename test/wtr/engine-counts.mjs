// A web-test-runner reporter that adds one line per engine to the default report:
// "Firefox 153.7.0: 402 passed, 0 failed, 3 skipped". With WTR_COUNTS set to a file path, it also
// writes the counts there as JSON, for test/run-all.mjs to total up.
import { writeFileSync } from 'node:fs';

function count(suite, into) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) into.skipped.push(test.name);
    else if (test.passed) into.passed++;
    else into.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, into);
}

export function engineCountsReporter() {
  return {
    stop({ sessions }) {
      const engines = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        if (!engines.has(name)) engines.set(name, { engine: name, passed: 0, failed: 0, skipped: [], files: 0, failedFiles: 0 });
        const into = engines.get(name);
        count(session.testResults, into);
        into.files++;
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) into.failedFiles++;
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
