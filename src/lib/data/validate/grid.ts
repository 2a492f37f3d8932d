/**
 * The rows of a table file, whatever it was saved as: check that the bytes are what the name promises
 * (read/sniff.ts), then read CSV text (decode + papaparse) or the year sheet of an .xlsx workbook
 * (read/xlsx.ts) into one shape, reporting on the way what staff should know about the file itself:
 * encoding, delimiter, blank rows, the sheet read, title rows above the header, hidden or merged
 * cells, formulas. The checks of the cells themselves come after, the same for both formats.
 */
import { decodeBytes } from '../read/decode.ts';
import { parseCsv } from '../read/csv.ts';
import { contentFits, sniffContent } from '../read/sniff.ts';
import { readXlsx, type XlsxRecord } from '../read/xlsx.ts';
import type { IssueList } from './issues.ts';
import type { HeadingResolver } from './headings.ts';

export type GridFormat = 'csv' | 'xlsx';

export interface GridRow {
  row: number;
  cells: string[];
  /** How many cells the row had as written (CSV: blanks included). */
  fields: number;
  /** Per cell: stored as a number (xlsx). */
  numeric?: boolean[];
}

export interface Grid {
  format: GridFormat;
  sheet: string | null;
  delimiter: string;
  header: string[];
  headerRow: number;
  headerFields: number;
  rows: GridRow[];
}

/**
 * Limits on a workbook, enforced before the work grows: the sheet may hold at most MAX_ROWS rows with
 * data, and the whole workbook may inflate to at most MAX_INFLATED_BYTES in at most MAX_ENTRIES parts.
 * A national year (10,584 communes) fits with room to spare.
 */
export const XLSX_LIMITS = { maxRows: 50_000, maxInflatedBytes: 200 * 1024 * 1024, maxEntries: 2_000 };

/** Compress a list of row numbers (or cells) for a message: "5, 6, 9". */
export const listRows = (rows: readonly (number | string)[]): string =>
  rows.slice(0, 20).join(', ') + (rows.length > 20 ? `, … (${rows.length})` : '');

const baseName = (file: string) => file.slice(file.lastIndexOf('/') + 1);

/** Read the rows of a file as `format`; null (with the reason reported) when it cannot be read. */
export function readGrid(
  file: string,
  bytes: Uint8Array,
  format: GridFormat,
  year: number | undefined,
  resolve: HeadingResolver,
  issues: IssueList,
): Grid | null {
  const kind = sniffContent(bytes);
  if (!contentFits(kind, format)) {
    issues.add('file-content-mismatch', { file }, { name: baseName(file), kind, expected: format });
    return null;
  }
  return format === 'csv' ? csvGrid(file, bytes, issues) : xlsxGrid(file, bytes, year, resolve, issues);
}

function csvGrid(file: string, bytes: Uint8Array, issues: IssueList): Grid | null {
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
  return { format: 'csv', sheet: null, delimiter: csv.delimiter, header: csv.header, headerRow: 1, headerFields: csv.headerFields, rows: csv.rows };
}

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** How many of a record's cells name a known column. */
const resolvedCount = (r: XlsxRecord, resolve: HeadingResolver) => r.cells.filter((c) => c !== '' && resolve(c) !== null).length;

/** The header: the first of the first ten rows that names at least two known columns, else the first. */
function headerIndex(records: XlsxRecord[], resolve: HeadingResolver): number {
  for (let i = 0; i < Math.min(10, records.length); i++) if (resolvedCount(records[i]!, resolve) >= 2) return i;
  return 0;
}

/** A second header row: every filled cell names the same column as the heading above it (English titles). */
function isSecondHeader(header: XlsxRecord, next: XlsxRecord | undefined, resolve: HeadingResolver): boolean {
  if (!next) return false;
  const filled = next.cells.map((c, i) => [c, i] as const).filter(([c]) => c !== '');
  return filled.length >= 2 && filled.every(([c, i]) => !next.numeric[i] && resolve(c) !== null && resolve(c) === resolve(header.cells[i] ?? ''));
}

function xlsxGrid(file: string, bytes: Uint8Array, year: number | undefined, resolve: HeadingResolver, issues: IssueList): Grid | null {
  const read = readXlsx(bytes, XLSX_LIMITS, year);
  if (!read.ok) {
    if (read.problem === 'too-many-rows') {
      issues.add('xlsx-too-many-rows', { file, sheet: read.sheet }, { sheet: read.sheet ?? '', rows: read.rows ?? 0, max: XLSX_LIMITS.maxRows });
    } else {
      issues.add('xlsx-unreadable', { file }, { problem: read.problem, limit: MB(XLSX_LIMITS.maxInflatedBytes) });
    }
    return null;
  }
  const s = read.sheet;
  const at = (row: number | null, cell: string | null = null) => ({ file, row, sheet: s.sheet, cell });
  if (s.chosenBy !== 'only') {
    issues.add('xlsx-sheet-chosen', at(null), { sheet: s.sheet, sheets: s.sheets.map((n) => `"${n}"`).join(', '), why: s.chosenBy });
  }
  if (s.records.length === 0) {
    issues.add('file-empty', at(1, 'A1'), {});
    return null;
  }
  const h = headerIndex(s.records, resolve);
  const header = s.records[h]!;
  if (h > 0) issues.add('header-row-found', at(header.row), { row: header.row, skipped: listRows(s.records.slice(0, h).map((r) => r.row)) });
  let first = h + 1;
  if (isSecondHeader(header, s.records[first], resolve)) {
    issues.add('header-second-row', at(s.records[first]!.row), { row: s.records[first]!.row });
    first++;
  }
  const data = s.records.slice(first);
  const width = Math.max(header.cells.length, ...data.map((r) => r.cells.length));
  const headings = [...header.cells, ...Array<string>(width - header.cells.length).fill('')];
  const columnOf = (cell: string): string | null => {
    const index = /^[A-Z]+/.exec(cell)?.[0];
    if (!index) return null;
    let n = 0;
    for (const ch of index) n = n * 26 + ch.charCodeAt(0) - 64;
    const heading = headings[n - 1] ?? '';
    return heading === '' ? null : (resolve(heading) ?? heading);
  };
  const afterHeader = (row: number) => row > header.row;
  const blank = s.blankRows.filter(afterHeader);
  if (blank.length > 0) issues.add('blank-rows', at(null), { rows: listRows(blank) });
  const hiddenRows = s.hiddenRows.filter(afterHeader);
  if (hiddenRows.length > 0) issues.add('xlsx-hidden', at(null), { what: 'rows', list: listRows(hiddenRows) });
  if (s.hiddenColumns.length > 0) issues.add('xlsx-hidden', at(null), { what: 'columns', list: s.hiddenColumns.join(', ') });
  const merges = s.merges.filter((m) => afterHeader(Number(/^[A-Z]+(\d+)/.exec(m)?.[1] ?? 0) + 1));
  if (merges.length > 0) issues.add('xlsx-merged', at(null), { ranges: listRows(merges) });
  if (s.formulas > 0) issues.add('xlsx-formulas', at(null), { count: s.formulas });
  for (const cell of s.formulasWithoutValue) {
    issues.add('xlsx-formula-no-value', { ...at(Number(/\d+$/.exec(cell)![0]), cell), column: columnOf(cell) }, {});
  }
  for (const e of s.errorCells) {
    const row = Number(/\d+$/.exec(e.cell)![0]);
    if (afterHeader(row)) issues.add('xlsx-error-value', { ...at(row, e.cell), column: columnOf(e.cell) }, { value: e.value });
  }
  return {
    format: 'xlsx',
    sheet: s.sheet,
    delimiter: '',
    header: headings,
    headerRow: header.row,
    headerFields: width,
    rows: data.map((r) => ({ row: r.row, cells: r.cells, fields: r.cells.length, numeric: r.numeric })),
  };
}

