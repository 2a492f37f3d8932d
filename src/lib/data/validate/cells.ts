/**
 * Rules for single cells, shared by every table: numbers (with the decimal comma Excel writes in
 * Vietnamese locales), dates, and the safety of free text (garbled fonts, HTML, formula starts).
 */
import { looksGarbled } from '../read/decode.ts';
import type { IssueList, Location } from './issues.ts';
import { invisibleChar } from './prose.ts';

const NUMBER = /^-?\d+(\.\d+)?$/;
const DECIMAL_COMMA = /^-?\d+,\d+$/;

/**
 * Read a number cell. A decimal comma ("8,5") is accepted with a note; anything else that is not a
 * plain number is an error. Returns null for an empty or invalid cell.
 */
export function readNumber(text: string, where: Location, issues: IssueList): number | null {
  const value = text.replace(/\u00a0/g, '').trim();
  if (value === '') return null;
  if (NUMBER.test(value)) return Number(value);
  if (DECIMAL_COMMA.test(value)) {
    issues.addOncePerFile('decimal-comma', where, { value });
    return Number(value.replace(',', '.'));
  }
  issues.add('score-not-number', where, { value });
  return null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VI_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** True when year-month-day is a real calendar date. */
function realDate(y: number, mo: number, d: number): boolean {
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Parse a date written as YYYY-MM-DD or, as Vietnamese Excel shows it, DD/MM/YYYY; returns ISO text or
 * null when it is not a real date.
 */
export function parseDate(text: string): string | null {
  const iso = ISO_DATE.exec(text);
  const vi = VI_DATE.exec(text);
  const [y, mo, d] = iso ? [+iso[1]!, +iso[2]!, +iso[3]!] : vi ? [+vi[3]!, +vi[2]!, +vi[1]!] : [0, 0, 0];
  return y && realDate(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
}

/** Read a date cell; empty gives null, an invalid date an issue (code `code`). */
export function readDate(
  text: string,
  where: Location,
  issues: IssueList,
  code: 'date-invalid' | 'unit-date' = 'date-invalid',
): string | null {
  if (text === '') return null;
  const date = parseDate(text);
  if (!date) issues.add(code, where, { value: text });
  return date;
}

const HTML = /<\s*\/?\s*[a-z!][^>]*>|<\s*script|javascript:/i;
const FORMULA = /^[=+\-@]/;

/**
 * Check free text that will be shown on pages and written to downloads: garbled legacy fonts and HTML
 * are errors; a formula-like start is a warning (downloads neutralise it).
 */
export function checkText(text: string, where: Location, issues: IssueList): void {
  if (text === '') return;
  const char = invisibleChar(text);
  if (char) issues.add('text-invisible', where, { char, value: text });
  else if (looksGarbled(text)) issues.add('text-garbled', where, { value: text });
  if (HTML.test(text)) issues.add('html-in-text', where, { value: text });
  if (FORMULA.test(text)) issues.add('formula-like', where, { value: text });
}

/** Report HTML or script in a text of a YAML file (titles, descriptions): pages show them as plain text. */
export function checkHtml(text: string, where: Location, issues: IssueList): void {
  if (HTML.test(text)) issues.add('html-in-text', where, { value: text });
}
