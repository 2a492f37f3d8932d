/**
 * Year files as staff write them: Vietnamese headings (one mapping table), codes in Excel's many forms,
 * abbreviated unit types, rows left empty for communes not assessed; and one clear error when the
 * header does not fit or belongs to another framework. Expected values come from the demo data.
 */
import { describe, expect, it } from 'vitest';
import {
  Y2018,
  Y2024,
  demoTable,
  errors,
  excelRow,
  expectIssue,
  issuesOf,
  listIssues,
  modelWith,
  toCsvText,
  validateWith,
  withCell,
  type CsvTable,
} from '../support/data.ts';
import { HEADING_ALIASES } from '../../../src/lib/data/validate/headings.ts';
import { normaliseCode } from '../../../src/lib/data/validate/codes.ts';

const t2018 = () => demoTable(Y2018);
const results = (changes: Record<string, string>) =>
  modelWith(changes)
    .resultsOf('cong-dong-hoc-tap', 2018)
    .map((r) => [r.code, r.total, r.classId]);

describe('Vietnamese headings', () => {
  it('the headings staff type map to the contract columns with one note', () => {
    const t = t2018();
    const vi: Record<string, string> = {
      commune_code: 'Mã xã',
      commune_name: 'Tên xã',
      total: 'Tổng điểm',
      result: 'Xếp loại',
      decision_number: 'Số quyết định',
      decision_date: 'Ngày quyết định',
      note: 'Ghi chú',
    };
    const header = t.header.map(
      (h, i) => vi[h] ?? (i % 2 ? `TC${Number(h.slice(2))}` : `Tiêu chí ${Number(h.slice(2))}`),
    );
    const v = validateWith({ [Y2018]: toCsvText({ header, rows: t.rows }) });
    expect(errors(v), listIssues(v.issues)).toEqual([]);
    expect(issuesOf(v, Y2018).map((i) => i.code)).toEqual(['header-mapped']);
    expect(results({ [Y2018]: toCsvText({ header, rows: t.rows }) })).toEqual(results({}));
  });

  it('every alias in the table folds to a distinct column', () => {
    const seen = new Map<string, string>();
    for (const [column, aliases] of Object.entries(HEADING_ALIASES)) {
      for (const a of aliases) {
        const key = a
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/đ/gi, 'd')
          .toLowerCase();
        expect(seen.get(key) ?? column, a).toBe(column);
        seen.set(key, column);
      }
    }
  });

  it('the TT 44 layout used for a TT 25 year is one error naming dataset.yaml, the framework and the template', () => {
    const v = validateWith({ [Y2024]: toCsvText(t2018()) });
    const own = errors(v, Y2024);
    expect(own.map((i) => i.code)).toEqual(['framework-mismatch']);
    const issue = expectIssue(v, { file: Y2024, row: 1, column: null, code: 'framework-mismatch', severity: 'error' });
    expect(issue.problem.vi).toContain('datasets/cong-dong-hoc-tap/dataset.yaml');
    expect(issue.problem.vi).toContain('TT 25/2023 (tt25-2023)');
    expect(issue.problem.vi).toContain('TT 44/2014 (tt44-2014)');
    expect(issue.fix!.vi).toContain('du-lieu/mau/cong-dong-hoc-tap/2024.');
  });
});

describe('codes and names as staff write them', () => {
  it.each(['19.960', '19960.0', '19 960', "'19960", '="19960"', '19,960'])('code %s reads as 19960', (form) => {
    expect(normaliseCode(form)).toBe('19960');
  });

  it('codes in those forms give the same results, with one note per file', () => {
    const t = t2018();
    const forms = ['19.960', '19963.0', "'19966", '="19969"'];
    let bad: CsvTable = t;
    forms.forEach(
      (f, i) =>
        (bad = withCell(
          bad,
          i,
          'commune_code',
          f
            .replace(/\d{5}/, t.rows[i]![0]!)
            .replace(/^(\d\d)\.\d{3}$/, `${t.rows[i]![0]!.slice(0, 2)}.${t.rows[i]![0]!.slice(2)}`),
        )),
    );
    const v = validateWith({ [Y2018]: toCsvText(bad) });
    expect(errors(v), listIssues(v.issues)).toEqual([]);
    expect(issuesOf(v, Y2018).map((i) => [i.code, i.severity])).toEqual([['code-normalised', 'info']]);
    expect(results({ [Y2018]: toCsvText(bad) })).toEqual(results({}));
  });

  it.each(['="19960"', '19.960'])('in the unit register %s is not a code: code-syntax at its cell', (form) => {
    const file = 'units/communes.csv';
    const t = demoTable(file);
    const i = t.rows.findIndex((r) => r[0] === '19960');
    const v = validateWith({ [file]: toCsvText(withCell(t, i, 'code', form)) });
    expectIssue(v, { file, row: excelRow(i), column: 'code', code: 'code-syntax', severity: 'error' });
  });

  it('a year-file code that is not digits is one error at its cell, not two', () => {
    const t = t2018();
    const v = validateWith({ [Y2018]: toCsvText(withCell(t, 2, 'commune_code', 'abc')) });
    expect(errors(v, Y2018).map((i) => [i.code, i.row, i.column])).toEqual([
      ['code-syntax', excelRow(2), 'commune_code'],
    ]);
  });

  it('abbreviated unit types are accepted when the code agrees, a wrong name still is not', () => {
    const t = t2018();
    const name = (i: number) => t.rows[i]![1]!;
    const abbreviate = (n: string) =>
      n
        .replace(/^Phường /, 'P.')
        .replace(/^Xã /, 'X. ')
        .replace(/^Thị trấn /, 'TT ');
    let changed: CsvTable = t;
    for (let i = 0; i < t.rows.length; i++) changed = withCell(changed, i, 'commune_name', abbreviate(name(i)));
    expect(errors(validateWith({ [Y2018]: toCsvText(changed) }))).toEqual([]);
    const wrong = withCell(t, 0, 'commune_name', `P. ${name(1).replace(/^\S+ /, '')}`);
    expect(errors(validateWith({ [Y2018]: toCsvText(wrong) })).map((i) => i.code)).toEqual(['name-mismatch']);
  });

  it('rows with only a code and a name are communes not assessed: left out, with one note', () => {
    const t = t2018();
    const blank = t.header.map((_, j) => (j < 2 ? t.rows[0]![j]! : ''));
    const v = validateWith({ [Y2018]: toCsvText({ header: t.header, rows: [...t.rows.slice(1), blank] }) });
    expect(errors(v)).toEqual([]);
    const note = expectIssue(v, { file: Y2018, row: null, column: null, code: 'rows-not-assessed', severity: 'info' });
    expect(note.problem.en).toContain(`Rows ${t.rows.length + 1}`);
    expect(
      new Set(v.data!.rows.filter((r) => r.year === 2018 && r.dataset === 'cong-dong-hoc-tap').map((r) => r.code)).has(
        t.rows[0]![0]!,
      ),
    ).toBe(false);
  });
});
