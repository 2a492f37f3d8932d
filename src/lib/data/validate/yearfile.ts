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
import type { IssueList } from './issues.ts';
import { readTable } from './table.ts';
import { readDeclared } from './declared.ts';

export interface YearFileInput {
  dataset: string;
  year: number;
  file: string;
  bytes: Uint8Array | null;
  framework: Framework;
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
  const table = readTable(file, input.bytes, yearFileColumns(framework), issues);
  if (!table) return [];
  const date = referenceDate(year);
  const width = codeLength(register);
  const seen = new Map<string, number>();
  const rows: AssessmentRow[] = [];

  for (const { row, values } of table.rows) {
    const before = issues.errorCount;
    const at = (column: string) => ({ file, row, column });
    let code = values.commune_code ?? '';
    if (code === '') issues.add('code-missing', at('commune_code'), {});
    else if (/^\d+$/.test(code) && code.length < width) {
      const padded = code.padStart(width, '0');
      if (register.communesWithCode(padded).length > 0) {
        issues.add('code-leading-zeros', at('commune_code'), { value: code, padded });
        code = padded;
      }
    }
    const unit = code === '' ? undefined : register.commune(code, date);
    if (code !== '' && !unit) {
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
  return rows;
}
