/**
 * Incremental publishing: after one row of one year file changes, a warm build (the cache of the build
 * before the change) gives exactly the bytes of a cold build of the changed data — every page, download,
 * search index file and precompressed sibling — while copying the paths whose data did not change from
 * the cache, and without changing a byte of the site being served meanwhile (unchanged pages and siblings
 * are hard links into the cache). The Excel workbooks and the zip are read back from the build cache when
 * their inputs did not change and made anew when they did: the changed year's workbook and the zip show
 * the new score. A warm build with nothing changed first makes no download at all (every one is restored)
 * and keeps the cached workbooks for the change that follows; after the change, the files describing every
 * other one (SHA256SUMS, datapackage.json, the zip) describe the files it missed from the facts recorded
 * by the build before, without serialising them again. Then a result of another year is published
 * (a source added): every workbook's note on illustrative data counts the published rows, so a warm build
 * must remake the workbooks of unchanged years too — again byte-identical to a cold build. Six real builds
 * of the demo data into temporary folders; dist/ is not touched.
 */
import { cpSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { read, utils } from '@e965/xlsx';
import { strFromU8, unzipSync } from 'fflate';
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

/** "downloads (Excel, zip): N reused from the build cache, M made" → [N, M]. */
const downloads = (stdout: string): [number, number] => {
  const m = /downloads \(Excel, zip\): (\d+) reused from the build cache, (\d+) made/.exec(stdout);
  if (!m) throw new Error(`no downloads line in:\n${stdout}`);
  return [Number(m[1]), Number(m[2])];
};

/** "data files' facts (size, checksums): N reused, M computed" → [N, M]. */
const facts = (stdout: string): [number, number] => {
  const m = /data files' facts \(size, checksums\): (\d+) reused, (\d+) computed/.exec(stdout);
  if (!m) throw new Error(`no facts line in:\n${stdout}`);
  return [Number(m[1]), Number(m[2])];
};

/** "year files: N from the build cache, M checked and remembered" → [N, M]. */
const yearFiles = (stdout: string): [number, number] => {
  const m = /year files: (\d+) from the build cache, (\d+) checked and remembered/.exec(stdout);
  if (!m) throw new Error(`no year files line in:\n${stdout}`);
  return [Number(m[1]), Number(m[2])];
};

/** The tc01 score of commune 19960 in the 2022 wide table: the workbook's data sheet and the zip's CSV. */
function published(site: string): { xlsx: unknown; zipped: string } {
  const wb = read(readFileSync(join(site, 'du-lieu/cong-dong-hoc-tap/2022.xlsx')), { type: 'buffer' });
  const rows = utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, raw: true });
  const col = readFileSync(join(site, 'du-lieu/cong-dong-hoc-tap/2022.csv'), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)[0]!
    .split(',')
    .indexOf('tc01');
  const zip = unzipSync(new Uint8Array(readFileSync(join(site, 'du-lieu/cong-dong-hoc-tap.zip'))));
  const csv = strFromU8(zip[Object.keys(zip).find((k) => k.endsWith('/cong-dong-hoc-tap/2022.csv'))!]!);
  const line = csv.split(/\r?\n/).find((l) => l.startsWith('19960,'))!;
  return { xlsx: rows.find((r) => r[0] === '19960')?.[col], zipped: line.split(',')[col]! };
}

/** The note on illustrative data in the "about" sheet of the 2016 workbook (no 2016 row changes). */
function aboutNote(site: string): string {
  const wb = read(readFileSync(join(site, 'du-lieu/cong-dong-hoc-tap/2016.xlsx')), { type: 'buffer' });
  const sheets = wb.SheetNames.map((n) => utils.sheet_to_json<unknown[]>(wb.Sheets[n]!, { header: 1, raw: true }));
  const row = sheets.flat().find((r) => r[0] === 'Lưu ý · Note');
  if (!row) throw new Error('no "Lưu ý · Note" row in the 2016 workbook');
  return String(row[1]);
}

const reuse = (stdout: string): [number, number] => {
  const m = /reused (\d+) of (\d+) keyed paths/.exec(stdout);
  if (!m) throw new Error(`no reuse line in:\n${stdout}`);
  return [Number(m[1]), Number(m[2])];
};

test('a warm rebuild after a one-row change, then after a result is published, is byte-identical to a cold build of the same data', () => {
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
  const tc01Before = cells[tc01]!;
  cells[tc01] = String(Number(cells[tc01]) + 1);
  cells[total] = String(Number(cells[total]) + 1);
  lines[row] = cells.join(',');
  writeFileSync(file, lines.join('\n'));

  const cache = join(root, 'warm-work');
  const warm = join(root, 'warm');
  const first = build(before, warm, cache);
  expect(reuse(first)[0], 'nothing to reuse on the first build').toBe(0);
  expect(downloads(first)[0], 'no workbook to reuse on the first build').toBe(0);
  expect(facts(first)[0], "no data file's facts to reuse on the first build").toBe(0);
  const [, checked] = yearFiles(first);
  expect(yearFiles(first), 'every year file is checked on the first build').toEqual([0, checked]);
  expect(checked, 'the demo year files are remembered').toBeGreaterThan(3);
  const pageBefore = readFileSync(join(warm, 'xa/19960/index.html'), 'utf8');
  const noteBefore = aboutNote(warm);
  expect(noteBefore, 'the 2016 workbook notes which rows are published').toMatch(/trừ \d+ dòng có cột source/);
  expect(published(warm), 'the 2022 score before the change, in the workbook and the zip').toEqual({
    xlsx: Number(tc01Before),
    zipped: tc01Before,
  });

  // A warm build with no change reuses every keyed path, hard-linking pages and siblings from the cache.
  const unchanged = build(before, warm, cache);
  const [restored, keyedSame] = reuse(unchanged);
  expect(restored, 'with nothing changed every keyed path, downloads included, is restored').toBe(keyedSame);
  expect(downloads(unchanged), 'with nothing changed no workbook or zip is even looked up').toEqual([0, 0]);
  expect(facts(unchanged), 'nor any data file described').toEqual([0, 0]);
  expect(yearFiles(unchanged), 'nor any year file checked again').toEqual([checked, 0]);
  expect(readFileSync(join(warm, 'xa/19960/index.html'), 'utf8')).toBe(pageBefore);
  expect(statSync(join(warm, 'xa/19960/index.html')).nlink, 'a restored page is linked from the cache').toBeGreaterThan(
    1,
  );
  // What a visitor is being served while the next build runs: links to the published files, kept after
  // the site is replaced. A build writing through a cache entry the site links to would change them.
  const held = join(root, 'held');
  mkdirSync(held);
  const servedFiles = ['xa/19960/index.html', 'xa/19960/index.html.br', 'index.html', 'index.html.gz'];
  const served = servedFiles.map((f, i) => {
    linkSync(join(warm, f), join(held, String(i)));
    return readFileSync(join(warm, f));
  });

  const second = build(after, warm, cache);
  servedFiles.forEach((f, i) =>
    expect(readFileSync(join(held, String(i))).equals(served[i]!), `${f} as served before the build`).toBe(true),
  );
  expect(yearFiles(second), 'only the changed year file is checked again').toEqual([checked - 1, 1]);
  const [reused, keyed] = reuse(second);
  process.stdout.write(`incremental: ${reused} of ${keyed} keyed paths reused after a one-row change\n`);
  expect(reused, 'the warm build copied unchanged paths from the cache').toBeGreaterThan(0);
  expect(reused, 'the warm build rendered what the change reaches').toBeLessThan(keyed);
  expect(readFileSync(join(warm, 'xa/19960/index.html'), 'utf8'), 'the changed commune page').not.toBe(pageBefore);
  const [kept, made] = downloads(second);
  expect(
    kept,
    'workbooks of unchanged tables come from the build cache, kept through the build that restored them',
  ).toBeGreaterThan(0);
  expect(made, "the changed tables' workbooks and the zip are made anew").toBeGreaterThan(1);
  const [described, computed] = facts(second);
  expect(
    described,
    'the whole-download files describe the files the change missed from their recorded facts',
  ).toBeGreaterThan(computed);
  expect(published(warm), 'the new score, in the workbook and the zip').toEqual({
    xlsx: Number(cells[tc01]),
    zipped: cells[tc01],
  });

  const same = (a: string, b: string, label: string) => {
    const diff = compareDirs(a, b);
    expect(diff.same, 'files compared').toBeGreaterThan(100);
    expect(formatDiff(diff), label).toBe(formatDiff({ same: diff.same, different: [], onlyInA: [], onlyInB: [] }));
  };
  const cold = join(root, 'cold');
  build(after, cold, join(root, 'cold-work'));
  same(warm, cold, 'files that differ between the warm and the cold build');

  // Then a result of another year is published: a source added to one row of 2024. Every workbook's
  // "about" sheet counts the site's published rows, so the workbooks of unchanged years change too.
  const publishedData = join(root, 'data-published');
  cpSync(after, publishedData, { recursive: true });
  const file2024 = join(publishedData, 'datasets/cong-dong-hoc-tap/2024.csv');
  const rows2024 = readFileSync(file2024, 'utf8').split('\r\n');
  expect(rows2024[0], 'the 2024 file has no source column yet').not.toMatch(/source/);
  const published2024 = rows2024.map((l, i) =>
    i === 0
      ? `${l},source`
      : l === ''
        ? l
        : `${l},${l.startsWith('19963,') ? 'https://huongthuy.thuathienhue.gov.vn/kq-2024' : ''}`,
  );
  expect(
    published2024.filter((l) => l.endsWith('/kq-2024')),
    'the row to publish is in the demo data',
  ).toHaveLength(1);
  writeFileSync(file2024, published2024.join('\r\n'));
  build(publishedData, warm, cache);
  expect(aboutNote(warm), "an unchanged year's workbook counts the newly published row").not.toBe(noteBefore);
  expect(readFileSync(join(warm, 'xa/19963/index.html'), 'utf8'), 'the published row names its source').toContain(
    'huongthuy.thuathienhue.gov.vn',
  );
  const coldPublished = join(root, 'cold-published');
  build(publishedData, coldPublished, join(root, 'cold-published-work'));
  same(warm, coldPublished, 'files that differ between the warm and the cold build, after the result is published');
}, 900_000);
