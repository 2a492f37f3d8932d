/**
 * One digest per result for every key made of results (src/lib/data/model/result-digest.ts): pages key
 * on what they show, which is every field but the row number in the source file; downloads carry the row
 * number, so their digest includes it. Proved on the demo data: rows reordered in a year file leave every
 * result's shown digest as it was and change the whole digest of each moved row; a changed score changes both.
 */
import { describe, expect, test } from 'vitest';
import { resultDigest, shownDigest } from '../../src/lib/data/model/result-digest.ts';
import type { Result } from '../../src/lib/data/types.ts';
import { cell, demoTable, modelWith, toCsvText, withCell, Y2018 } from './support/data.ts';

const table = demoTable(Y2018);
const id = (r: Result) => `${r.dataset}|${r.year}|${r.code}`;
const digests = (results: readonly Result[], of: (r: Result) => string) => new Map(results.map((r) => [id(r), of(r)]));
const of2018 = (results: readonly Result[]) =>
  results.filter((r) => r.year === 2018 && r.dataset === 'cong-dong-hoc-tap');

describe('result digests', () => {
  const before = of2018(modelWith().results);

  test('rows moved within the year file: what pages show is unchanged, what downloads carry changes', () => {
    const swapped = { header: table.header, rows: [table.rows[1]!, table.rows[0]!, ...table.rows.slice(2)] };
    const after = of2018(modelWith({ [Y2018]: toCsvText(swapped) }).results);
    expect(digests(after, shownDigest)).toEqual(digests(before, shownDigest));
    const [b, a] = [digests(before, resultDigest), digests(after, resultDigest)];
    const moved = [...b.keys()].filter((k) => b.get(k) !== a.get(k));
    expect(moved.sort()).toEqual(
      [cell(table, 0, 'commune_code'), cell(table, 1, 'commune_code')].map((c) => `cong-dong-hoc-tap|2018|${c}`).sort(),
    );
  });

  test('a changed score changes both digests of its result', () => {
    const changed = withCell(
      withCell(table, 2, 'tc01', String(Number(cell(table, 2, 'tc01')) - 1)),
      2,
      'total',
      String(Number(cell(table, 2, 'total')) - 1),
    );
    const after = of2018(modelWith({ [Y2018]: toCsvText(changed) }).results);
    const key = `cong-dong-hoc-tap|2018|${cell(table, 2, 'commune_code')}`;
    for (const of of [shownDigest, resultDigest])
      expect(digests(after, of).get(key), of.name).not.toBe(digests(before, of).get(key));
  });
});
