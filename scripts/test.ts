/**
 * npm test: every test, in the order a failure is cheapest to find: the static checks over every file
 * (format, lint with the layer rules, astro check, tsc: scripts/lib/checks.ts, also `npm run lint`), unit
 * tests, then the site build from the bundled data, then the browser and quality checks on the built site
 * (tests/e2e: journeys, accessibility, HTML validity, links, page weight budgets, determinism).
 * Set OUT_DIR to build and test another folder.
 * Ends with one line "tests: N passed, N failed, N skipped" that counts failed tests, failed suites and
 * failed steps (scripts/lib/verdict.ts); a suite whose setup threw counts as failed, never as skipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { checks } from './lib/checks.ts';
import { verdict, type StepOutcome } from './lib/verdict.ts';
import type { Tally } from './lib/verdict-reporter.ts';
import { buildCommand } from './lib/build-command.ts';

/** `gate`: later steps cannot run without this one (the build); `tally`: a vitest run whose tests are counted. */
interface Step {
  name: string;
  cmd: string[];
  tally?: string;
  gate?: boolean;
}

const reporter = ['--reporter=default', '--reporter=./scripts/lib/verdict-reporter.ts'];
mkdirSync('.cache', { recursive: true });
const steps: Step[] = [
  ...checks,
  { name: 'unit', cmd: ['vitest', 'run', '--project', 'unit', ...reporter], tally: '.cache/unit.verdict.json' },
  { name: 'build', cmd: buildCommand(), gate: true },
  { name: 'e2e', cmd: ['vitest', 'run', '--project', 'e2e', ...reporter], tally: '.cache/e2e.verdict.json' },
];

const outcomes: StepOutcome[] = [];
const timings: string[] = [];
let stoppedAt = -1;
for (const [i, step] of steps.entries()) {
  process.stdout.write(`\n=== ${step.name}: ${step.cmd.join(' ')}\n`);
  if (step.tally) rmSync(step.tally, { force: true });
  const env = step.tally ? { ...process.env, VERDICT_REPORT: step.tally } : process.env;
  const t0 = performance.now();
  const run = spawnSync(step.cmd[0]!, step.cmd.slice(1), { stdio: 'inherit', env });
  timings.push(`${step.name} ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const tally =
    step.tally && existsSync(step.tally) ? (JSON.parse(readFileSync(step.tally, 'utf8')) as Tally) : undefined;
  outcomes.push({ name: step.name, ok: run.status === 0, tally });
  if (run.status !== 0) {
    process.stdout.write(`\n✘ step "${step.name}" failed (exit ${run.status ?? run.signal})\n`);
    if (step.gate) {
      stoppedAt = i;
      break;
    }
  }
}
const notRun = stoppedAt < 0 ? [] : steps.slice(stoppedAt + 1).map((s) => s.name);
const { lines, ok } = verdict(outcomes, notRun);
process.stdout.write(`\ntime: ${timings.join(', ')}\n${lines.join('\n')}\n`);
process.exit(ok ? 0 : 1);
