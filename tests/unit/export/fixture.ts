/**
 * Test support for the downloads: the demo data with awkward text cells (formula-like notes, commas,
 * quotes) so the round trip proves neutralisation touches text only, and helpers that read a
 * CSV download back as a journalist's tool would (BOM stripped, apostrophe removed where we added it).
 */
import Papa from 'papaparse';
import { expect } from 'vitest';
import { buildBundle, type Bundle } from '../../../src/lib/data/export/bundle.ts';
import type { SiteModel } from '../../../src/lib/data/model/index.ts';
import { demoTable, modelWith, toCsvText, withCell, type CsvTable } from '../support/data.ts';

export const Y2018 = 'datasets/cong-dong-hoc-tap/2018.csv';

/** Notes that a spreadsheet would run as formulas, or that need CSV quoting. */
export const TRICKY_NOTES = [
  '=SUM(A1:A9)',
  '-5 điểm do nhập sai, đã sửa',
  '@lệnh',
  '+84 905 000 000',
  'Ghi chú có dấu phẩy, "ngoặc kép" và dấu chấm phẩy;',
];

/** The 2018 source table with the tricky notes in its first rows (as a staff member could type them). */
export function trickySource(): CsvTable {
  let table = demoTable(Y2018);
  TRICKY_NOTES.forEach((note, i) => (table = withCell(table, i, 'note', note)));
  return withCell(table, TRICKY_NOTES.length, 'decision_number', '-');
}

let cached: { model: SiteModel; bundle: Bundle } | null = null;

/** The model and bundle of the demo data with the tricky 2018 file (built once per test file). */
export function trickyBundle(): { model: SiteModel; bundle: Bundle } {
  if (!cached) {
    const model = modelWith({ [Y2018]: toCsvText(trickySource()) });
    cached = { model, bundle: buildBundle(model) };
  }
  return cached;
}

/** Undo the apostrophe the CSV writer puts before a text cell starting with = + - @ (and only there). */
export const unNeutralise = (text: string): string => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

/** Read a CSV download: it must start with a BOM and use CRLF; returns header and rows of raw cells. */
export function readDownload(bytes: Uint8Array, path = ''): CsvTable {
  expect([...bytes.subarray(0, 3)], `${path} starts with a UTF-8 BOM`).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  expect(text.endsWith('\r\n'), `${path} ends with CRLF`).toBe(true);
  const parsed = Papa.parse<string[]>(text, { newline: '\r\n', skipEmptyLines: false });
  expect(parsed.errors, `${path} parses`).toEqual([]);
  const data = parsed.data;
  if (data.length > 0 && data.at(-1)!.length === 1 && data.at(-1)![0] === '') data.pop();
  return { header: data[0]!, rows: data.slice(1) };
}

/** A CSV cell as the value it stands for: '' for empty, otherwise the un-neutralised text. */
export const textOf = (cell: string): string => unNeutralise(cell);
