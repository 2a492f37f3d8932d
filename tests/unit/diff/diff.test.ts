/**
 * The pull-request diff: starting from the bundled data, change one score, delete one row and one whole
 * year file, and check the diff reports exactly those, with totals taken from the models themselves.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { memorySource } from '../../../src/lib/data/read/source.ts';
import { validateData } from '../../../src/lib/data/validate/index.ts';
import { SiteModel } from '../../../src/lib/data/model/index.ts';
import { diffMarkdown, diffModels } from '../../../src/lib/data/diff.ts';

/** Every file of a folder, by path relative to it. */
function readTree(root: string, dir = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(join(root, dir))) {
    const rel = dir ? `${dir}/${name}` : name;
    if (statSync(join(root, rel)).isDirectory()) Object.assign(out, readTree(root, rel));
    else out[rel] = readFileSync(join(root, rel), 'utf8');
  }
  return out;
}

function model(files: Record<string, string>): SiteModel {
  const v = validateData(memorySource(files));
  expect(v.errorCount).toBe(0);
  return new SiteModel(v.data!);
}

const base = readTree('data');
const FILE = 'datasets/cong-dong-hoc-tap/2018.csv';
const parsed = Papa.parse<string[]>(base[FILE]!.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
const [header, ...rows] = parsed.data;
const col = (name: string) => header!.indexOf(name);

describe('diffModels', () => {
  const before = model(base);

  it('reports nothing when the data is the same', () => {
    expect(diffModels(before, model(base)).years).toEqual([]);
    expect(diffMarkdown(diffModels(before, before), 'x')).toContain('No change');
  });

  it('finds a changed total, a removed row and a removed year file', () => {
    // Raise the first criterion of the first row that has room, and drop the declared total/result.
    const edited = rows.map((r) => [...r]);
    const target = edited.findIndex((r) => Number(r[col('tc01')]) <= 9);
    const row = edited[target]!;
    row[col('tc01')] = String(Number(row[col('tc01')]) + 0.5);
    row[col('total')] = '';
    row[col('result')] = '';
    const dropped = edited.splice(target === 0 ? 1 : 0, 1)[0]!;
    const files: Record<string, string> = { ...base, [FILE]: Papa.unparse([header!, ...edited]) };
    delete files['datasets/cong-dong-hoc-tap/2016.csv'];

    const after = model(files);
    const diff = diffModels(before, after);
    const code = row[col('commune_code')]!;
    const oldTotal = before.resultsOf('cong-dong-hoc-tap', 2018).find((r) => r.code === code)!.total;

    const y2018 = diff.years.find((y) => y.year === 2018 && y.dataset === 'cong-dong-hoc-tap')!;
    expect(y2018.status).toBe('modified');
    expect(y2018.changed.map((c) => c.code)).toEqual([code]);
    expect(y2018.changed[0]!.before.total).toBe(oldTotal);
    expect(y2018.changed[0]!.after.total).toBe(oldTotal + 0.5);
    expect(y2018.removed.map((r) => r.code)).toEqual([dropped[col('commune_code')]]);
    expect(y2018.added).toEqual([]);

    const y2016 = diff.years.find((y) => y.year === 2016)!;
    expect(y2016.status).toBe('removed');
    expect(y2016.removed).toHaveLength(before.resultsOf('cong-dong-hoc-tap', 2016).length);
    expect(diff.years.map((y) => `${y.dataset}|${y.year}`)).toEqual([
      'cong-dong-hoc-tap|2016',
      'cong-dong-hoc-tap|2018',
    ]);

    const md = diffMarkdown(diff, 'base → head');
    expect(md).toContain(`| ${code} |`);
    expect(md).toContain(`${oldTotal + 0.5} ·`);
  });

  it('treats a missing earlier version as all new', () => {
    const diff = diffModels(null, before);
    const total = diff.years.reduce((n, y) => n + y.added.length, 0);
    expect(total).toBe(before.results.length);
    expect(diff.years.every((y) => y.status === 'added')).toBe(true);
  });
});
