/**
 * npm test: every test, in the order a failure is cheapest to find: unit tests of the data layer, then
 * the site build from the bundled data, then the browser and quality checks on the built site.
 * Ends with one line "tests: N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, mkdirSync } from 'node:fs';

interface Step { name: string; cmd: string[]; report?: string }

mkdirSync('.cache', { recursive: true });
const steps: Step[] = [
  { name: 'unit', cmd: ['vitest', 'run', '--project', 'unit'], report: '.cache/unit.json' },
  { name: 'build', cmd: ['node', 'scripts/build.ts'] },
  { name: 'e2e', cmd: ['vitest', 'run', '--project', 'e2e'], report: '.cache/e2e.json' },
];

let passed = 0;
let failed = 0;
let broken = false;
for (const step of steps) {
  process.stdout.write(`\n=== ${step.name}: ${step.cmd.join(' ')}\n`);
  const args = step.report ? [...step.cmd, '--reporter=default', '--reporter=json', `--outputFile.json=${step.report}`] : step.cmd;
  if (step.report) rmSync(step.report, { force: true });
  const run = spawnSync(args[0]!, args.slice(1), { stdio: 'inherit', env: process.env });
  if (step.report) {
    try {
      const json = JSON.parse(readFileSync(step.report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
      passed += json.numPassedTests;
      failed += json.numFailedTests;
    } catch {
      // no report: counted below as a broken step
    }
  }
  if (run.status !== 0) {
    broken = true;
    process.stdout.write(`\n✘ step "${step.name}" failed (exit ${run.status})\n`);
    break;
  }
}
process.stdout.write(`\ntests: ${passed} passed, ${failed} failed\n`);
process.exit(broken || failed > 0 ? 1 : 0);
