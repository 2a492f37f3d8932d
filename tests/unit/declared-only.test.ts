/**
 * Provenance per row and published results without criteria (issue 12.8): a row may carry only the
 * declared total and result when the criteria were not published, checked against the framework's range
 * and bands; the `source` column marks a row as published (not illustrative) and reaches the downloads.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/lib/data/model/frameworks.ts';
import { longTable, resultsTable, tableRecords, wideTable } from '../../src/lib/data/export/tables.ts';
import {
  Y2018,
  Y2024,
  demoTable,
  errors,
  excelRow,
  expectIssue,
  modelWith,
  toCsvText,
  validateWith,
  type CsvTable,
} from './support/data.ts';

const base = modelWith();
const tt44 = base.frameworks.get('tt44-2014')!;
const tt25 = base.frameworks.get('tt25-2023')!;
const SOURCE = 'https://vinhhung.thuathienhue.gov.vn/?gd=14&cn=103&tc=22367';

/** The table with the `source` column added (if absent) and row `index` rewritten by `edit`. */
function edited(table: CsvTable, index: number, edit: (cells: Record<string, string>) => void): CsvTable {
  const header = table.header.includes('source') ? [...table.header] : [...table.header, 'source'];
  const rows = table.rows.map((r) => header.map((_, j) => r[j] ?? ''));
  const cells = Object.fromEntries(header.map((h, j) => [h, rows[index]![j]!]));
  edit(cells);
  rows[index] = header.map((h) => cells[h] ?? '');
  return { header, rows };
}

/** Clear every criterion cell of a row, then set total/result/source. */
const declaredOnly =
  (ids: string[], total: string, result: string, source = '') =>
  (c: Record<string, string>) => {
    for (const id of ids) c[id] = '';
    c.total = total;
    c.result = result;
    c.source = source;
  };

describe('rows that give only the published total and result', () => {
  const t = demoTable(Y2018);
  const ids = tt44.criteria.map((c) => c.id);
  const code = t.rows[3]![t.header.indexOf('commune_code')]!;
  const good = classify(tt44, {}, 92);

  it('are accepted with the declared total and class, marked as criteria not published, with their source', () => {
    const model = modelWith({ [Y2018]: toCsvText(edited(t, 3, declaredOnly(ids, '92', good.name.vi, SOURCE))) });
    const r = model.resultsOf('cong-dong-hoc-tap', 2018).find((x) => x.code === code)!;
    expect(r.total).toBe(92);
    expect(r.classId).toBe(good.id);
    expect(r.criteriaPublished).toBe(false);
    expect(r.scores).toEqual({});
    expect(r.source).toBe(SOURCE);
    // Ranked like any other total of its year.
    expect(r.rankProvince).toBeGreaterThanOrEqual(1);
    // Downloads: the wide file keeps the empty criteria and the source; the results table says the criteria
    // were not published; the long score table has no rows for it rather than blanks or zeros.
    const results = model.resultsOf('cong-dong-hoc-tap', 2018);
    const wide = tableRecords(wideTable(tt44, results)).find((x) => x.commune_code === code)!;
    expect(ids.map((id) => wide[id])).toEqual(ids.map(() => null));
    expect(wide.source).toBe(SOURCE);
    const rec = tableRecords(resultsTable(model, results)).find((x) => x.commune_code === code)!;
    expect(rec).toMatchObject({ total: 92, class_id: good.id, criteria_published: 0, source: SOURCE });
    const others = tableRecords(resultsTable(model, results)).filter((x) => x.commune_code !== code);
    expect(others.every((x) => x.criteria_published === 1 && x.source === null)).toBe(true);
    expect(tableRecords(longTable(model, results)).filter((x) => x.commune_code === code)).toEqual([]);
  });

  it('must give both the total and the result', () => {
    const v = validateWith({ [Y2018]: toCsvText(edited(t, 3, declaredOnly(ids, '92', ''))) });
    expectIssue(v, {
      file: Y2018,
      row: excelRow(3),
      column: 'result',
      code: 'declared-only-incomplete',
      severity: 'error',
    });
    const w = validateWith({ [Y2018]: toCsvText(edited(t, 3, declaredOnly(ids, '', good.name.vi))) });
    expectIssue(w, {
      file: Y2018,
      row: excelRow(3),
      column: 'total',
      code: 'declared-only-incomplete',
      severity: 'error',
    });
  });

  it('are checked against the framework range and bands', () => {
    const over = validateWith({
      [Y2018]: toCsvText(edited(t, 3, declaredOnly(ids, String(tt44.totalMax + 1), good.name.vi))),
    });
    const issue = expectIssue(over, {
      file: Y2018,
      row: excelRow(3),
      column: 'total',
      code: 'declared-total-range',
      severity: 'error',
    });
    expect(issue.message_vi).toContain(`0–${tt44.totalMax}`);
    const worst = tt44.classes.at(-1)!;
    const band = validateWith({ [Y2018]: toCsvText(edited(t, 3, declaredOnly(ids, '92', worst.name.vi))) });
    const b = expectIssue(band, {
      file: Y2018,
      row: excelRow(3),
      column: 'result',
      code: 'declared-result-band',
      severity: 'error',
    });
    expect(b.message_vi).toContain(good.name.vi);
  });

  it('a row with some criteria empty is still an error at each empty cell', () => {
    const v = validateWith({ [Y2018]: toCsvText(edited(t, 3, (c) => (c[ids[0]!] = ''))) });
    expectIssue(v, { file: Y2018, row: excelRow(3), column: ids[0]!, code: 'score-missing', severity: 'error' });
  });

  it('under a recognition framework, a level needs every target met', () => {
    const t24 = demoTable(Y2024);
    const tids = tt25.criteria.map((c) => c.id);
    const level = tt25.classes.find((c) => (c.min_level ?? 0) >= 1)!;
    const none = tt25.classes.find((c) => (c.min_level ?? 0) === 0)!;
    const n = tt25.criteria.length;
    expect(
      errors(validateWith({ [Y2024]: toCsvText(edited(t24, 0, declaredOnly(tids, String(n), level.name.vi))) })),
    ).toEqual([]);
    expect(
      errors(validateWith({ [Y2024]: toCsvText(edited(t24, 0, declaredOnly(tids, String(n - 2), none.name.vi))) })),
    ).toEqual([]);
    const v = validateWith({ [Y2024]: toCsvText(edited(t24, 0, declaredOnly(tids, String(n - 1), level.name.vi))) });
    expectIssue(v, {
      file: Y2024,
      row: excelRow(0),
      column: 'result',
      code: 'declared-result-band',
      severity: 'error',
    });
  });
});

describe('the source column', () => {
  const t = demoTable(Y2018);

  it('is optional: a file without it is clean and its rows have no source', () => {
    expect(t.header).not.toContain('source');
    expect(base.resultsOf('cong-dong-hoc-tap', 2018).every((r) => r.source === '')).toBe(true);
  });

  it.each([['javascript:alert(1)'], ['ftp://example.org/x'], ['data:text/html,x']])('rejects %s', (value) => {
    const v = validateWith({ [Y2018]: toCsvText(edited(t, 2, (c) => (c.source = value))) });
    expectIssue(v, { file: Y2018, row: excelRow(2), column: 'source', code: 'source-not-web', severity: 'error' });
  });

  it('accepts a document reference as plain text', () => {
    const ref = 'Quyết định số 12/QĐ-UBND ngày 04/04/2023';
    const model = modelWith({ [Y2018]: toCsvText(edited(t, 2, (c) => (c.source = ref))) });
    expect(model.resultsOf('cong-dong-hoc-tap', 2018).filter((r) => r.source === ref)).toHaveLength(1);
  });
});
