/**
 * npm test: every test, in the order a failure is cheapest to find: the static checks over every file
 * (format, lint with the layer rules, astro check, tsc: scripts/lib/checks.ts), unit tests of the data layer, then
 * the site build from the bundled data, then the browser and quality checks on the built site.
 * The e2e step (tests/e2e) holds the browser journeys and the quality harness: accessibility, HTML
 * validity, links, page weight budgets and determinism. Set OUT_DIR to build and test another folder.
 * Ends with one line "tests: N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, mkdirSync } from 'node:fs';
import { checks } from './lib/checks.ts';

/** `gate`: later steps cannot run without this one (the build); other failures are counted and the run goes on. */
interface Step {
  name: string;
  cmd: string[];
  report?: string;
  gate?: boolean;
}

mkdirSync('.cache', { recursive: true });
const steps: Step[] = [
  ...checks,
  { name: 'unit', cmd: ['vitest', 'run', '--project', 'unit'], report: '.cache/unit.json' },
  { name: 'build', cmd: ['node', 'scripts/build.ts'], gate: true },
  { name: 'e2e', cmd: ['vitest', 'run', '--project', 'e2e'], report: '.cache/e2e.json' },
];

let passed = 0;
let failed = 0;
let skipped = 0;
const timings: string[] = [];
let broken = false;
for (const step of steps) {
  process.stdout.write(`\n=== ${step.name}: ${step.cmd.join(' ')}\n`);
  const args = step.report
    ? [...step.cmd, '--reporter=default', '--reporter=json', `--outputFile.json=${step.report}`]
    : step.cmd;
  if (step.report) rmSync(step.report, { force: true });
  const t0 = performance.now();
  const run = spawnSync(args[0]!, args.slice(1), { stdio: 'inherit', env: process.env });
  timings.push(`${step.name} ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (step.report) {
    try {
      const json = JSON.parse(readFileSync(step.report, 'utf8')) as {
        numPassedTests: number;
        numFailedTests: number;
        numPendingTests?: number;
        numTodoTests?: number;
      };
      passed += json.numPassedTests;
      failed += json.numFailedTests;
      skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
    } catch {
      // no report: counted below as a broken step
    }
  }
  if (run.status !== 0) {
    broken = true;
    process.stdout.write(`\n✘ step "${step.name}" failed (exit ${run.status})\n`);
    if (step.gate) break;
  }
}
process.stdout.write(`\ntime: ${timings.join(', ')}${skipped ? ` · ${skipped} skipped` : ''}\n`);
process.stdout.write(`tests: ${passed} passed, ${failed} failed\n`);
process.exit(broken || failed > 0 ? 1 : 0);
