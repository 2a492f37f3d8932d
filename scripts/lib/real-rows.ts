/**
 * Real published results kept as they are inside the generated demo year files. The demo data is
 * illustrative, but where a result was really published (with its source) it replaces the invented row
 * for that commune and year, cell for cell. The rows live in one committed CSV (default
 * scripts/demo-data/real-results.csv): `dataset`, `year`, then any year-file columns, e.g. `commune_code`,
 * `total`, `result`, `note`, `source`. A year with real rows but no generated rows gets a file of its real
 * rows alone, so nothing invented is added around a real figure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseCsv } from '../../src/lib/data/read/csv.ts';
import type { IssueList } from '../../src/lib/data/validate/issues.ts';

/** One real row: where it goes and its cells by column name, as written. */
export interface RealRow {
  dataset: string;
  year: number;
  code: string;
  cells: Record<string, string>;
  /** Row number in the real-rows file (Excel numbering), to point back at it. */
  row: number;
}

const REQUIRED = ['dataset', 'year', 'commune_code'];

/** Read the real-rows file (absent = none); problems are reported in `issues` with file, row and column. */
export function readRealRows(file: string, label: string, issues: IssueList): RealRow[] {
  if (!existsSync(file)) return [];
  const parsed = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  const missing = REQUIRED.filter((c) => !parsed.header.includes(c));
  for (const column of missing) issues.add('column-missing', { file: label, row: 1, column }, { column });
  if (missing.length > 0) return [];
  const rows: RealRow[] = [];
  for (const r of parsed.rows) {
    const cells = Object.fromEntries(parsed.header.map((name, i) => [name, (r.cells[i] ?? '').normalize('NFC')]));
    const empty = REQUIRED.filter((c) => cells[c] === '');
    for (const column of empty) issues.add('field-required', { file: label, row: r.row, column }, {});
    if (empty.length > 0) continue;
    if (!/^\d{4}$/.test(cells.year!)) {
      issues.add('year-file-name', { file: label, row: r.row, column: 'year' }, { name: cells.year! });
      continue;
    }
    const { dataset, year, ...rest } = cells;
    rows.push({ dataset: dataset!, year: Number(year), code: rest.commune_code!, cells: rest, row: r.row });
  }
  return rows;
}

/** The year-file columns the real rows of one dataset-year bring, in first-seen order. */
export function realColumns(rows: readonly RealRow[]): string[] {
  const names: string[] = [];
  for (const r of rows) for (const name of Object.keys(r.cells)) if (!names.includes(name)) names.push(name);
  return names;
}
