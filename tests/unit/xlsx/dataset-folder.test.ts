/**
 * Nothing in a dataset folder is ignored silently: files that are not year files are reported with what
 * their bytes show and how to save them; year names are unique case-insensitively; one year given as
 * both .csv and .xlsx is an error naming both.
 */
import { describe, expect, it } from 'vitest';
import { Y2018, demoFiles, errors, expectIssue, fixture, issuesOf, validateWith } from '../support/data.ts';

const D = 'datasets/cong-dong-hoc-tap';
const csv2018 = () => demoFiles()[Y2018]!;

describe('entries of a dataset folder', () => {
  it('2018.csv next to 2018.CSV is an error naming both, not every 2018 result counted twice', () => {
    const v = validateWith({ [`${D}/2018.CSV`]: csv2018() });
    for (const file of [Y2018, `${D}/2018.CSV`]) {
      const issue = expectIssue(v, { file, row: null, column: null, code: 'year-file-duplicate', severity: 'error' });
      expect(issue.problem.en).toContain('2018.CSV, 2018.csv');
    }
    expect(v.data).toBeNull();
  });

  it('one year as both .csv and .xlsx is an error naming both files', () => {
    const v = validateWith({ [`${D}/2018.xlsx`]: fixture('xlsx/demo-2018.xlsx') });
    const issue = expectIssue(v, {
      file: `${D}/2018.xlsx`,
      row: null,
      column: null,
      code: 'year-file-two-formats',
      severity: 'error',
    });
    expect(issue.problem.vi).toContain('2018.csv, 2018.xlsx');
    expectIssue(v, { file: Y2018, row: null, column: null, code: 'year-file-two-formats', severity: 'error' });
  });

  it.each([
    ['2018 (1).csv', 'CSV text'],
    ['2018.csv.bak', 'CSV text'],
    ['2018.xls', 'Excel 97–2003'],
    ['2018.ods', 'OpenDocument'],
  ])('%s is reported as an error saying what it is', (name, what) => {
    const bytes = name.endsWith('.xls') ? fixture('xlsx/excel-97.xls') : name.endsWith('.ods') ? odsBytes() : csv2018();
    const v = validateWith({ [`${D}/${name}`]: bytes });
    const issue = expectIssue(v, {
      file: `${D}/${name}`,
      row: null,
      column: null,
      code: 'dataset-file-unknown',
      severity: 'error',
    });
    expect(issue.problem.en).toContain(what);
    expect(issue.fix?.en).toContain('Name it after the year');
  });

  it('lock files, system files and documents are warnings: never published, never silent', () => {
    const v = validateWith({
      [`${D}/~$2018.xlsx`]: new Uint8Array([1, 2, 3]),
      [`${D}/.DS_Store`]: new Uint8Array([0, 0, 0, 1]),
      [`${D}/quyet-dinh.pdf`]: new TextEncoder().encode('%PDF-1.7\n'),
    });
    expect(errors(v)).toEqual([]);
    const kinds = issuesOf(v, `${D}/~$2018.xlsx`).concat(
      issuesOf(v, `${D}/.DS_Store`),
      issuesOf(v, `${D}/quyet-dinh.pdf`),
    );
    expect(kinds.map((i) => [i.code, i.severity])).toEqual(Array(3).fill(['dataset-file-ignored', 'warning']));
    expect(issuesOf(v, `${D}/~$2018.xlsx`)[0]!.fix?.en).toContain('Close the workbook');
    expect(v.data!.datasets.find((d) => d.id === 'cong-dong-hoc-tap')!.years).toEqual(
      validateWith().data!.datasets.find((d) => d.id === 'cong-dong-hoc-tap')!.years,
    );
  });
});

/** A minimal OpenDocument spreadsheet container: the mimetype entry first, stored, as ODF requires. */
function odsBytes(): Uint8Array {
  const mime = new TextEncoder().encode('application/vnd.oasis.opendocument.spreadsheet');
  const name = new TextEncoder().encode('mimetype');
  const header = new Uint8Array(30 + name.length);
  const view = new DataView(header.buffer);
  view.setUint32(0, 0x04034b50, true);
  view.setUint32(18, mime.length, true);
  view.setUint32(22, mime.length, true);
  view.setUint16(26, name.length, true);
  header.set(name, 30);
  const out = new Uint8Array(header.length + mime.length);
  out.set(header);
  out.set(mime, header.length);
  return out;
}
