/**
 * A vitest reporter that tallies a run honestly for the final line of `npm test`. Vitest itself reports
 * the tests of a suite whose `beforeAll` threw as *skipped*, so "N passed, 0 failed" could hide a broken
 * suite. Here a test that did not run because its suite (or module) failed counts as failed; only tests
 * skipped on purpose (`it.skip`, `it.todo`, `skipIf`, `ctx.skip()`) count as skipped; a suite or module
 * with its own error (setup, import, syntax) counts as a failed suite, and so does an unhandled error.
 * The tally is written as JSON to the file named by VERDICT_REPORT.
 */
import { writeFileSync } from 'node:fs';
import type { Reporter, TestCase, TestModule, TestSuite } from 'vitest/node';
import type { SerializedError } from 'vitest';

/** What one vitest run contributes to the verdict. `failedSuites` names each module or suite that broke. */
export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
  failedSuites: string[];
}

/** A module or suite that failed on its own (its hooks, its import), not because one of its tests did. */
function broken(entity: TestModule | TestSuite): boolean {
  return entity.errors().length > 0;
}

/** True when the test sits under a module or suite that broke, so it could not run. */
function underBroken(test: TestCase): boolean {
  for (let p: TestSuite | TestModule = test.parent; ; p = p.parent) {
    if (broken(p)) return true;
    if (p.type === 'module') return false;
  }
}

/** The verdict tally of finished test modules (exported for the unit test of the verdict). */
export function tally(modules: ReadonlyArray<TestModule>, unhandled: ReadonlyArray<SerializedError> = []): Tally {
  const t: Tally = { passed: 0, failed: 0, skipped: 0, failedSuites: [] };
  for (const module of modules) {
    if (broken(module)) t.failedSuites.push(module.relativeModuleId);
    for (const suite of module.children.allSuites())
      if (broken(suite)) t.failedSuites.push(`${module.relativeModuleId} > ${suite.fullName}`);
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') t.passed++;
      else if (state === 'failed') t.failed++;
      else if (state === 'skipped' && !underBroken(test)) t.skipped++;
      else t.failed++; // skipped because its setup failed, or never finished
    }
  }
  for (const e of unhandled) t.failedSuites.push(`unhandled error: ${e.message ?? e.name ?? 'unknown'}`);
  return t;
}

export default class VerdictReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandled: ReadonlyArray<SerializedError>): void {
    const out = process.env.VERDICT_REPORT;
    if (out) writeFileSync(out, JSON.stringify(tally(modules, unhandled)) + '\n');
  }
}
