/**
 * CSV writing for every download: RFC 4180 quoting, CRLF line ends, UTF-8 with BOM so Excel opens
 * Vietnamese text correctly, and text cells that Excel would run as formulas neutralised.
 */

export type Cell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralise a text cell that a spreadsheet would treat as a formula (=, +, -, @) by prefixing an
 * apostrophe (OWASP CSV-injection advice). Numbers are never passed here, so they are never altered.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Quote one cell when it holds a delimiter, quote or line break. */
function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Format one cell: numbers as plain decimals with a dot, text neutralised and quoted, empty for null. */
export function formatCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return quote(neutraliseFormula(value));
}

/** Serialise a header and rows to CSV text (no BOM). */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header.map(formatCell).join(',')];
  for (const row of rows) lines.push(row.map(formatCell).join(','));
  return lines.join('\r\n') + '\r\n';
}

/** The UTF-8 byte order mark that makes Excel read a CSV as UTF-8. */
export const BOM = '\uFEFF';

/** Serialise to CSV text with a BOM, ready to write as a download. */
export function toExcelCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return BOM + toCsv(header, rows);
}
