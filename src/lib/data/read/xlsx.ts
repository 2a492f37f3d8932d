/**
 * Read the sheet of an Excel workbook (.xlsx) that holds a year's table, as text cells with their Excel
 * row numbers, the way staff see them: numbers as Excel shows them without format noise, dates as
 * YYYY-MM-DD, formulas by their cached value. What the table checks cannot see in plain cells is
 * reported beside the rows: the sheet chosen, hidden rows and columns, merged cells, formulas without a
 * value, error values. The workbook passes zip-guard.ts first (bounded memory and time), then SheetJS
 * (@e965/xlsx, the maintained 0.20 release) parses only the chosen sheet, only up to the row limit.
 */
import { read, SSF, utils, type CellObject, type WorkBook, type WorkSheet } from '@e965/xlsx';
import { guardZip, sheetParts } from './zip-guard.ts';

export interface XlsxRecord {
  /** Row number as Excel shows it. */
  row: number;
  cells: string[];
  /** Per cell: the value was stored as a number (codes typed without the Text format). */
  numeric: boolean[];
}

export interface XlsxSheet {
  sheet: string;
  sheets: string[];
  /** Why this sheet: the only one, the one named for the year, or the first visible one. */
  chosenBy: 'only' | 'year' | 'first';
  /** Every row that holds at least one non-blank cell, in order. */
  records: XlsxRecord[];
  /** Blank rows between the first and the last record. */
  blankRows: number[];
  hiddenRows: number[];
  hiddenColumns: string[];
  merges: string[];
  formulas: number;
  formulasWithoutValue: string[];
  errorCells: { cell: string; value: string }[];
}

export interface XlsxLimits {
  maxRows: number;
  maxInflatedBytes: number;
  maxEntries: number;
}

export type XlsxResult =
  | { ok: true; sheet: XlsxSheet }
  | { ok: false; problem: 'corrupt' | 'too-large' | 'too-many-rows' | 'no-sheet'; rows?: number; sheet?: string };

/** Column letters of a 0-based index (0 → A, 26 → AA). */
export const columnLetter = (index: number): string => utils.encode_col(index);

/** An Excel serial day number as an ISO date (1900 system with its 1900 leap-year bug, or 1904). */
export function serialToIso(serial: number, date1904: boolean): string | null {
  const days = Math.floor(serial + 1e-9);
  if (!Number.isFinite(days) || days < 1 || days > 2958465) return null;
  // Day 60 is the 29 February 1900 that never was; Excel counts it, so days after it are one too many.
  const offset = date1904 ? 24107 : days > 60 ? 25569 : 25568;
  const date = new Date((days - offset) * 86400000);
  return date.toISOString().slice(0, 10);
}

/** A number as Excel's General format shows it: at most 15 significant digits, no binary noise. */
export function numberText(value: number): string {
  return String(Number(value.toPrecision(15)));
}

const ERRORS: Record<number, string> = { 0: '#NULL!', 7: '#DIV/0!', 15: '#VALUE!', 23: '#REF!', 29: '#NAME?', 36: '#NUM!', 42: '#N/A', 43: '#GETTING_DATA' };

/** Choose the sheet: the only one, else one whose name holds the year, else the first visible. */
function chooseSheet(
  list: { name: string; hidden: boolean }[],
  year: number | undefined,
): { name: string; chosenBy: XlsxSheet['chosenBy'] } | null {
  const names = list.map((s) => s.name);
  const visible = list.filter((s) => !s.hidden).map((s) => s.name);
  if (names.length === 1) return { name: names[0]!, chosenBy: 'only' };
  const byYear = year === undefined ? undefined : visible.find((n) => new RegExp(`(^|\\D)${year}(\\D|$)`).test(n));
  if (byYear) return { name: byYear, chosenBy: 'year' };
  const first = visible[0] ?? names[0];
  return first ? { name: first, chosenBy: 'first' } : null;
}

/** Read the year's sheet of a workbook; never throws. */
export function readXlsx(bytes: Uint8Array, limits: XlsxLimits, year?: number): XlsxResult {
  const guard = guardZip(bytes, { inflatedBytes: limits.maxInflatedBytes, entries: limits.maxEntries });
  if (!guard.ok) return { ok: false, problem: guard.reason === 'too-many-entries' ? 'too-large' : guard.reason };
  const list = sheetParts(guard.texts);
  const choice = chooseSheet(list, year);
  if (!choice) return { ok: false, problem: 'no-sheet' };
  const part = list.find((s) => s.name === choice.name)?.part;
  const rows = part ? (guard.valueRows.get(part) ?? 0) : 0;
  // Header and a few title rows come on top of the data rows.
  if (rows > limits.maxRows + 10) return { ok: false, problem: 'too-many-rows', rows, sheet: choice.name };
  let wb: WorkBook;
  try {
    wb = read(bytes, {
      type: 'array', dense: true, sheets: choice.name, cellFormula: true, cellNF: true, cellStyles: true,
      cellHTML: false, cellText: false, cellDates: false, sheetRows: limits.maxRows + 200,
    });
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
  const ws = wb.Sheets[choice.name];
  if (!ws) return { ok: false, problem: 'no-sheet' };
  return { ok: true, sheet: sheetRecords(ws, choice, list.map((s) => s.name), !!wb.Workbook?.WBProps?.date1904) };
}

/** Turn one cell into the text a CSV export of it would hold. */
function cellText(c: CellObject | undefined, date1904: boolean): { text: string; numeric: boolean; formulaNoValue: boolean; error: string | null } {
  const none = { text: '', numeric: false, formulaNoValue: false, error: null };
  if (!c) return none;
  if (c.v === undefined || c.t === 'z') return c.f ? { ...none, formulaNoValue: true } : none;
  switch (c.t) {
    case 'n': {
      const v = c.v as number;
      if (c.z !== undefined && typeof c.z === 'string' && SSF.is_date(c.z)) {
        return { ...none, text: serialToIso(v, date1904) ?? numberText(v) };
      }
      return { ...none, text: numberText(v), numeric: true };
    }
    case 'b':
      return { ...none, text: c.v ? 'TRUE' : 'FALSE' };
    case 'e': {
      const value = ERRORS[c.v as number] ?? '#ERROR';
      return { ...none, text: value, error: value };
    }
    case 'd':
      return { ...none, text: String(c.v).slice(0, 10) };
    default:
      return { ...none, text: String(c.v).normalize('NFC').trim() };
  }
}

function sheetRecords(ws: WorkSheet, choice: { name: string; chosenBy: XlsxSheet['chosenBy'] }, sheets: string[], date1904: boolean): XlsxSheet {
  const data = (ws['!data'] ?? []) as (CellObject[] | undefined)[];
  const records: XlsxRecord[] = [];
  const blankRows: number[] = [];
  const formulasWithoutValue: string[] = [];
  const errorCells: { cell: string; value: string }[] = [];
  let formulas = 0;
  for (let r = 0; r < data.length; r++) {
    const row = data[r] ?? [];
    const cells: string[] = [];
    const numeric: boolean[] = [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell?.f) formulas++;
      const t = cellText(cell, date1904);
      const address = `${columnLetter(c)}${r + 1}`;
      if (t.formulaNoValue) formulasWithoutValue.push(address);
      if (t.error) errorCells.push({ cell: address, value: t.error });
      cells.push(t.text);
      numeric.push(t.numeric);
    }
    let end = cells.length;
    while (end > 0 && cells[end - 1] === '') end--;
    if (end === 0) {
      if (records.length > 0) blankRows.push(r + 1);
      continue;
    }
    records.push({ row: r + 1, cells: cells.slice(0, end), numeric: numeric.slice(0, end) });
  }
  // Blank rows after the last record are not rows in any sense that matters.
  const lastRow = records.at(-1)?.row ?? 0;
  const hiddenRows: number[] = [];
  (ws['!rows'] ?? []).forEach((info, i) => {
    if (info?.hidden && i + 1 <= lastRow) hiddenRows.push(i + 1);
  });
  const width = Math.max(0, ...records.map((r) => r.cells.length));
  const hiddenColumns: string[] = [];
  (ws['!cols'] ?? []).forEach((info, i) => {
    if (info?.hidden && i < width) hiddenColumns.push(columnLetter(i));
  });
  const merges = (ws['!merges'] ?? []).filter((m) => m.s.r + 1 <= lastRow).map((m) => utils.encode_range(m));
  return {
    sheet: choice.name,
    sheets,
    chosenBy: choice.chosenBy,
    records,
    blankRows: blankRows.filter((r) => r < lastRow),
    hiddenRows,
    hiddenColumns,
    merges,
    formulas,
    formulasWithoutValue,
    errorCells,
  };
}
