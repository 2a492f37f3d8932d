/**
 * Plain-text and JSON reports of data issues, for the terminal, CI logs and the build gate. Text from
 * the data is printed with every control, bidi and zero-width character shown as an escape (`\u001B`),
 * so no cell can colour or clear the terminal, start a new line, or start a line GitHub reads as a
 * workflow command (`::error`). The JSON report is JSON-escaped as it is.
 */
import type { DataIssue } from '../types.ts';

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** Text made safe for a terminal or log line: invisible and control characters as visible escapes. */
export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}

const LABEL: Record<DataIssue['severity'], string> = {
  error: 'LỖI / ERROR',
  warning: 'CẢNH BÁO / WARNING',
  info: 'GHI CHÚ / NOTE',
};

/**
 * Where an issue is, as staff read it: "dòng 7, cột tc03 / row 7, column tc03"; in a workbook with the
 * sheet and cell first: 'trang tính "2024", ô F7, dòng 7, cột tc03 / sheet "2024", cell F7, row 7, …'.
 */
export function locate(issue: DataIssue): string {
  const vi: string[] = [];
  const en: string[] = [];
  if (issue.sheet) {
    vi.push(`trang tính "${issue.sheet}"`);
    en.push(`sheet "${issue.sheet}"`);
  }
  if (issue.cell) {
    vi.push(`ô ${issue.cell}`);
    en.push(`cell ${issue.cell}`);
  }
  // In a boundary file the "row" is the feature's number in file order.
  const feature = issue.file.startsWith('boundaries/');
  if (issue.row !== null) {
    vi.push(feature ? `đối tượng số ${issue.row}` : `dòng ${issue.row}`);
    en.push(feature ? `feature ${issue.row}` : `row ${issue.row}`);
  }
  if (issue.column !== null) {
    vi.push(feature ? `thuộc tính ${printable(issue.column)}` : `cột ${printable(issue.column)}`);
    en.push(feature ? `property ${printable(issue.column)}` : `column ${printable(issue.column)}`);
  }
  return vi.length ? `${vi.join(', ')} / ${en.join(', ')}` : 'cả tệp / whole file';
}

/** A readable report, grouped by file, ending with the counts. */
export function formatReport(issues: readonly DataIssue[], dir: string): string {
  const lines: string[] = [];
  let file = '';
  for (const issue of issues) {
    if (issue.file !== file) {
      file = issue.file;
      lines.push('', `▸ ${printable(file)}`);
    }
    lines.push(`  ${LABEL[issue.severity]} [${issue.code}] ${locate(issue)}`);
    lines.push(`    ${printable(issue.message_vi)}`);
    lines.push(`    ${printable(issue.message_en)}`);
  }
  lines.push('', summary(issues, dir));
  return lines.join('\n');
}

/** One line: how many errors and warnings were found in `dir`. */
export function summary(issues: readonly DataIssue[], dir: string): string {
  // An "and N more" line counts the issues it stands for, not itself.
  const n = (s: DataIssue['severity']) =>
    issues.reduce((sum, i) => sum + (i.more ? i.more[s] : i.severity === s ? 1 : 0), 0);
  const errors = n('error');
  const warnings = n('warning');
  return errors === 0
    ? `✔ Dữ liệu hợp lệ (${warnings} cảnh báo) / Data is valid (${warnings} warnings): ${printable(dir)}`
    : `✘ ${errors} lỗi, ${warnings} cảnh báo — chưa thể xuất bản / ${errors} errors, ${warnings} warnings — cannot publish: ${printable(dir)}`;
}

/** The machine-readable report: one object per issue. */
export function jsonReport(issues: readonly DataIssue[]): string {
  return JSON.stringify(issues, null, 2);
}
