/**
 * Test support: the demo data folder as a starting point, with one file swapped for a bad variant, either
 * in memory (fast, for the validator) or copied to a temporary folder (for the command-line tests).
 * Expected values are always read from the demo data, never typed in by hand.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { expect } from 'vitest';
import { memorySource } from '../../../src/lib/data/read/source.ts';
import { validateData, type Validation } from '../../../src/lib/data/validate/index.ts';
import { SiteModel } from '../../../src/lib/data/model/index.ts';
import type { DataIssue, Severity } from '../../../src/lib/data/types.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const DATA_DIR = join(ROOT, 'data');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
/** The project's Node 22 (runs .ts directly); falls back to the one running the tests. */
export const NODE = existsSync(join(ROOT, 'node_modules/.bin/node'))
  ? join(ROOT, 'node_modules/.bin/node')
  : process.execPath;

export const Y2018 = 'datasets/cong-dong-hoc-tap/2018.csv';
export const Y2024 = 'datasets/cong-dong-hoc-tap/2024.csv';

let cache: Record<string, Uint8Array> | null = null;

/** Every file of the demo data folder by its path relative to the folder. */
export function demoFiles(): Record<string, Uint8Array> {
  if (cache) return cache;
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full, `${prefix}${name}/`);
      else files[`${prefix}${name}`] = new Uint8Array(readFileSync(full));
    }
  };
  walk(DATA_DIR, '');
  return (cache = files);
}

export type Changes = Record<string, string | Uint8Array | null>;

function apply(changes: Changes): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = { ...demoFiles() };
  for (const [path, content] of Object.entries(changes)) {
    if (content === null) delete files[path];
    else files[path] = content;
  }
  return files;
}

/** Validate the demo data with some files replaced (null removes a file). */
export function validateWith(changes: Changes = {}): Validation {
  return validateData(memorySource(apply(changes)));
}

/** The model of the demo data with some files replaced; fails the test if the data has errors. */
export function modelWith(changes: Changes = {}): SiteModel {
  const v = validateWith(changes);
  expect(errors(v), 'expected clean data').toEqual([]);
  return new SiteModel(v.data!);
}

/** A copy of the demo data folder on disk with some files replaced; returns its path. */
export function copyDemo(changes: Changes = {}, name = 'badinput'): string {
  const dir = mkdtempSync(join(tmpdir(), `${name}-`));
  cpSync(DATA_DIR, dir, { recursive: true });
  for (const [path, content] of Object.entries(changes)) {
    if (content === null) rmSync(join(dir, path), { force: true });
    else writeFileSync(join(dir, path), content);
  }
  return dir;
}

export interface CsvTable {
  header: string[];
  rows: string[][];
}

/** A demo CSV file as header and rows of cells. */
export function demoTable(path: string): CsvTable {
  const text = new TextDecoder().decode(demoFiles()[path]!).replace(/^\uFEFF/, '');
  const data = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  return { header: data[0]!, rows: data.slice(1) };
}

/** Write a table as Excel does: CRLF line ends, cells quoted only when needed. */
export function toCsvText(table: CsvTable, delimiter = ','): string {
  const cell = (c: string) =>
    c.includes(delimiter) || c.includes('"') || /[\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c;
  return [table.header, ...table.rows].map((r) => r.map(cell).join(delimiter)).join('\r\n') + '\r\n';
}

/** A copy of the table with one cell changed (row index counts data rows from 0). */
export function withCell(table: CsvTable, index: number, column: string, value: string): CsvTable {
  const col = table.header.indexOf(column);
  if (col < 0) throw new Error(`no column ${column}`);
  const rows = table.rows.map((r, i) => (i === index ? r.map((c, j) => (j === col ? value : c)) : [...r]));
  return { header: [...table.header], rows };
}

/** A cell of a table by row index and column name. */
export const cell = (table: CsvTable, index: number, column: string): string =>
  table.rows[index]![table.header.indexOf(column)]!;

/** The index of the data row holding `code`. */
export function rowOf(table: CsvTable, code: string): number {
  const index = table.rows.findIndex((r) => r[table.header.indexOf('commune_code')] === code);
  if (index < 0) throw new Error(`no row with code ${code}`);
  return index;
}

/** The row number Excel shows for data row `index` (the header is row 1). */
export const excelRow = (index: number): number => index + 2;

export const errors = (v: Validation, file?: string): DataIssue[] =>
  v.issues.filter((i) => i.severity === 'error' && (file === undefined || i.file === file));

export const issuesOf = (v: Validation, file: string): DataIssue[] => v.issues.filter((i) => i.file === file);

export interface Expected {
  file: string;
  row: number | null;
  column: string | null;
  code: string;
  severity: Severity;
}

/**
 * Assert exactly one issue with this location and code, with this severity and with both messages
 * present; errors must say how to fix them in both languages. Returns the issue for further checks.
 */
export function expectIssue(v: Validation, want: Expected): DataIssue {
  const found = v.issues.filter(
    (i) => i.file === want.file && i.row === want.row && i.column === want.column && i.code === want.code,
  );
  expect(
    found,
    `issue ${want.code} at ${want.file} row ${want.row} column ${want.column}; got:\n${listIssues(v.issues)}`,
  ).toHaveLength(1);
  const issue = found[0]!;
  expect(issue.severity).toBe(want.severity);
  expect(issue.message_vi.length).toBeGreaterThan(10);
  expect(issue.message_en.length).toBeGreaterThan(10);
  if (want.severity === 'error') {
    expect(issue.message_vi).toContain('Cách sửa');
    expect(issue.message_en).toContain('Fix');
  }
  return issue;
}

/** A compact listing of issues for assertion messages. */
export const listIssues = (issues: readonly DataIssue[]): string =>
  issues.map((i) => `${i.severity} ${i.code} ${i.file}:${i.row ?? '-'}:${i.column ?? '-'}`).join('\n');

/** A committed fixture's bytes; a missing fixture fails the test that needs it. */
export function fixture(path: string): Uint8Array {
  const full = join(FIXTURES, path);
  if (!existsSync(full))
    throw new Error(`fixture missing: tests/fixtures/${path} (run node tests/fixtures/make-fixtures.ts)`);
  return new Uint8Array(readFileSync(full));
}
