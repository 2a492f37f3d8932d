/**
 * Incremental publishing: after one row of one year file changes, a warm build (the cache of the build
 * before the change) gives exactly the bytes of a cold build of the changed data — every page, download,
 * search index file and precompressed sibling — while copying the paths whose data did not change from
 * the cache. Three real builds of the demo data into temporary folders; dist/ is not touched.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { compareDirs, formatDiff } from '../../scripts/quality/determinism.ts';
import { buildFrom } from './helpers/build.ts';

mkdirSync('.cache', { recursive: true });
const root = mkdtempSync(join(resolve('.cache'), 'incremental-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Build `data` into `out` with the build cache under `work`; the build's stdout. */
function build(data: string, out: string, work: string): string {
  const run = buildFrom(data, out, work);
  if (run.status !== 0) throw new Error(`build of ${data} failed:\n${String(run.stdout)}\n${String(run.stderr)}`);
  return String(run.stdout);
}

const reuse = (stdout: string): [number, number] => {
  const m = /reused (\d+) of (\d+) keyed paths/.exec(stdout);
  if (!m) throw new Error(`no reuse line in:\n${stdout}`);
  return [Number(m[1]), Number(m[2])];
};

test('a warm rebuild after a one-row change is byte-identical to a cold build of the same data', () => {
  const before = join(root, 'data-before');
  const after = join(root, 'data-after');
  cpSync('data', before, { recursive: true });
  cpSync('data', after, { recursive: true });
  // One commune's row in one year: a criterion score and the declared total with it.
  const file = join(after, 'datasets/cong-dong-hoc-tap/2022.csv');
  const lines = readFileSync(file, 'utf8').split('\n');
  const header = lines[0]!.split(',');
  const row = lines.findIndex((l) => l.startsWith('19960,'));
  expect(row, 'the row to change is in the demo data').toBeGreaterThan(0);
  const cells = lines[row]!.split(',');
  const [tc01, total] = [header.indexOf('tc01'), header.indexOf('total')];
  expect(Number(cells[tc01])).toBeLessThan(10);
  cells[tc01] = String(Number(cells[tc01]) + 1);
  cells[total] = String(Number(cells[total]) + 1);
  lines[row] = cells.join(',');
  writeFileSync(file, lines.join('\n'));

  const cache = join(root, 'warm-work');
  const warm = join(root, 'warm');
  const first = build(before, warm, cache);
  expect(reuse(first)[0], 'nothing to reuse on the first build').toBe(0);
  const pageBefore = readFileSync(join(warm, 'xa/19960/index.html'), 'utf8');

  const second = build(after, warm, cache);
  const [reused, keyed] = reuse(second);
  process.stdout.write(`incremental: ${reused} of ${keyed} keyed paths reused after a one-row change\n`);
  expect(reused, 'the warm build copied unchanged paths from the cache').toBeGreaterThan(0);
  expect(reused, 'the warm build rendered what the change reaches').toBeLessThan(keyed);
  expect(readFileSync(join(warm, 'xa/19960/index.html'), 'utf8'), 'the changed commune page').not.toBe(pageBefore);

  const cold = join(root, 'cold');
  build(after, cold, join(root, 'cold-work'));
  const diff = compareDirs(warm, cold);
  expect(diff.same, 'files compared').toBeGreaterThan(100);
  expect(formatDiff(diff), 'files that differ between the warm and the cold build').toBe(
    formatDiff({ same: diff.same, different: [], onlyInA: [], onlyInB: [] }),
  );
}, 900_000);
