/**
 * Bad input, the shape of a year file: semicolon delimiters, decimal commas, blank trailing rows and
 * columns, missing or extra columns — read right with a note, or rejected at the header cell.
 */
import { describe, expect, it } from 'vitest';
import {
  Y2018,
  cell,
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
} from './support/data.ts';

const table = () => demoTable(Y2018);
const results2018 = (csv: string) =>
  modelWith({ [Y2018]: csv })
    .resultsOf('cong-dong-hoc-tap', 2018)
    .map((r) => ({ code: r.code, scores: r.scores, total: r.total, classId: r.classId }));
const reference = () => results2018(toCsvText(table()));

/** A score cell with a half point, to turn into a decimal comma. */
function halfPoint(t: CsvTable): { index: number; column: string; value: string } {
  for (let index = 0; index < t.rows.length; index++) {
    for (const column of t.header.filter((h) => /^tc\d+$/.test(h))) {
      const value = cell(t, index, column);
      if (value.includes('.')) return { index, column, value };
    }
  }
  throw new Error('no half point in the demo file');
}

describe('delimiters and decimal commas', () => {
  it('a semicolon file with decimal commas is read to the same numbers, with notes', () => {
    const t = table();
    const commas: CsvTable = {
      header: t.header,
      rows: t.rows.map((r) => r.map((c) => (/^\d+\.\d+$/.test(c) ? c.replace('.', ',') : c))),
    };
    const csv = toCsvText(commas, ';');
    const v = validateWith({ [Y2018]: csv });
    expect(errors(v), listIssues(v.issues)).toEqual([]);
    expectIssue(v, { file: Y2018, row: null, column: null, code: 'delimiter-semicolon', severity: 'info' });
    const { index, column, value } = halfPoint(t);
    const note = expectIssue(v, { file: Y2018, row: excelRow(index), column, code: 'decimal-comma', severity: 'info' });
    expect(note.message_vi).toContain(value.replace('.', ','));
    expect(results2018(csv)).toEqual(reference());
  });

  it('"8,5" in a quoted cell of a comma file is read as 8.5', () => {
    const t = table();
    const { index, column, value } = halfPoint(t);
    const csv = toCsvText(withCell(t, index, column, value.replace('.', ',')));
    expect(csv).toContain(`"${value.replace('.', ',')}"`);
    const v = validateWith({ [Y2018]: csv });
    expectIssue(v, { file: Y2018, row: excelRow(index), column, code: 'decimal-comma', severity: 'info' });
    const code = cell(t, index, 'commune_code');
    const result = modelWith({ [Y2018]: csv })
      .resultsOf('cong-dong-hoc-tap', 2018)
      .find((r) => r.code === code)!;
    expect(result.scores[column]).toBe(Number(value));
  });

  it('an unquoted "8,5" in a comma file splits the row: rejected, not misread', () => {
    const t = table();
    const { index, column, value } = halfPoint(t);
    const lines = toCsvText(t).split('\r\n');
    const cells = lines[index + 1]!.split(',');
    cells[t.header.indexOf(column)] = value.replace('.', ',');
    lines[index + 1] = cells.join(',');
    const v = validateWith({ [Y2018]: lines.join('\r\n') });
    const issue = expectIssue(v, {
      file: Y2018,
      row: excelRow(index),
      column: null,
      code: 'row-too-long',
      severity: 'error',
    });
    expect(issue.message_en).toContain('decimal comma');
    expect(v.data).toBeNull();
  });
});

describe('blank trailing rows and columns', () => {
  it('are set aside with a note and change nothing', () => {
    const t = table();
    const wide: CsvTable = { header: [...t.header, '', ''], rows: t.rows.map((r) => [...r, '', '']) };
    const blank = wide.header.map(() => '');
    const csv = toCsvText({ header: wide.header, rows: [...wide.rows, blank, blank, blank] });
    const v = validateWith({ [Y2018]: csv });
    expect(errors(v), listIssues(v.issues)).toEqual([]);
    const rows = expectIssue(v, { file: Y2018, row: null, column: null, code: 'blank-rows', severity: 'info' });
    const first = excelRow(t.rows.length);
    expect(rows.message_en).toContain(`${first}, ${first + 1}, ${first + 2}`);
    const cols = expectIssue(v, { file: Y2018, row: null, column: null, code: 'blank-columns', severity: 'info' });
    expect(cols.message_en).toContain('2');
    expect(results2018(csv)).toEqual(reference());
  });

  it('an Excel used range of 200,000 blank columns above thousands of blank rows is set aside, not rescanned per column', () => {
    // The header and every row carry 200,000 trailing commas (Excel's used range reached far right):
    // trimming scans each cell once, so this reads the demo file unchanged (it used to take minutes).
    const t = table();
    const pad = ','.repeat(200_000);
    const lines = toCsvText(t)
      .trimEnd()
      .split('\r\n')
      .map((l) => l + pad);
    const blank = Array.from({ length: 5_000 }, () => ',');
    const csv = [...lines, ...blank].join('\r\n');
    const v = validateWith({ [Y2018]: csv });
    expect(errors(v), listIssues(v.issues)).toEqual([]);
    const cols = expectIssue(v, { file: Y2018, row: null, column: null, code: 'blank-columns', severity: 'info' });
    expect(cols.message_en).toContain('200000');
    expect(results2018(csv)).toEqual(reference());
  }, 30_000);

  it('a blank row in the middle keeps the Excel numbers of the rows below it', () => {
    const t = table();
    const rows = [...t.rows];
    rows.splice(
      2,
      0,
      t.header.map(() => ''),
    );
    const bad = withCell({ header: t.header, rows }, 5, 'tc01', 'x');
    const v = validateWith({ [Y2018]: toCsvText(bad) });
    expectIssue(v, { file: Y2018, row: excelRow(5), column: 'tc01', code: 'score-not-number', severity: 'error' });
  });
});

describe('missing and extra columns', () => {
  const drop = (t: CsvTable, column: string): CsvTable => {
    const j = t.header.indexOf(column);
    return { header: t.header.filter((_, k) => k !== j), rows: t.rows.map((r) => r.filter((_, k) => k !== j)) };
  };

  it('a missing criterion column is one header error naming it, not one error per row', () => {
    const v = validateWith({ [Y2018]: toCsvText(drop(table(), 'tc05')) });
    const issue = expectIssue(v, { file: Y2018, row: 1, column: null, code: 'header-mismatch', severity: 'error' });
    expect(issue.problem.en).toContain('Missing columns: tc05.');
    expect(issuesOf(v, Y2018).filter((i) => i.severity === 'error')).toHaveLength(1);
    expect(v.data).toBeNull();
  });

  it('a missing commune_code column is one header error listing the expected columns', () => {
    const v = validateWith({ [Y2018]: toCsvText(drop(table(), 'commune_code')) });
    const issue = expectIssue(v, { file: Y2018, row: 1, column: null, code: 'header-mismatch', severity: 'error' });
    expect(issue.fix?.vi).toContain('commune_code (Mã xã), commune_name (Tên xã), tc01 (Tiêu chí 1)');
    expect(issuesOf(v, Y2018).filter((i) => i.severity === 'error')).toHaveLength(1);
  });

  it('optional columns may be left out', () => {
    let t = table();
    for (const c of ['commune_name', 'total', 'result', 'decision_number', 'decision_date', 'note']) t = drop(t, c);
    const v = validateWith({ [Y2018]: toCsvText(t) });
    expect(issuesOf(v, Y2018)).toEqual([]);
    expect(results2018(toCsvText(t))).toEqual(reference());
  });

  it('an extra column is reported with the valid names', () => {
    const t = table();
    const extra: CsvTable = { header: [...t.header, 'tc16'], rows: t.rows.map((r) => [...r, '5']) };
    const v = validateWith({ [Y2018]: toCsvText(extra) });
    const issue = expectIssue(v, { file: Y2018, row: 1, column: null, code: 'header-mismatch', severity: 'error' });
    expect(issue.problem.vi).toContain('Không nhận ra cột: "tc16"');
    expect(issue.message_vi).toContain('tc15');
  });

  it('a duplicated column and data under no header are reported', () => {
    const t = table();
    const dup: CsvTable = {
      header: [...t.header, 'tc01', ''],
      rows: t.rows.map((r, i) => [...r, r[2]!, i === 0 ? 'x' : '']),
    };
    const v = validateWith({ [Y2018]: toCsvText(dup) });
    expectIssue(v, { file: Y2018, row: 1, column: 'tc01', code: 'column-duplicate', severity: 'error' });
    const noHeader = expectIssue(v, { file: Y2018, row: 1, column: null, code: 'column-no-header', severity: 'error' });
    expect(noHeader.message_en).toContain(String(t.header.length + 2));
  });

  it('an empty file is rejected on row 1', () => {
    const v = validateWith({ [Y2018]: '' });
    expectIssue(v, { file: Y2018, row: 1, column: null, code: 'file-empty', severity: 'error' });
  });
});

describe('line ends', () => {
  it('rows added with LF to a CRLF file (or old Mac CR) are read as rows', () => {
    const t = demoTable(Y2018);
    const lines = toCsvText(t)
      .split('\r\n')
      .filter((l) => l !== '');
    const mixed = lines.slice(0, -2).join('\r\n') + '\n' + lines.at(-2) + '\r' + lines.at(-1) + '\n';
    const v = validateWith({ [Y2018]: mixed });
    expect(errors(v), listIssues(v.issues)).toEqual([]);
    expect(results2018(mixed)).toEqual(reference());
  });
});
