/**
 * The build's memo of year files (src/lib/data/rows-cache.ts, YearFileMemo in validate/datasets.ts): a
 * build that finds a year file byte for byte as the last one checked reads its rows back instead of
 * checking it again. What a reader of the site could tell apart must not change: the same rows, the same
 * report. Proved on the demo data against validation with no memo.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { memorySource } from '../../src/lib/data/read/source.ts';
import { rowsCache } from '../../src/lib/data/rows-cache.ts';
import { validateData } from '../../src/lib/data/validate/index.ts';
import type { AssessmentRow } from '../../src/lib/data/types.ts';
import { cell, demoFiles, demoTable, toCsvText, withCell, Y2018, Y2024, type Changes } from './support/data.ts';

const YEAR_FILES = Object.keys(demoFiles()).filter((f) => /^datasets\/[^/]+\/\d{4}\.csv$/.test(f));

const files = (changes: Changes = {}) => {
  const all: Record<string, string | Uint8Array> = { ...demoFiles() };
  for (const [path, content] of Object.entries(changes)) if (content !== null) all[path] = content;
  return memorySource(all);
};
const freshDir = () => mkdtempSync(join(tmpdir(), 'rows-cache-'));
const validate = (changes: Changes, dir?: string, parts = ['salt']) => {
  const memo = dir === undefined ? undefined : rowsCache(dir, parts);
  const v = validateData(files(changes), memo ? { yearFiles: memo } : {});
  return { v, memo };
};
const rowsOf = (changes: Changes, dir?: string, parts?: string[]) => validate(changes, dir, parts).v.data!.rows;

describe('year files read back from the build cache', () => {
  test('a second build reads every year file back, with the same rows and report as checking them', () => {
    const dir = freshDir();
    const first = validate({}, dir);
    expect(first.memo!.remembered).toBe(YEAR_FILES.length);
    expect(first.memo!.reused).toBe(0);
    const second = validate({}, dir);
    expect(second.memo!.reused).toBe(YEAR_FILES.length);
    expect(second.memo!.remembered).toBe(0);
    const plain = validate({});
    expect(second.v.data!.rows).toEqual(plain.v.data!.rows);
    expect(second.v.issues).toEqual(plain.v.issues);
    expect(second.v.data!.rows.length).toBeGreaterThan(40);
  });

  test('a changed year file is checked again; the others are read back', () => {
    const dir = freshDir();
    validate({}, dir);
    const t = demoTable(Y2018);
    const changed = {
      [Y2018]: toCsvText(withCell(withCell(t, 3, 'tc01', String(Number(cell(t, 3, 'tc01')) - 1)), 3, 'total', '')),
    };
    const { v, memo } = validate(changed, dir);
    expect(memo!.remembered).toBe(1);
    expect(memo!.reused).toBe(YEAR_FILES.length - 1);
    expect(v.data!.rows).toEqual(rowsOf(changed));
  });

  test('a file read with an issue is not remembered: its issue is reported on every build', () => {
    const dir = freshDir();
    const t = demoTable(Y2024);
    // A row with a code and nothing else is left out, with a note to the file's author.
    const blank = t.header.reduce(
      (row, column) => (column === 'commune_code' || column === 'commune_name' ? row : withCell(row, 0, column, '')),
      t,
    );
    const noted = { [Y2024]: toCsvText(blank) };
    const plain = validate(noted).v;
    const note = plain.issues.filter((i) => i.file === Y2024 && i.code === 'rows-not-assessed');
    expect(note).toHaveLength(1);
    validate(noted, dir);
    const { v, memo } = validate(noted, dir);
    expect(memo!.reused).toBe(YEAR_FILES.length - 1);
    expect(memo!.remembered).toBe(0);
    expect(v.issues).toEqual(plain.issues);
    expect(v.data!.rows).toEqual(plain.data!.rows);
  });

  test('another salt (other data files, other code) reads every file again', () => {
    const dir = freshDir();
    validate({}, dir, ['one']);
    const { memo } = validate({}, dir, ['two']);
    expect(memo!.reused).toBe(0);
    expect(memo!.remembered).toBe(YEAR_FILES.length);
  });

  test('an entry that cannot be read back is checked again; unused entries are pruned', () => {
    const dir = freshDir();
    validate({}, dir);
    for (const name of readdirSync(dir)) writeFileSync(join(dir, name), 'not rows');
    writeFileSync(join(dir, 'left-over.rows'), 'old');
    const { v, memo } = validate({}, dir);
    expect(memo!.reused).toBe(0);
    expect(v.data!.rows).toEqual(rowsOf({}));
    expect(memo!.prune()).toBe(1);
    expect(readdirSync(dir).sort()).toHaveLength(YEAR_FILES.length);
  });

  test('rows come back exactly, negative zero and absent fields included', () => {
    const dir = freshDir();
    const memo = rowsCache(dir, ['salt']);
    const key = { dataset: 'd', year: 2020, file: 'datasets/d/2020.csv', format: 'csv', bytes: new Uint8Array([1, 2]) };
    const row = { ...rowsOf({})[0]!, scores: { tc01: -0 } } as AssessmentRow;
    memo.set(key, [row]);
    const back = rowsCache(dir, ['salt']).get(key)!;
    expect(Object.is(back[0]!.scores.tc01, -0)).toBe(true);
    expect(back).toStrictEqual([row]);
    expect(rowsCache(dir, ['salt']).get({ ...key, bytes: new Uint8Array([1, 3]) })).toBeUndefined();
  });
});
