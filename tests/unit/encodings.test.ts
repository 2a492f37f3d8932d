/**
 * Bad input, encodings: the same year file saved the ways Excel and old Vietnamese tools save it must be
 * read to the same values (with a note saying what was found), or rejected as garbled — never misread.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Validation } from '../../src/lib/data/validate/index.ts';
import { SiteModel } from '../../src/lib/data/model/index.ts';
import { Y2018, errors, excelRow, expectIssue, fixture, issuesOf, listIssues, validateWith } from './support/data.ts';

const FILES = [
  'source-utf8.csv',
  'utf8-bom.csv',
  'utf16le-bom-tab.csv',
  'utf16le-nobom-tab.csv',
  'windows-1258.csv',
  'tcvn3.csv',
  'tcvn3-as-utf8.csv',
];

/** What a citizen would see from the 2018 file: per code, the name, scores, total and class. */
function seen(v: Validation) {
  expect(errors(v), listIssues(v.issues)).toEqual([]);
  return new SiteModel(v.data!).resultsOf('cong-dong-hoc-tap', 2018).map((r) => ({
    code: r.code,
    name: r.nameInFile,
    scores: r.scores,
    total: r.total,
    classId: r.classId,
    decision: r.decisionNumber,
  }));
}

const source = () => new TextDecoder().decode(fixture('encodings/source-utf8.csv'));
const reference = () => seen(validateWith({ [Y2018]: fixture('encodings/source-utf8.csv') }));

describe('fixtures', () => {
  it.each(FILES)('%s is committed and not empty', (name) => {
    expect(fixture(`encodings/${name}`).length).toBeGreaterThan(100);
  });

  it('the reference file holds the row of Xã Thủy Thanh', () => {
    expect(source()).toContain('19966,Xã Thủy Thanh,');
  });
});

describe('accepted encodings read the same values as UTF-8', () => {
  it('UTF-8 without BOM: no note at all', () => {
    const v = validateWith({ [Y2018]: fixture('encodings/source-utf8.csv') });
    expect(issuesOf(v, Y2018)).toEqual([]);
    const rows = reference();
    expect(rows.map((r) => r.code)).toEqual(
      Papa.parse<string[]>(source().trim())
        .data.slice(1)
        .map((r) => r[0]),
    );
    expect(rows.find((r) => r.code === '19966')?.name).toBe('Xã Thủy Thanh');
  });

  it('UTF-8 with BOM: the BOM is not part of the first column name', () => {
    const v = validateWith({ [Y2018]: fixture('encodings/utf8-bom.csv') });
    expect(issuesOf(v, Y2018)).toEqual([]);
    expect(seen(v)).toEqual(reference());
  });

  it.each(['utf16le-bom-tab.csv', 'utf16le-nobom-tab.csv'])(
    'UTF-16 "Unicode text" (%s): read right, with a note',
    (name) => {
      const v = validateWith({ [Y2018]: fixture(`encodings/${name}`) });
      expect(seen(v)).toEqual(reference());
      const note = expectIssue(v, {
        file: Y2018,
        row: null,
        column: null,
        code: 'encoding-utf16',
        severity: 'warning',
      });
      expect(note.message_vi).toContain('CSV UTF-8');
      expect(note.message_en).toContain('CSV UTF-8');
      expectIssue(v, { file: Y2018, row: null, column: null, code: 'delimiter-semicolon', severity: 'info' });
    },
  );

  it('Windows-1258 (Excel "CSV" on Vietnamese Windows): names decoded and matched, with a note', () => {
    const v = validateWith({ [Y2018]: fixture('encodings/windows-1258.csv') });
    const rows = seen(v);
    expect(rows).toEqual(reference());
    expect(rows.find((r) => r.code === '19966')?.name).toBe('Xã Thủy Thanh');
    const note = expectIssue(v, { file: Y2018, row: null, column: null, code: 'encoding-legacy', severity: 'warning' });
    expect(note.message_en).toContain('CSV UTF-8');
    expect(issuesOf(v, Y2018)).toHaveLength(1);
  });
});

describe('TCVN3 (.VnTime) text is rejected as garbled, where it is', () => {
  const row = excelRow(
    Papa.parse<string[]>(source().trim())
      .data.slice(1)
      .findIndex((r) => r[0] === '19966'),
  );

  it('TCVN3 bytes: "Thủy Thanh" is reported garbled at its row and column', () => {
    const v = validateWith({ [Y2018]: fixture('encodings/tcvn3.csv') });
    const issue = expectIssue(v, { file: Y2018, row, column: 'commune_name', code: 'text-garbled', severity: 'error' });
    expect(issue.message_vi).toContain('TCVN3');
    expect(issue.message_en).toContain('Unicode');
    expect(v.data).toBeNull();
  });

  it('TCVN3 text saved as "CSV UTF-8" from a .VnTime sheet is garbled too', () => {
    const v = validateWith({ [Y2018]: fixture('encodings/tcvn3-as-utf8.csv') });
    expectIssue(v, { file: Y2018, row, column: 'commune_name', code: 'text-garbled', severity: 'error' });
    expect(issuesOf(v, Y2018).some((i) => i.code.startsWith('encoding-'))).toBe(false);
    expect(v.data).toBeNull();
  });

  it('every garbled row is reported, not only the first', () => {
    const v = validateWith({ [Y2018]: fixture('encodings/tcvn3.csv') });
    const rows = new Set(
      errors(v, Y2018)
        .filter((i) => i.code === 'text-garbled' && i.column === 'commune_name')
        .map((i) => i.row),
    );
    const dataRows = Papa.parse<string[]>(source().trim()).data.length - 1;
    expect(rows.size).toBe(dataRows);
  });
});

describe('UTF-8 read as Windows-1252 and saved again (double-encoded)', () => {
  it('"Xã Thủy Thanh" turned into "XÃ£ Thá»§y Thanh" is reported garbled', () => {
    const mangled = new TextDecoder('windows-1252').decode(new TextEncoder().encode('Xã Thủy Thanh'));
    expect(mangled).not.toBe('Xã Thủy Thanh');
    const text = source().replace('Xã Thủy Thanh', mangled);
    const row = excelRow(
      Papa.parse<string[]>(text.trim())
        .data.slice(1)
        .findIndex((r) => r[0] === '19966'),
    );
    const v = validateWith({ [Y2018]: text });
    expectIssue(v, { file: Y2018, row, column: 'commune_name', code: 'text-garbled', severity: 'error' });
  });
});
