/**
 * Register checks (issue 12.7): an ended unit without successors and a unit with no place on the map are
 * warnings; an unknown province_scope code is an error and one whose province ended a warning; the 2025
 * commune-level type Đặc khu is accepted, and a district can be succeeded by a commune-level unit
 * (Huyện Cồn Cỏ → Đặc khu Cồn Cỏ, codes from the GSO list in dvhcvn and the 2025 list).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  demoFiles,
  demoTable,
  errors,
  excelRow,
  expectIssue,
  listIssues,
  toCsvText,
  validateWith,
  withCell,
  type CsvTable,
} from './support/data.ts';

const C = 'units/communes.csv';
const conCo = Object.fromEntries(
  ['provinces', 'districts', 'communes'].map((n) => [
    `units/${n}.csv`,
    readFileSync(new URL(`../fixtures/register/con-co/units/${n}.csv`, import.meta.url), 'utf8'),
  ]),
);
/** The Cồn Cỏ register alone (no datasets, no boundaries), with the site scoped to `scope`. */
const conCoData = (scope: string) => ({
  ...Object.fromEntries(
    Object.keys(demoFiles())
      .filter((p) => /^(datasets|boundaries)\//.test(p))
      .map((p) => [p, null]),
  ),
  ...conCo,
  'site.yaml': new TextDecoder()
    .decode(demoFiles()['site.yaml'])
    .replace('province_scope: ["46"]', `province_scope: ${scope}`),
});
/** The data row index of the register record of `code` starting on `from` (the first one by default). */
const recordOf = (t: CsvTable, code: string, from?: string) =>
  t.rows.findIndex((r) => r[0] === code && (from === undefined || r[t.header.indexOf('valid_from')] === from));

describe('register checks', () => {
  const t = demoTable(C);

  it('an ended unit that names no successor is a warning at its successors cell', () => {
    const i = recordOf(t, '20119');
    const v = validateWith({ [C]: toCsvText(withCell(t, i, 'successors', '')) });
    const issue = expectIssue(v, {
      file: C,
      row: excelRow(i),
      column: 'successors',
      code: 'unit-ended-no-successor',
      severity: 'warning',
    });
    expect(issue.message_vi).toContain('Xã Vinh Hải');
    expect(errors(v)).toEqual([]);
  });

  it('a unit without coordinates and without an outline is a warning; with an outline it is not', () => {
    const before = recordOf(t, '19966');
    const noCoords = withCell(withCell(t, before, 'lat', ''), before, 'lon', '');
    const v = validateWith({ [C]: toCsvText(noCoords) });
    expectIssue(v, { file: C, row: excelRow(before), column: 'lat', code: 'unit-no-location', severity: 'warning' });
    // Phường Thanh Thủy (19969 from 2025-07-01) has a real outline in the demo data.
    const after = recordOf(t, '19969', '2025-07-01');
    const w = validateWith({ [C]: toCsvText(withCell(withCell(t, after, 'lat', ''), after, 'lon', '')) });
    expect(w.issues.filter((i) => i.code === 'unit-no-location')).toEqual([]);
  });

  it('an unknown province_scope code is an error; a code whose province ended, a warning that says how to scope', () => {
    const unknown = validateWith(conCoData('["99"]'));
    expectIssue(unknown, {
      file: 'site.yaml',
      row: null,
      column: 'province_scope.0',
      code: 'scope-unknown',
      severity: 'error',
    });
    const ended = validateWith(conCoData('["45"]'));
    const issue = expectIssue(ended, {
      file: 'site.yaml',
      row: null,
      column: 'province_scope.0',
      code: 'scope-ended',
      severity: 'warning',
    });
    expect(issue.message_vi).toContain('44 Tỉnh Quảng Trị');
    expect(errors(ended), listIssues(ended.issues)).toEqual([]);
    // Scoped by period (the old code and the province its units went on to), there is nothing to say.
    const followed = validateWith(conCoData('["44", "45"]'));
    expect(
      followed.issues.filter((i) => i.code === 'scope-ended'),
      listIssues(followed.issues),
    ).toEqual([]);
  });

  it('Đặc khu is a commune-level type, and a district may be succeeded by one', () => {
    const v = validateWith(conCoData('["44", "45"]'));
    expect(errors(v), listIssues(v.issues)).toEqual([]);
    const reg = v.data!.register;
    const zone = reg.commune('19742', '2025-07-01')!;
    expect(zone.type).toBe('Đặc khu');
    expect(reg.formedFromDistricts(zone).map((d) => d.name)).toEqual(['Huyện Cồn Cỏ']);
    // A district successor that exists on no level on the next day is an error.
    const bad = validateWith({
      ...conCoData('["44"]'),
      'units/districts.csv': conCo['units/districts.csv']!.replace(',19742,', ',19999,'),
    });
    expectIssue(bad, {
      file: 'units/districts.csv',
      row: 2,
      column: 'successors',
      code: 'unit-successor-unknown',
      severity: 'error',
    });
  });
});
