/** Plain-text and JSON reports of data issues, for the terminal, CI job summaries and the build gate. */
import type { DataIssue } from '../types.ts';

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
  if (issue.row !== null) {
    vi.push(`dòng ${issue.row}`);
    en.push(`row ${issue.row}`);
  }
  if (issue.column !== null) {
    vi.push(`cột ${issue.column}`);
    en.push(`column ${issue.column}`);
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
      lines.push('', `▸ ${file}`);
    }
    lines.push(`  ${LABEL[issue.severity]} [${issue.code}] ${locate(issue)}`);
    lines.push(`    ${issue.message_vi}`);
    lines.push(`    ${issue.message_en}`);
  }
  lines.push('', summary(issues, dir));
  return lines.join('\n');
}

/** One line: how many errors and warnings were found in `dir`. */
export function summary(issues: readonly DataIssue[], dir: string): string {
  const n = (s: DataIssue['severity']) => issues.filter((i) => i.severity === s).length;
  const errors = n('error');
  const warnings = n('warning');
  return errors === 0
    ? `✔ Dữ liệu hợp lệ (${warnings} cảnh báo) / Data is valid (${warnings} warnings): ${dir}`
    : `✘ ${errors} lỗi, ${warnings} cảnh báo — chưa thể xuất bản / ${errors} errors, ${warnings} warnings — cannot publish: ${dir}`;
}

/** The machine-readable report: one object per issue. */
export function jsonReport(issues: readonly DataIssue[]): string {
  return JSON.stringify(issues, null, 2);
}
