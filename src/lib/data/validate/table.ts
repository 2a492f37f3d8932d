/**
 * Read one table (a CSV, or the year sheet of an .xlsx workbook) against its column specification:
 * check that the bytes are what the name says, read them into rows (grid.ts), match the header to the
 * contract's columns (one header-level error when it does not fit), and hand back the cells by column
 * name with their Excel row numbers and a locator that names the sheet and cell ("ô F7").
 */
import type { ColumnSpec } from '../contract.ts';
import { columnLetter } from '../read/xlsx.ts';
import type { IssueList, Location } from './issues.ts';
import { checkText } from './cells.ts';
import { LIMITS } from '../limits.ts';
import { normaliseCode } from './codes.ts';
import { exactHeadings, type HeadingResolver } from './headings.ts';
import { readGrid, type Grid, type GridFormat } from './grid.ts';
export { listRows } from './grid.ts';

export interface TableRow {
  row: number;
  values: Record<string, string>;
  /** Columns whose cell was stored as a number in the workbook (xlsx only). */
  numeric?: ReadonlySet<string>;
}

export interface Table {
  file: string;
  format: GridFormat;
  /** The worksheet read (xlsx), else null. */
  sheet: string | null;
  delimiter: string;
  header: string[];
  rows: TableRow[];
  /** Where a cell is, as the report names it (with sheet and cell address for workbooks). */
  at(row: number | null, column: string | null): Location;
}

export interface TableOptions {
  format?: GridFormat;
  /** The year of a year file: picks the workbook sheet named for it. */
  year?: number;
  headings?: HeadingResolver;
  /**
   * Called when the header does not fit, before the generic header error; return true when it has
   * reported a better explanation (e.g. the columns of another framework).
   */
  explainHeader?: (headings: string[], problem: { missing: string[]; unknown: string[] }, at: Location) => boolean;
  /** Receives the rows as read (the checker previews them). */
  onGrid?: (grid: Grid) => void;
  /** How each expected column is shown in the header error ("commune_code (Mã xã)"). */
  describeColumn?: (column: ColumnSpec) => string;
}

/**
 * Read a table. Returns null when the file is absent, unreadable or has no header; when required
 * columns are missing the rows are left out (they could not be read right) and one error says why.
 */
export function readTable(
  file: string,
  bytes: Uint8Array | null,
  columns: readonly ColumnSpec[],
  issues: IssueList,
  options: TableOptions = {},
): Table | null {
  if (!bytes) {
    issues.add('file-missing', { file }, { what: file });
    return null;
  }
  const resolve = options.headings ?? exactHeadings(columns);
  const grid = readGrid(file, bytes, options.format ?? 'csv', options.year, resolve, issues);
  if (!grid) return null;
  options.onGrid?.(grid);
  const sheet = grid.sheet;
  const located = (row: number | null, column: string | null, index: number | undefined): Location =>
    sheet === null
      ? { file, row, column }
      : { file, row, column, sheet, cell: row !== null && index !== undefined ? `${columnLetter(index)}${row}` : null };

  const known = new Set(columns.map((c) => c.name));
  const seen = new Map<string, number>();
  const unknown: string[] = [];
  const renamed: string[] = [];
  grid.header.forEach((heading, index) => {
    const name = heading === '' ? null : resolve(heading);
    if (heading === '') {
      issues.add('column-no-header', located(grid.headerRow, null, index), { index: index + 1 });
    } else if (name === null || !known.has(name)) {
      unknown.push(heading);
    } else if (seen.has(name)) {
      issues.add('column-duplicate', located(grid.headerRow, name, index), { column: heading });
    } else {
      seen.set(name, index);
      if (name !== heading) renamed.push(`${heading} → ${name}`);
    }
  });
  if (renamed.length > 0) issues.add('header-mapped', located(grid.headerRow, null, undefined), { pairs: renamed.join(', ') });
  const missing = columns.filter((c) => c.required && !seen.has(c.name)).map((c) => c.name);
  if (unknown.length > 0 || missing.length > 0) {
    const explained = options.explainHeader?.(grid.header, { missing, unknown }, located(grid.headerRow, null, undefined)) ?? false;
    if (!explained) {
      const describe = options.describeColumn ?? ((c: ColumnSpec) => c.name);
      issues.add('header-mismatch', located(grid.headerRow, null, undefined), {
        unknown: unknown.map((u) => `"${u}"`).join(', '),
        missing: missing.join(', '),
        expected: columns.map(describe).join(', '),
      });
    }
    if (missing.length > 0 || explained) {
      return { file, format: grid.format, sheet, delimiter: grid.delimiter, header: grid.header, rows: [], at: (r, c) => located(r, c, c === null ? undefined : seen.get(c)) };
    }
  }

  // Bounded: the byte limit already held the parse; past LIMITS.tableRows rows nothing more is checked.
  if (grid.rows.length > LIMITS.tableRows) issues.add('too-many-rows', located(grid.rows[LIMITS.tableRows]!.row, null, undefined), { max: LIMITS.tableRows });
  const patterns = columns
    .filter((c) => c.pattern !== undefined)
    .map((c) => [c.name, new RegExp(c.pattern!), c.excelForms ? normaliseCode : (v: string) => v] as const);
  const rows: TableRow[] = [];
  for (const { row, cells, fields, numeric } of grid.rows.slice(0, LIMITS.tableRows)) {
    // Compare the cells as written, blanks included: a decimal comma that split a row before an empty
    // last cell leaves no stray text, only one cell too many.
    if (fields > grid.headerFields) {
      issues.add('row-too-long', located(row, null, undefined), { count: fields, expected: grid.headerFields });
    }
    const values: Record<string, string> = {};
    let numbers: Set<string> | undefined;
    for (const [name, index] of seen) {
      values[name] = cells[index] ?? '';
      if (numeric?.[index]) (numbers ??= new Set()).add(name);
      const length = cells[index]?.length ?? 0;
      if (length > LIMITS.cellChars) issues.add('text-too-long', located(row, name, index), { length, max: LIMITS.cellChars });
    }
    // Code columns (with a pattern) skip the text checks: their syntax is checked below (in a year file after
    // Excel's forms are read as the code they stand for: ="20122" is a code; in the register it is not).
    for (const column of columns) {
      if (column.type === 'string' && column.pattern === undefined && values[column.name] !== undefined) {
        checkText(values[column.name]!, located(row, column.name, seen.get(column.name)), issues);
      }
    }
    for (const [name, pattern, code] of patterns) {
      const value = values[name];
      if (value && !pattern.test(code(value))) issues.add('code-syntax', located(row, name, seen.get(name)), { value, max: LIMITS.codeDigits });
    }
    rows.push(numbers ? { row, values, numeric: numbers } : { row, values });
  }
  return {
    file,
    format: grid.format,
    sheet,
    delimiter: grid.delimiter,
    header: grid.header,
    rows,
    at: (r, c) => located(r, c, c === null ? undefined : seen.get(c)),
  };
}
