/**
 * Parse CSV text into a header and rows with papaparse (the same code in Node and the browser), keeping
 * the row numbers Excel shows, detecting the delimiter, and setting aside blank trailing rows and columns.
 */
import Papa from 'papaparse';

export interface CsvRow {
  /** Row number as Excel shows it (the header is row 1). */
  row: number;
  cells: string[];
  /** How many cells the row had as written, trailing blanks included (a split decimal comma adds one). */
  fields: number;
}

export interface ParsedCsv {
  delimiter: string;
  header: string[];
  /** How many cells the header row had as written, blank trailing ones included. */
  headerFields: number;
  rows: CsvRow[];
  /** Rows that were entirely blank (Excel row numbers), already removed from `rows`. */
  blankRows: number[];
  /** How many blank columns without a header were dropped at the right edge. */
  droppedBlankColumns: number;
  /** Structural problems papaparse reported (unclosed quotes …), by Excel row. */
  parseErrors: { row: number; message: string }[];
}

const isBlank = (cell: string | undefined): boolean => (cell ?? '').trim() === '';

/** Parse CSV text; never throws. Cells are trimmed of surrounding spaces. */
export function parseCsv(text: string): ParsedCsv {
  // One line break everywhere: a CRLF file with lines added in a plain-text editor (LF) would otherwise
  // have those lines glued into the cells of the row above.
  const result = Papa.parse<string[]>(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text, {
    delimiter: '',
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: false,
  });
  const records = result.data;
  for (const record of records) {
    for (let i = 0; i < record.length; i++) record[i] = record[i]!.trim();
  }
  // A file ending with a line break gives one empty record at the end; it is not a row in Excel.
  if (records.length > 0 && records[records.length - 1]!.every(isBlank)) {
    const last = records[records.length - 1]!;
    if (last.length <= 1) records.pop();
  }
  const headerCells = records[0] ?? [];
  // Drop a column at the right edge only when its header and every cell below are blank. One pass over
  // the cells (each row's last filled cell, computed once): a header with 200,000 trailing commas above
  // 200,000 rows must not cost one scan of every row per blank column.
  const ends = records.map(trimRight);
  let width = ends[0] ?? 0;
  for (let i = 1; i < records.length; i++) width = Math.max(width, Math.min(ends[i]!, headerCells.length));
  const droppedBlankColumns = Math.max(0, headerCells.length - width);
  const header = headerCells.slice(0, width);
  const rows: CsvRow[] = [];
  const blankRows: number[] = [];
  for (let i = 1; i < records.length; i++) {
    const cells = records[i]!;
    if (ends[i] === 0) {
      blankRows.push(i + 1);
      continue;
    }
    const end = Math.max(width, ends[i]!);
    rows.push({ row: i + 1, cells: end === cells.length ? cells : cells.slice(0, end), fields: cells.length });
  }
  const parseErrors = result.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => ({ row: (e.row ?? 0) + 1, message: e.message }));
  return { delimiter: result.meta.delimiter || ',', header, headerFields: headerCells.length, rows, blankRows, droppedBlankColumns, parseErrors };
}

/** Index one past the last non-blank cell. */
function trimRight(cells: string[]): number {
  let n = cells.length;
  while (n > 0 && isBlank(cells[n - 1])) n--;
  return n;
}
