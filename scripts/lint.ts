/**
 * npm run lint: every static check over every file (format, ESLint with the layer rules, astro check,
 * tsc), the same list `npm test` runs (scripts/lib/checks.ts). All run even when one fails, so one pass
 * shows everything to fix; the last line names the failures and the exit code is non-zero if any.
 */
import { spawnSync } from 'node:child_process';
import { checks } from './lib/checks.ts';

const failed: string[] = [];
const times: string[] = [];
for (const check of checks) {
  process.stdout.write(`\n=== ${check.name}: ${check.cmd.join(' ')}\n`);
  const t0 = performance.now();
  const run = spawnSync(check.cmd[0]!, check.cmd.slice(1), { stdio: 'inherit', env: process.env });
  times.push(`${check.name} ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (run.status !== 0) failed.push(check.name);
}
process.stdout.write(`\ntime: ${times.join(', ')}\n`);
process.stdout.write(failed.length ? `lint: failed: ${failed.join(', ')}\n` : 'lint: all checks passed\n');
process.exit(failed.length ? 1 : 0);
