/**
 * The final verdict of `npm test`: one plain closing line "tests: N passed, N failed, N skipped", where
 * "failed" adds up failed tests (including tests that could not run because their suite's setup threw),
 * failed suites (a module or suite that broke on its own) and failed steps (format, lint, type checks,
 * build, or a test step that exited non-zero without a failed test to explain it). The line before it
 * says what failed, so a red run is never read as green.
 */
import type { Tally } from './verdict-reporter.ts';

/** A finished step of the run: its tally when it ran tests, and whether its command succeeded. */
export interface StepOutcome {
  name: string;
  ok: boolean;
  tally?: Tally;
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** The closing lines of `npm test` for the steps run so far, and `notRun` for those a failed gate stopped. */
export function verdict(
  steps: readonly StepOutcome[],
  notRun: readonly string[] = [],
): { lines: string[]; ok: boolean } {
  let passed = 0;
  let failedTests = 0;
  let skipped = 0;
  const suites: string[] = [];
  const failedSteps: string[] = [];
  for (const step of steps) {
    const t = step.tally;
    if (t) {
      passed += t.passed;
      failedTests += t.failed;
      skipped += t.skipped;
      suites.push(...t.failedSuites);
    }
    // A test step's non-zero exit is explained by its failed tests or suites; anything else is a failed step.
    if (!step.ok && !(t && t.failed + t.failedSuites.length > 0)) failedSteps.push(step.name);
  }
  const failed = failedTests + suites.length + failedSteps.length;
  const lines: string[] = [];
  if (failed > 0) {
    const parts = [
      failedTests ? plural(failedTests, 'test') : '',
      suites.length ? `${plural(suites.length, 'suite')} (${suites.join('; ')})` : '',
      failedSteps.length ? `${plural(failedSteps.length, 'step')} (${failedSteps.join(', ')})` : '',
    ].filter(Boolean);
    lines.push(`✘ failed: ${parts.join(', ')}`);
  }
  if (notRun.length) lines.push(`✘ not run: ${notRun.join(', ')}`);
  lines.push(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  return { lines, ok: failed === 0 && notRun.length === 0 };
}
