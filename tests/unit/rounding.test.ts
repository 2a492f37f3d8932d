/**
 * One rounding rule per framework step, on every surface: a total of a 0.25-step framework reads 76,75
 * on the page (result text), in the map's results file and in the model, never 76,8 in one place and
 * 76,75 in another; statistics keep the scores' decimals (at least one).
 */
import { describe, expect, it } from 'vitest';
import { demoFiles, demoTable, modelWith, rowOf, toCsvText, withCell, cell } from './support/data.ts';
import { roundStatistic, scoreDecimals } from '../../src/lib/data/model/frameworks.ts';
import { mapResults } from '../../src/lib/site/map-data.ts';
import { formatNumber } from '../../src/lib/site/format.ts';
import { totalText } from '../../src/lib/site/result-text.ts';

const FRAMEWORK = 'frameworks/tthtcd-minh-hoa.yaml';
const YEAR = 'datasets/trung-tam-htcd/2018.csv';

/** The demo data with tc01 of the illustrative framework on a 0.25 step and one score of .25 more. */
function quarterStepModel() {
  const yaml = new TextDecoder().decode(demoFiles()[FRAMEWORK]!);
  const quarter = yaml.replace(/(- id: tc01\n(?:.*\n)*?\s+step: )0\.5/, '$10.25');
  expect(quarter).not.toBe(yaml);
  const table = demoTable(YEAR);
  const code = table.rows[0]![0]!;
  const i = rowOf(table, code);
  const score = Number(cell(table, i, 'tc01')) + 0.25;
  const total = Number(cell(table, i, 'total')) + 0.25;
  const changed = withCell(withCell(table, i, 'tc01', String(score)), i, 'total', String(total));
  return { model: modelWith({ [FRAMEWORK]: quarter, [YEAR]: toCsvText(changed) }), code, total };
}

describe('rounding', () => {
  it('shows a 0.25-step total the same on the page, in the map data and in the model', () => {
    const { model, code, total } = quarterStepModel();
    const framework = model.frameworks.get('tthtcd-minh-hoa')!;
    expect(scoreDecimals(framework)).toBe(2);
    const result = model.resultsOf('trung-tam-htcd', 2018).find((r) => r.code === code)!;
    expect(result.total).toBe(total);
    expect(total % 0.5).toBe(0.25);
    const shown = formatNumber(total, 'vi');
    expect(shown).toMatch(/,[27]5$/);
    expect(totalText(result.total, framework, 'vi')).toContain(shown);
    expect(mapResults(model, 'trung-tam-htcd', 2018).r[code]![1]).toBe(total);
  });

  it('rounds statistics to the decimals of the scores, at least one', () => {
    const { model } = quarterStepModel();
    for (const { dataset, year, framework, results } of model.datasetYears()) {
      const decimals = Math.max(1, scoreDecimals(framework));
      const agg = model.aggregateOf(dataset.id, year, 'province', results[0]!.provinceCode)!;
      for (const v of [agg.mean, agg.q1, agg.median, agg.q3])
        expect(Math.abs(v * 10 ** decimals - Math.round(v * 10 ** decimals))).toBeLessThan(1e-6);
      const mean = results.reduce((s, r) => s + r.total, 0) / results.length;
      expect(agg.mean).toBe(roundStatistic(framework, mean));
    }
  });

  it('gives each framework kind its own decimals: halves 1, targets 0', () => {
    const { model } = quarterStepModel();
    expect(scoreDecimals(model.frameworks.get('tt44-2014')!)).toBe(1);
    expect(scoreDecimals(model.frameworks.get('tt25-2023')!)).toBe(0);
    expect(formatNumber(80.5, 'vi')).toBe('80,5');
    expect(formatNumber(80, 'en')).toBe('80');
  });
});
