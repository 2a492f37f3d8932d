/**
 * The downloads route lists its paths without making a file (bundle.ts `downloadPaths`), and a warm build
 * restores a download whenever its key is unchanged. So the keys must change whenever the bytes would
 * (never a stale file restored), and only then for the files made of the changed rows (a one-row change
 * does not make every download again). Proved by building the whole bundle before and after a change of
 * one 2018 score that moves the commune's total and its district's ranks, and comparing.
 */
import { describe, expect, test } from 'vitest';
import { buildBundle, downloadPaths } from '../../../src/lib/data/export/bundle.ts';
import { cell, demoTable, modelWith, toCsvText, withCell, Y2018 } from '../support/data.ts';

const before = modelWith();
const table = demoTable(Y2018);
// One criterion down by a point, with the declared total following, as a corrected file would have it.
const changed = withCell(
  withCell(table, 0, 'tc01', String(Number(cell(table, 0, 'tc01')) - 1)),
  0,
  'total',
  String(Number(cell(table, 0, 'total')) - 1),
);
const after = modelWith({ [Y2018]: toCsvText(changed) });
const code = cell(table, 0, 'commune_code');

const keys = (list: ReturnType<typeof downloadPaths>) => new Map(list.map((f) => [f.path, f.dataKey]));

describe('listing the downloads', () => {
  test('lists every file of the bundle, in its order, before any file is made', () => {
    const model = modelWith();
    const listed = downloadPaths(model).map((f) => f.path);
    expect(listed).toEqual(buildBundle(model).files.map((f) => f.path));
  });

  test('a file whose bytes change gets a new key; files made of other rows keep theirs', () => {
    const [k0, k1] = [keys(downloadPaths(before)), keys(downloadPaths(after))];
    const [b0, b1] = [buildBundle(before), buildBundle(after)];
    expect([...k1.keys()]).toEqual([...k0.keys()]);
    const bytesChanged = b0.files
      .filter((f) => Buffer.compare(Buffer.from(f.bytes), Buffer.from(b1.byPath.get(f.path)!.bytes)) !== 0)
      .map((f) => f.path);
    const keyChanged = [...k0.keys()].filter((p) => k0.get(p) !== k1.get(p));
    // The change reached the year's files, the commune's own file and the files describing all the others.
    expect(bytesChanged).toEqual(
      expect.arrayContaining(['cong-dong-hoc-tap/2018.csv', `xa/${code}.csv`, 'SHA256SUMS']),
    );
    for (const path of bytesChanged) expect(keyChanged, `${path} changed, so must its key`).toContain(path);
    // Nothing made only of other years or other communes' rows is made again.
    expect(keyChanged.filter((p) => /\/20(1[5-79]|2\d)[.-]/.test(p))).toEqual([]);
    const communes = keyChanged.filter((p) => p.startsWith('xa/'));
    for (const path of communes) expect(bytesChanged, `${path} is keyed anew only if it changed`).toContain(path);
    expect(keyChanged.length).toBeLessThan(k0.size / 2);
  });

  test('the same data gives the same keys', () => {
    expect(downloadPaths(modelWith())).toEqual(downloadPaths(before));
  });
});
