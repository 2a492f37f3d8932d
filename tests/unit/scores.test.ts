/**
 * Bad input, scores and declared results: out of range, not a number, off the step, empty; a declared
 * total or result that does not match the framework; and every problem of a file reported at once.
 */
import { describe, expect, it } from 'vitest';
import { classify, computeTotal } from '../../src/lib/data/model/frameworks.ts';
import {
  Y2018,
  Y2024,
  cell,
  demoTable,
  errors,
  excelRow,
  expectIssue,
  modelWith,
  toCsvText,
  validateWith,
  withCell,
} from './support/data.ts';

const model = modelWith();
const tt44 = model.frameworks.get('tt44-2014')!;
const tt25 = model.frameworks.get('tt25-2023')!;
const maxOf = (id: string) => tt44.criteria.find((c) => c.id === id)!.max;

describe('score cells', () => {
  const t = demoTable(Y2018);

  it.each([
    ['above the maximum', String(maxOf('tc01') + 1), 'score-out-of-range'],
    ['negative', '-1', 'score-out-of-range'],
    ['a word', 'tám', 'score-not-number'],
    ['a formula', '=8+1', 'score-not-number'],
    ['a number with a unit', '8đ', 'score-not-number'],
    ['off the step', '8.3', 'score-step'],
    ['empty', '', 'score-missing'],
  ])('%s is an error at its cell', (_what, value, code) => {
    const v = validateWith({ [Y2018]: toCsvText(withCell(t, 6, 'tc01', value)) });
    const issue = expectIssue(v, { file: Y2018, row: excelRow(6), column: 'tc01', code, severity: 'error' });
    if (value !== '') expect(issue.message_vi).toContain(value);
    expect(v.data).toBeNull();
  });

  it('a targets framework rejects level 2 on a target whose highest level is 1', () => {
    const t24 = demoTable(Y2024);
    const target = tt25.criteria.find((c) => c.max === 1)!;
    const v = validateWith({ [Y2024]: toCsvText(withCell(t24, 0, target.id, '2')) });
    const issue = expectIssue(v, {
      file: Y2024,
      row: excelRow(0),
      column: target.id,
      code: 'score-out-of-range',
      severity: 'error',
    });
    expect(issue.message_en).toContain('0–1');
  });
});

describe('declared total and result', () => {
  const t = demoTable(Y2018);
  const scoresOf = (index: number) =>
    Object.fromEntries(tt44.criteria.map((c) => [c.id, Number(cell(t, index, c.id))]));

  it('a total that does not match the criteria is an error naming both totals', () => {
    const computed = computeTotal(tt44, scoresOf(1));
    const v = validateWith({ [Y2018]: toCsvText(withCell(t, 1, 'total', String(computed + 1))) });
    const issue = expectIssue(v, {
      file: Y2018,
      row: excelRow(1),
      column: 'total',
      code: 'total-mismatch',
      severity: 'error',
    });
    expect(issue.message_en).toContain(String(computed));
    expect(issue.message_en).toContain(String(computed + 1));
  });

  it('a total written with a decimal comma that matches is accepted', () => {
    const index = t.rows.findIndex((r) => cell({ header: t.header, rows: [r] }, 0, 'total').includes('.'));
    const total = cell(t, index, 'total');
    const v = validateWith({ [Y2018]: toCsvText(withCell(t, index, 'total', total.replace('.', ','))) });
    expect(errors(v)).toEqual([]);
  });

  it('a result that is another class than the framework gives is an error', () => {
    const computed = classify(tt44, scoresOf(2), computeTotal(tt44, scoresOf(2)));
    const other = tt44.classes.find((c) => c.id !== computed.id)!;
    const v = validateWith({ [Y2018]: toCsvText(withCell(t, 2, 'result', other.name.vi)) });
    const issue = expectIssue(v, {
      file: Y2018,
      row: excelRow(2),
      column: 'result',
      code: 'result-mismatch',
      severity: 'error',
    });
    expect(issue.message_vi).toContain(computed.name.vi);
  });

  it('a result written without accents or in English is understood', () => {
    const computed = classify(tt44, scoresOf(2), computeTotal(tt44, scoresOf(2)));
    for (const written of [
      computed.name.en.toUpperCase(),
      computed.name.vi.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
    ]) {
      const v = validateWith({ [Y2018]: toCsvText(withCell(t, 2, 'result', written)) });
      expect(errors(v), written).toEqual([]);
    }
  });

  it('a result the framework does not define is an error listing the options', () => {
    const v = validateWith({ [Y2018]: toCsvText(withCell(t, 2, 'result', 'Xuất sắc')) });
    const issue = expectIssue(v, {
      file: Y2018,
      row: excelRow(2),
      column: 'result',
      code: 'result-unknown',
      severity: 'error',
    });
    for (const c of tt44.classes) expect(issue.message_vi).toContain(c.name.vi);
  });

  it('an impossible decision date is an error', () => {
    const v = validateWith({ [Y2018]: toCsvText(withCell(t, 2, 'decision_date', '31/02/2019')) });
    expectIssue(v, { file: Y2018, row: excelRow(2), column: 'decision_date', code: 'date-invalid', severity: 'error' });
  });

  it('a decision date written DD/MM/YYYY is accepted as that day', () => {
    const iso = cell(t, 2, 'decision_date');
    const [y, m, d] = iso.split('-');
    const code = cell(t, 2, 'commune_code');
    const m2 = modelWith({ [Y2018]: toCsvText(withCell(t, 2, 'decision_date', `${d}/${m}/${y}`)) });
    expect(m2.resultsOf('cong-dong-hoc-tap', 2018).find((r) => r.code === code)?.decisionDate).toBe(iso);
  });
});

describe('every problem of a file at once', () => {
  it('three different errors on rows 3, 5 and 7 are all reported, and nothing else', () => {
    const t = demoTable(Y2018);
    let bad = withCell(t, 1, 'tc02', 'abc');
    bad = withCell(bad, 3, 'commune_code', '99999');
    const total = Number(cell(t, 5, 'total'));
    bad = withCell(bad, 5, 'total', String(total + 2));
    const v = validateWith({ [Y2018]: toCsvText(bad) });
    const found = errors(v).map((i) => [i.file, i.row, i.column, i.code]);
    expect(found).toEqual([
      [Y2018, 3, 'tc02', 'score-not-number'],
      [Y2018, 5, 'commune_code', 'code-unknown'],
      [Y2018, 7, 'total', 'total-mismatch'],
    ]);
    expect(v.errorCount).toBe(3);
  });

  it('errors in several files are reported together', () => {
    const a = withCell(demoTable(Y2018), 0, 'tc01', 'x');
    const b = withCell(demoTable(Y2024), 0, 'ct01', 'x');
    const v = validateWith({ [Y2018]: toCsvText(a), [Y2024]: toCsvText(b) });
    expect(new Set(errors(v).map((i) => i.file))).toEqual(new Set([Y2018, Y2024]));
  });
});
