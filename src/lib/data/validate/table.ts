/**
 * Read one CSV table against its column specification: decode, parse, check the header and the shape of
 * every row, and hand back the cells by column name with their Excel row numbers.
 */
import type { ColumnSpec } from '../contract.ts';
import { decodeBytes } from '../read/decode.ts';
import { parseCsv } from '../read/csv.ts';
import type { IssueList } from './issues.ts';
import { checkText } from './cells.ts';
import { LIMITS } from '../limits.ts';

export interface TableRow {
  row: number;
  values: Record<string, string>;
}

export interface Table {
  file: string;
  delimiter: string;
  header: string[];
  rows: TableRow[];
}

/** Compress a list of row numbers for a message: "5, 6, 9". */
const listRows = (rows: number[]): string => rows.slice(0, 20).join(', ') + (rows.length > 20 ? ', …' : '');

/**
 * Read a CSV table. Missing required columns, unknown or duplicate columns, cells without a header and
 * text problems are reported on `issues`; returns null only when the file is absent or has no header.
 */
export function readTable(
  file: string,
  bytes: Uint8Array | null,
  columns: readonly ColumnSpec[],
  issues: IssueList,
): Table | null {
  if (!bytes) {
    issues.add('file-missing', { file }, { what: file });
    return null;
  }
  const { text, encoding } = decodeBytes(bytes);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') issues.add('encoding-utf16', { file }, { encoding });
  if (encoding === 'windows-1258') issues.add('encoding-legacy', { file }, {});
  const csv = parseCsv(text);
  if (csv.header.length === 0 || csv.header.every((h) => h === '')) {
    issues.add('file-empty', { file, row: 1 }, {});
    return null;
  }
  if (csv.delimiter !== ',') issues.add('delimiter-semicolon', { file }, { delimiter: csv.delimiter === '\t' ? 'Tab' : csv.delimiter });
  if (csv.blankRows.length > 0) issues.add('blank-rows', { file }, { rows: listRows(csv.blankRows) });
  if (csv.droppedBlankColumns > 0) issues.add('blank-columns', { file }, { count: csv.droppedBlankColumns });
  for (const e of csv.parseErrors) issues.add('csv-structure', { file, row: e.row }, { message: e.message });

  const known = new Set(columns.map((c) => c.name));
  const seen = new Map<string, number>();
  csv.header.forEach((name, index) => {
    if (name === '') {
      issues.add('column-no-header', { file, row: 1 }, { index: index + 1 });
    } else if (seen.has(name)) {
      issues.add('column-duplicate', { file, row: 1, column: name }, { column: name });
    } else {
      seen.set(name, index);
      if (!known.has(name)) {
        issues.add('column-unknown', { file, row: 1, column: name }, { column: name, expected: columns.map((c) => c.name).join(', ') });
      }
    }
  });
  for (const column of columns) {
    if (column.required && !seen.has(column.name)) issues.add('column-missing', { file, row: 1, column: column.name }, { column: column.name });
  }

  // Bounded: the byte limit already held the parse; past LIMITS.tableRows rows nothing more is checked.
  if (csv.rows.length > LIMITS.tableRows) issues.add('too-many-rows', { file, row: csv.rows[LIMITS.tableRows]!.row }, { max: LIMITS.tableRows });
  const patterns = columns.filter((c) => c.pattern !== undefined).map((c) => [c.name, new RegExp(c.pattern!)] as const);
  const rows: TableRow[] = [];
  for (const { row, cells, fields } of csv.rows.slice(0, LIMITS.tableRows)) {
    // Compare the cells as written, blanks included: a decimal comma that split a row before an empty
    // last cell leaves no stray text, only one cell too many.
    if (fields > csv.headerFields) {
      issues.add('row-too-long', { file, row }, { count: fields, expected: csv.headerFields });
    }
    const values: Record<string, string> = {};
    for (const [name, index] of seen) values[name] = cells[index] ?? '';
    for (const [name, index] of seen) {
      const length = cells[index]?.length ?? 0;
      if (length > LIMITS.cellChars) issues.add('text-too-long', { file, row, column: name }, { length, max: LIMITS.cellChars });
    }
    for (const column of columns) {
      if (column.type === 'string' && values[column.name] !== undefined) {
        checkText(values[column.name]!, { file, row, column: column.name }, issues);
      }
    }
    for (const [name, pattern] of patterns) {
      const value = values[name];
      if (value && !pattern.test(value)) issues.add('code-syntax', { file, row, column: name }, { value, max: LIMITS.codeDigits });
    }
    rows.push({ row, values });
  }
  return { file, delimiter: csv.delimiter, header: csv.header, rows };
}
