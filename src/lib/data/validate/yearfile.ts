/**
 * Check one year file of a dataset against its framework and the unit register, row by row, and turn
 * the good rows into AssessmentRows. Every problem is reported; a row with an error is left out.
 */
import { yearFileColumns } from '../contract.ts';
import type { AssessmentRow, Framework } from '../types.ts';
import { nfc, foldUnitName } from '../text.ts';
import { referenceDate } from '../model/periods.ts';
import type { Register } from '../model/register.ts';
import { readDate, readNumber } from './cells.ts';
import { looksGarbled } from '../read/decode.ts';
import type { IssueList, Location } from './issues.ts';
import { listRows, readTable } from './table.ts';
import { templateHeading, yearFileHeadings } from './headings.ts';
import { normaliseCode } from './codes.ts';
import { CODE_PATTERN } from '../limits.ts';
import type { YearFileFormat } from '../read/sniff.ts';
import type { Grid } from './grid.ts';
import { readDeclared } from './declared.ts';

const WELL_FORMED_CODE = new RegExp(CODE_PATTERN);

export interface YearFileInput {
  dataset: string;
  year: number;
  file: string;
  bytes: Uint8Array | null;
  framework: Framework;
  /** What the file's name says it is (default CSV). */
  format?: YearFileFormat;
  /** Every framework, to recognise a file laid out for another one than the year's. */
  frameworks?: ReadonlyMap<string, Framework>;
  /** Receives the rows as read (the checker previews them). */
  onGrid?: (grid: Grid) => void;
}

/** Where the blank template of a dataset-year is published (relative to the site). */
export const templatePath = (dataset: string, year: number): string => `du-lieu/mau/${dataset}/${year}.xlsx`;

/**
 * When the header does not fit the year's framework, tell whether it is the layout of another
 * framework (the TT 44 template used for a TT 25 year): one error naming dataset.yaml, the framework
 * that applies and the template, instead of a list of unknown columns.
 */
function otherFramework(input: YearFileInput, headings: string[], issues: IssueList, at: Location): boolean {
  const found = (f: Framework) => {
    const resolve = yearFileHeadings(f, yearFileColumns(f));
    const ids = new Set(f.criteria.map((c) => c.id));
    return new Set(headings.map(resolve).filter((id): id is string => id !== null && ids.has(id))).size;
  };
  const own = found(input.framework) / input.framework.criteria.length;
  if (own >= 0.5) return false;
  for (const f of input.frameworks?.values() ?? []) {
    if (f.id === input.framework.id || found(f) / f.criteria.length < 0.6) continue;
    issues.add('framework-mismatch', at, {
      dataset: input.dataset,
      year: input.year,
      framework: `${input.framework.short.vi} (${input.framework.id})`,
      other: `${f.short.vi} (${f.id})`,
      template: templatePath(input.dataset, input.year),
    });
    return true;
  }
  return false;
}

/** The usual length of commune codes in the register (5 for GSO codes), to restore lost leading zeros. */
function codeLength(register: Register): number {
  const counts = new Map<number, number>();
  for (const c of register.communes) counts.set(c.code.length, (counts.get(c.code.length) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 5;
}

const describeUnits = (register: Register, code: string): string =>
  register
    .communesWithCode(code)
    .map((u) => `${u.name} (${u.from} → ${u.to ?? '…'})`)
    .join('; ');

/** Validate a year file; returns the rows that passed every check. */
export function readYearFile(input: YearFileInput, register: Register, issues: IssueList): AssessmentRow[] {
  const { dataset, year, file, framework } = input;
  const columns = yearFileColumns(framework);
  const table = readTable(file, input.bytes, columns, issues, {
    format: input.format ?? 'csv',
    year,
    headings: yearFileHeadings(framework, columns),
    describeColumn: (c) => {
      const heading = templateHeading(c, framework);
      return heading === c.name ? c.name : `${c.name} (${heading})`;
    },
    explainHeader: (headings, _problem, at) => otherFramework(input, headings, issues, at),
    ...(input.onGrid ? { onGrid: input.onGrid } : {}),
  });
  if (!table) return [];
  const notAssessed: number[] = [];
  const date = referenceDate(year);
  const width = codeLength(register);
  const seen = new Map<string, number>();
  const rows: AssessmentRow[] = [];

  for (const { row, values, numeric } of table.rows) {
    const before = issues.errorCount;
    const at = (column: string) => table.at(row, column);
    const raw = values.commune_code ?? '';
    if (raw !== '' && framework.criteria.every((c) => (values[c.id] ?? '') === '') && ['total', 'result', 'decision_number', 'decision_date', 'source'].every((k) => (values[k] ?? '') === '')) {
      notAssessed.push(row);
      continue;
    }
    let code = normaliseCode(raw);
    if (numeric?.has('commune_code')) issues.addOncePerFile('code-stored-as-number', at('commune_code'), { value: raw });
    else if (code !== raw) issues.addOncePerFile('code-normalised', at('commune_code'), { value: raw, code });
    if (code === '') issues.add('code-missing', at('commune_code'), {});
    else if (/^\d+$/.test(code) && code.length < width) {
      const padded = code.padStart(width, '0');
      if (register.communesWithCode(padded).length > 0) {
        issues.add('code-leading-zeros', at('commune_code'), { value: code, padded });
        code = padded;
      }
    }
    // A code that is not digits at all was already refused as `code-syntax` by the table reader: looking it
    // up would only add a second error (`code-unknown`) to the same cell.
    const wellFormed = WELL_FORMED_CODE.test(code);
    const unit = wellFormed ? register.commune(code, date) : undefined;
    if (wellFormed && !unit) {
      if (register.communesWithCode(code).length > 0) {
        issues.add('code-not-valid-in-year', at('commune_code'), { code, year, units: describeUnits(register, code) });
      } else {
        issues.add('code-unknown', at('commune_code'), { code });
      }
    }
    if (unit) {
      const first = seen.get(unit.key);
      if (first !== undefined) issues.add('code-duplicate', at('commune_code'), { code, first });
      else seen.set(unit.key, row);
      const name = nfc(values.commune_name ?? '');
      if (name !== '' && name !== unit.name && !looksGarbled(name) && foldUnitName(name) !== foldUnitName(unit.name)) {
        issues.add('name-mismatch', at('commune_name'), { name, expected: unit.name });
      }
    }

    const scores: Record<string, number> = {};
    const empty = framework.criteria.every((c) => (values[c.id] ?? '') === '');
    for (const c of framework.criteria) {
      const text = values[c.id];
      if (text === undefined) continue;
      if (text === '') {
        if (!empty) issues.add('score-missing', at(c.id), {});
        continue;
      }
      const value = readNumber(text, at(c.id), issues);
      if (value === null) continue;
      if (value < 0 || value > c.max) issues.add('score-out-of-range', at(c.id), { value, max: c.max });
      else if (Math.abs(value / c.step - Math.round(value / c.step)) > 1e-9) {
        issues.add('score-step', at(c.id), { value, step: c.step });
      }
      scores[c.id] = value;
    }

    const complete = Object.keys(scores).length === framework.criteria.length;
    const declared = readDeclared(framework, values, scores, { complete, empty }, at, issues);
    const decisionDate = readDate(values.decision_date ?? '', at('decision_date'), issues) ?? '';
    const source = nfc(values.source ?? '');
    if (/^([a-z][a-z0-9+.-]*:\/\/|(javascript|data|vbscript|file):)/i.test(source) && !/^https?:\/\/\S+$/i.test(source)) {
      issues.add('source-not-web', at('source'), { value: source });
    }

    if (issues.errorCount === before && unit && declared) {
      rows.push({
        dataset,
        year,
        framework: framework.id,
        unitKey: unit.key,
        code,
        nameInFile: nfc(values.commune_name ?? ''),
        scores,
        declaredTotal: declared.declaredTotal,
        declaredResult: declared.declaredResult,
        decisionNumber: nfc(values.decision_number ?? ''),
        decisionDate,
        note: nfc(values.note ?? ''),
        source,
        criteriaPublished: declared.criteriaPublished,
        sourceRow: row,
      });
    }
  }
  if (notAssessed.length > 0) issues.add('rows-not-assessed', table.at(null, null), { rows: listRows(notAssessed) });
  return rows;
}
