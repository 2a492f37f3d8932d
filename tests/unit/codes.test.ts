/**
 * Bad input, commune codes: codes that lost their leading zeros, unknown, duplicate and retired codes,
 * and a reused code resolving to the unit that bore it on 31 December of the file's year.
 */
import { describe, expect, it } from 'vitest';
import {
  Y2018,
  Y2024,
  cell,
  demoFiles,
  demoTable,
  errors,
  excelRow,
  expectIssue,
  listIssues,
  modelWith,
  rowOf,
  toCsvText,
  validateWith,
  withCell,
  type CsvTable,
} from './support/data.ts';

const text = (path: string) => new TextDecoder().decode(demoFiles()[path]!).replace(/\r?\n?$/, '\n');
const withRow = (t: CsvTable, row: string[]): CsvTable => ({ header: t.header, rows: [...t.rows, row] });

/**
 * A register that also holds a Hà Nội ward whose GSO code starts with zeros (00004 Phường Trúc Bạch,
 * Quận Ba Đình 001, Hà Nội 01), the way Excel drops them when the column is formatted as a number.
 */
const zeroRegister = {
  'units/provinces.csv':
    text('units/provinces.csv') + '01,Thành phố Hà Nội,Thành phố trực thuộc trung ương,2015-01-01,,\n',
  'units/districts.csv': text('units/districts.csv') + '001,Quận Ba Đình,Quận,01,2015-01-01,,\n',
  'units/communes.csv':
    text('units/communes.csv') + '00004,Phường Trúc Bạch,Phường,001,01,2015-01-01,,,21.045,105.841,\n',
};

describe('codes that lost their leading zeros', () => {
  const t = demoTable(Y2018);
  const copy = (code: string) =>
    withCell(
      withCell({ header: t.header, rows: [t.rows[0]!] }, 0, 'commune_code', code),
      0,
      'commune_name',
      'Phường Trúc Bạch',
    ).rows[0]!;

  it('"4" is read as "00004" when the register uses 5 digits, with a warning', () => {
    const file = toCsvText(withRow(t, copy('4')));
    const v = validateWith({ ...zeroRegister, [Y2018]: file });
    expect(errors(v), listIssues(v.issues)).toEqual([]);
    const issue = expectIssue(v, {
      file: Y2018,
      row: excelRow(t.rows.length),
      column: 'commune_code',
      code: 'code-leading-zeros',
      severity: 'warning',
    });
    expect(issue.message_vi).toContain('00004');
    expect(issue.message_vi).toContain('Văn bản');
    const result = modelWith({ ...zeroRegister, [Y2018]: file })
      .resultsOf('cong-dong-hoc-tap', 2018)
      .find((r) => r.code === '00004');
    expect(result?.unitKey).toBe('00004@2015-01-01');
    expect(result?.districtCode).toBe('001');
  });

  it('a short code that is not in the register even when padded is unknown, shown as typed', () => {
    const v = validateWith({ ...zeroRegister, [Y2018]: toCsvText(withRow(t, copy('7'))) });
    const issue = expectIssue(v, {
      file: Y2018,
      row: excelRow(t.rows.length),
      column: 'commune_code',
      code: 'code-unknown',
      severity: 'error',
    });
    expect(issue.message_vi).toContain('"7"');
  });
});

describe('unknown, duplicate and retired codes', () => {
  it('an unknown code is an error at its cell', () => {
    const t = demoTable(Y2018);
    const v = validateWith({ [Y2018]: toCsvText(withCell(t, 3, 'commune_code', '99999')) });
    const issue = expectIssue(v, {
      file: Y2018,
      row: excelRow(3),
      column: 'commune_code',
      code: 'code-unknown',
      severity: 'error',
    });
    expect(issue.message_en).toContain('99999');
    expect(issue.message_en).toContain('units/communes.csv');
  });

  it('a missing code is an error at its cell', () => {
    const t = demoTable(Y2018);
    const v = validateWith({ [Y2018]: toCsvText(withCell(t, 4, 'commune_code', '')) });
    expectIssue(v, { file: Y2018, row: excelRow(4), column: 'commune_code', code: 'code-missing', severity: 'error' });
  });

  it('a duplicate row is reported on the second row, naming the first', () => {
    const t = demoTable(Y2018);
    const v = validateWith({ [Y2018]: toCsvText(withRow(t, [...t.rows[2]!])) });
    const issue = expectIssue(v, {
      file: Y2018,
      row: excelRow(t.rows.length),
      column: 'commune_code',
      code: 'code-duplicate',
      severity: 'error',
    });
    expect(issue.message_vi).toContain(`dòng ${excelRow(2)}`);
    expect(issue.message_en).toContain(`row ${excelRow(2)}`);
  });

  it('a retired code (Vinh Hải, merged in 2020) in the 2024 file: code-not-valid-in-year, naming the old unit', () => {
    const t = demoTable(Y2024);
    const v = validateWith({
      [Y2024]: toCsvText(withCell(withCell(t, 0, 'commune_code', '20119'), 0, 'commune_name', '')),
    });
    const issue = expectIssue(v, {
      file: Y2024,
      row: excelRow(0),
      column: 'commune_code',
      code: 'code-not-valid-in-year',
      severity: 'error',
    });
    expect(issue.message_vi).toContain('Xã Vinh Hải');
    expect(issue.message_vi).toContain('31/12/2024');
    expect(v.data).toBeNull();
  });
});

describe('a reused code resolves to the unit valid on 31 December of the year', () => {
  it('20122 in 2018 is Xã Vinh Giang; in 2024 it is Xã Giang Hải', () => {
    const model = modelWith();
    const in2018 = model.resultsOf('cong-dong-hoc-tap', 2018).find((r) => r.code === '20122')!;
    const in2024 = model.resultsOf('cong-dong-hoc-tap', 2024).find((r) => r.code === '20122')!;
    expect(model.unitOf(in2018).name).toBe('Xã Vinh Giang');
    expect(model.unitOf(in2024).name).toBe('Xã Giang Hải');
    expect(in2018.unitKey).not.toBe(in2024.unitKey);
    const t = demoTable(Y2018);
    expect(cell(t, rowOf(t, '20122'), 'commune_name')).toBe('Xã Vinh Giang');
  });

  it('the name of the other unit that bore the code is a mismatch', () => {
    const t = demoTable(Y2018);
    const index = rowOf(t, '20122');
    const v = validateWith({ [Y2018]: toCsvText(withCell(t, index, 'commune_name', 'Xã Giang Hải')) });
    const issue = expectIssue(v, {
      file: Y2018,
      row: excelRow(index),
      column: 'commune_name',
      code: 'name-mismatch',
      severity: 'error',
    });
    expect(issue.message_vi).toContain('Xã Vinh Giang');
  });
});
