/**
 * .xlsx year files written by LibreOffice (tests/fixtures/xlsx/, made by make-xlsx-fixtures.ts) go
 * through the same validation as CSV and give the same published values; what only a workbook can hold
 * (several sheets, title rows, formulas, hidden rows, merged or error cells) is reported by sheet and
 * cell. Expected values come from the demo CSV through the same validator, never typed in.
 */
import { describe, expect, it } from 'vitest';
import type { Validation } from '../../../src/lib/data/validate/index.ts';
import { SiteModel } from '../../../src/lib/data/model/index.ts';
import { locate } from '../../../src/lib/data/validate/report.ts';
import { Y2018, errors, fixture, issuesOf, listIssues, validateWith } from '../support/data.ts';

const X2018 = 'datasets/cong-dong-hoc-tap/2018.xlsx';
const asXlsx = (name: string) => validateWith({ [Y2018]: null, [X2018]: fixture(`xlsx/${name}`) });

/** What the site publishes for 2018: per code, scores, total, class, ranks and decision. */
function published(v: Validation) {
  expect(errors(v), listIssues(v.issues)).toEqual([]);
  return new SiteModel(v.data!).resultsOf('cong-dong-hoc-tap', 2018).map((r) => ({
    code: r.code,
    scores: r.scores,
    total: r.total,
    classId: r.classId,
    ranks: [r.rankDistrict, r.rankProvince],
    decision: [r.decisionNumber, r.decisionDate],
    note: r.note,
  }));
}

const reference = () => published(validateWith());
const only = (v: Validation, code: string) => issuesOf(v, X2018).filter((i) => i.code === code);

describe('.xlsx year files saved by LibreOffice', () => {
  it('the demo 2018 table saved as .xlsx publishes exactly what the CSV publishes', () => {
    const v = asXlsx('demo-2018.xlsx');
    expect(published(v)).toEqual(reference());
    // Codes typed without the Text format are stored as numbers: read as text codes, with a note.
    const note = only(v, 'code-stored-as-number');
    expect(note).toHaveLength(1);
    expect(note[0]!.severity).toBe('info');
    expect(note[0]!.cell).toBe('A2');
  });

  it("a staff workbook (instructions sheet, title rows, Vietnamese headings, formulas, Excel's code forms) reads the same", () => {
    const v = asXlsx('staff-2018.xlsx');
    expect(published(v)).toEqual(reference());
    const chosen = only(v, 'xlsx-sheet-chosen')[0]!;
    expect(chosen.problem.vi).toContain('đã đọc trang "Năm 2018"');
    expect(only(v, 'header-row-found')[0]!.row).toBe(3);
    expect(only(v, 'header-mapped')[0]!.problem.vi).toContain('Mã xã → commune_code');
    expect(only(v, 'xlsx-formulas')[0]!.problem.en).toMatch(/^\d+ cells hold formulas/);
    const hidden = only(v, 'xlsx-hidden')[0]!;
    expect(hidden.severity).toBe('warning');
    expect(hidden.problem.en).toContain('Hidden rows (9)');
    expect(only(v, 'code-normalised')[0]!.problem.en).toContain('"19.963" was read as "19963"');
    // The merged title above the header is not data and is not reported.
    expect(only(v, 'xlsx-merged')).toEqual([]);
    // Abbreviated unit types (P. Phú Bài, X. Thủy Thanh) are accepted: the code agrees.
    expect(only(v, 'name-mismatch')).toEqual([]);
  });

  it('mistakes only a workbook can hold are located by sheet and cell', () => {
    const v = asXlsx('bad-2018.xlsx');
    const at = (code: string) => only(v, code).map((i) => `${i.sheet}!${i.cell} ${i.column}`);
    expect(at('xlsx-error-value')).toEqual(['2018!E3 tc03']);
    expect(only(v, 'xlsx-error-value')[0]!.problem.en).toContain('#DIV/0!');
    expect(at('score-not-number')).toContain('2018!F4 tc04');
    expect(only(v, 'xlsx-merged')[0]!.problem.en).toContain('G6:H6');
    expect(at('score-missing')).toEqual(['2018!H6 tc06']);
    // A date typed where a score belongs is not a number.
    expect(at('score-not-number')).toContain('2018!C5 tc01');
    const f4 = only(v, 'score-not-number').find((i) => i.cell === 'F4')!;
    expect(locate(f4)).toBe('trang tính "2018", ô F4, dòng 4, cột tc04 / sheet "2018", cell F4, row 4, column tc04');
    expect(v.data).toBeNull();
  });

  it('a formula without a cached value is an error at its cell', () => {
    const v = asXlsx('formula-no-value.xlsx');
    const [issue] = only(v, 'xlsx-formula-no-value');
    expect(issue).toMatchObject({ severity: 'error', sheet: '2018', cell: 'R3', column: 'total', row: 3 });
    expect(errors(v)).toHaveLength(1);
  });
});

describe('bad spreadsheets: one clear error each, nothing published', () => {
  it.each([
    ['truncated.xlsx', 'file-content-mismatch', 'damaged zip'],
    ['csv-renamed.xlsx', 'file-content-mismatch', 'holds CSV text'],
    ['password-protected.xlsx', 'file-content-mismatch', 'password-protected'],
    ['empty.xlsx', 'file-empty', 'empty'],
  ])('%s', (name, code, words) => {
    const v = asXlsx(name);
    const errs = errors(v);
    expect(errs.map((i) => `${i.file} ${i.code}`)).toEqual([`${X2018} ${code}`]);
    expect(errs[0]!.message_en).toContain(words);
    expect(errs[0]!.fix?.vi).toBeTruthy();
    expect(v.data).toBeNull();
  });

  it('an Excel workbook saved under a .csv name is recognised by its bytes', () => {
    const v = validateWith({ [Y2018]: fixture('xlsx/demo-2018.xlsx') });
    const [issue] = errors(v);
    expect(issue).toMatchObject({ file: Y2018, code: 'file-content-mismatch' });
    expect(issue!.problem.en).toBe('"2018.csv" is named .csv but holds an Excel workbook (.xlsx).');
    expect(issue!.fix!.en).toContain('.xlsx');
  });
});
