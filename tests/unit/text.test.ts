/**
 * Bad input, free text: names that disagree with the register (and spellings that only look different),
 * cells that a spreadsheet would run as formulas, and HTML or script in any text field.
 */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/data/export/csv.ts';
import {
  Y2018,
  cell,
  demoFiles,
  demoTable,
  errors,
  excelRow,
  expectIssue,
  issuesOf,
  listIssues,
  modelWith,
  rowOf,
  toCsvText,
  validateWith,
  withCell,
} from './support/data.ts';

const t = demoTable(Y2018);
const thanh = rowOf(t, '19966');

describe('names against the register', () => {
  it.each(['Xã Thuỷ Thanh', 'xa thuy thanh', 'Thủy Thanh', 'XÃ THỦY THANH', 'Xã Thủy Thanh'.normalize('NFD')])(
    '"%s" matches Xã Thủy Thanh (case, accents, old tone placement, prefix, NFD)',
    (name) => {
      const v = validateWith({ [Y2018]: toCsvText(withCell(t, thanh, 'commune_name', name)) });
      expect(issuesOf(v, Y2018), listIssues(v.issues)).toEqual([]);
    },
  );

  it("another commune's name is an error naming the register's name", () => {
    const other = cell(t, rowOf(t, '19969'), 'commune_name');
    const v = validateWith({ [Y2018]: toCsvText(withCell(t, thanh, 'commune_name', other)) });
    const issue = expectIssue(v, {
      file: Y2018,
      row: excelRow(thanh),
      column: 'commune_name',
      code: 'name-mismatch',
      severity: 'error',
    });
    expect(issue.message_vi).toContain(other);
    expect(issue.message_vi).toContain(cell(t, thanh, 'commune_name'));
  });
});

describe('cells starting with =, +, -, @', () => {
  it.each(['=HYPERLINK("http://example.org","x")', '+84 234 3861 234', '-Đã kiểm tra', '@SUM(A1:A2)'])(
    'note "%s" is kept with a warning, and neutralised in downloads',
    (note) => {
      const file = toCsvText(withCell(t, 4, 'note', note));
      const v = validateWith({ [Y2018]: file });
      expect(errors(v)).toEqual([]);
      const issue = expectIssue(v, {
        file: Y2018,
        row: excelRow(4),
        column: 'note',
        code: 'formula-like',
        severity: 'warning',
      });
      expect(issue.message_vi).toContain("'");
      const result = modelWith({ [Y2018]: file })
        .resultsOf('cong-dong-hoc-tap', 2018)
        .find((r) => r.code === cell(t, 4, 'commune_code'))!;
      expect(result.note).toBe(note);
      const line = toCsv(['note'], [[result.note]]).split('\r\n')[1]!;
      expect(line.replace(/^"/, '').startsWith("'" + note[0])).toBe(true);
    },
  );

  it('a decision number starting with = is flagged too', () => {
    const v = validateWith({ [Y2018]: toCsvText(withCell(t, 4, 'decision_number', '=1+1')) });
    expectIssue(v, {
      file: Y2018,
      row: excelRow(4),
      column: 'decision_number',
      code: 'formula-like',
      severity: 'warning',
    });
  });
});

describe('HTML or script in text fields', () => {
  it.each([
    ['note', '<script>alert(1)</script>'],
    ['note', 'xem <a href="javascript:alert(1)">đây</a>'],
    ['decision_number', '<img src=x onerror=alert(1)>'],
    ['result', '<b>Khá</b>'],
    ['commune_name', 'Xã Thủy Thanh<br>'],
  ])('%s "%s" is an error at its cell', (column, value) => {
    const index = column === 'commune_name' ? thanh : 3;
    const v = validateWith({ [Y2018]: toCsvText(withCell(t, index, column, value)) });
    expectIssue(v, { file: Y2018, row: excelRow(index), column, code: 'html-in-text', severity: 'error' });
    expect(v.data).toBeNull();
  });

  it('"<" in ordinary text (a comparison) is not mistaken for HTML', () => {
    const v = validateWith({ [Y2018]: toCsvText(withCell(t, 3, 'note', 'Tỷ lệ hộ nghèo < 5%')) });
    expect(issuesOf(v, Y2018)).toEqual([]);
  });

  it('HTML in the unit register is an error at its cell', () => {
    const communes = new TextDecoder().decode(demoFiles()['units/communes.csv']!);
    const lines = communes.split('\r\n');
    const cells = lines[1]!.split(',');
    cells[1] = '<script>x</script>';
    lines[1] = cells.join(',');
    const v = validateWith({ 'units/communes.csv': lines.join('\r\n') });
    expectIssue(v, { file: 'units/communes.csv', row: 2, column: 'name', code: 'html-in-text', severity: 'error' });
  });

  it('HTML in a dataset description (YAML) is an error at its field', () => {
    const path = 'datasets/cong-dong-hoc-tap/dataset.yaml';
    const yaml = new TextDecoder()
      .decode(demoFiles()[path]!)
      .replace(/^title:\n {2}vi: .*$/m, 'title:\n  vi: <script>alert(1)</script>');
    expect(yaml).toContain('<script>');
    const v = validateWith({ [path]: yaml });
    expectIssue(v, { file: path, row: null, column: 'title.vi', code: 'html-in-text', severity: 'error' });
  });
});
