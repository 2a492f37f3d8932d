/**
 * The final line of `npm test` must say "failed" whenever anything broke: here a real vitest run over
 * fixtures whose suite setup throws (tests/fixtures/verdict) is tallied by the same reporter and verdict
 * `npm test` uses, and failed steps (lint, build) are counted even when no test failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Tally } from '../../scripts/lib/verdict-reporter.ts';
import { verdict } from '../../scripts/lib/verdict.ts';

const closing = /^tests: (\d+) passed, (\d+) failed, (\d+) skipped$/;

describe('the verdict of npm test', () => {
  it('says failed when a suite’s setup throws, and counts its tests as failed, not skipped', () => {
    const report = join(mkdtempSync(join(tmpdir(), 'verdict-')), 'tally.json');
    const run = spawnSync(
      process.execPath,
      ['node_modules/vitest/vitest.mjs', 'run', '--config', 'tests/fixtures/verdict/vitest.config.ts'],
      { env: { ...process.env, VERDICT_REPORT: report }, encoding: 'utf8' },
    );
    expect(run.status).not.toBe(0);
    const tally = JSON.parse(readFileSync(report, 'utf8')) as Tally;
    // One test passes, one is skipped on purpose; the two under the broken beforeAll did not run.
    expect(tally).toMatchObject({ passed: 1, failed: 2, skipped: 1 });
    expect(tally.failedSuites).toEqual(['import-throws.test.ts', 'setup-throws.test.ts > a suite whose setup throws']);
    const { lines, ok } = verdict([{ name: 'unit', ok: false, tally }]);
    expect(ok).toBe(false);
    expect(lines.at(-1)).toMatch(closing);
    expect(lines.at(-1)).toBe('tests: 1 passed, 4 failed, 1 skipped');
    expect(lines[0]).toContain('import-throws.test.ts');
  }, 60_000); // it starts a whole vitest run, slow on a busy machine

  it('counts a failed step even when every test passed', () => {
    const green: Tally = { passed: 5, failed: 0, skipped: 0, failedSuites: [] };
    const { lines, ok } = verdict(
      [
        { name: 'lint', ok: false },
        { name: 'unit', ok: true, tally: green },
        { name: 'build', ok: false },
      ],
      ['e2e'],
    );
    expect(ok).toBe(false);
    expect(lines).toEqual([
      '✘ failed: 2 steps (lint, build)',
      '✘ not run: e2e',
      'tests: 5 passed, 2 failed, 0 skipped',
    ]);
  });

  it('counts a test step that exited non-zero with nothing to explain it', () => {
    const green: Tally = { passed: 3, failed: 0, skipped: 1, failedSuites: [] };
    const { lines } = verdict([
      { name: 'e2e', ok: false, tally: green },
      { name: 'unit', ok: false },
    ]);
    expect(lines.at(-1)).toBe('tests: 3 passed, 2 failed, 1 skipped');
  });

  it('passes only when nothing failed', () => {
    const green: Tally = { passed: 7, failed: 0, skipped: 0, failedSuites: [] };
    expect(
      verdict([
        { name: 'format', ok: true },
        { name: 'unit', ok: true, tally: green },
      ]),
    ).toEqual({
      lines: ['tests: 7 passed, 0 failed, 0 skipped'],
      ok: true,
    });
  });
});
