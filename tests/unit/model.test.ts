/**
 * The model: totals, result classes at their boundaries, the targets-level rule, competition ranks with
 * ties, district and province aggregates, and unit lineage through mergers and reused codes.
 */
import { describe, expect, it } from 'vitest';
import { classify, computeTotal, roundStatistic } from '../../src/lib/data/model/frameworks.ts';
import { competitionRanks } from '../../src/lib/data/model/results.ts';
import { aggregate } from '../../src/lib/data/model/aggregates.ts';
import type { Result } from '../../src/lib/data/types.ts';
import { Y2018, cell, demoTable, modelWith, rowOf, toCsvText, withCell } from './support/data.ts';

const model = modelWith();
const tt44 = model.frameworks.get('tt44-2014')!;
const tt25 = model.frameworks.get('tt25-2023')!;

describe('competition ranks', () => {
  it('ties share a rank and the next rank is skipped (1, 2, 2, 4)', () => {
    expect(competitionRanks([90, 85, 85, 70])).toEqual([1, 2, 2, 4]);
    expect(competitionRanks([85, 70, 90, 85])).toEqual([2, 4, 1, 2]);
    expect(competitionRanks([])).toEqual([]);
  });

  it('every demo rank is 1 + the number of better totals in the same district and province', () => {
    for (const { results, framework } of model.datasetYears()) {
      for (const r of results) {
        if (!framework.ranking) {
          expect(r.rankDistrict).toBeNull();
          expect(r.rankProvince).toBeNull();
          continue;
        }
        const better = (same: (o: Result) => boolean) => results.filter((o) => same(o) && o.total > r.total).length + 1;
        expect(r.rankProvince).toBe(better((o) => o.provinceCode === r.provinceCode));
        if (r.districtCode !== null) expect(r.rankDistrict).toBe(better((o) => o.districtCode === r.districtCode));
      }
    }
  });

  it('two communes given the same scores share a rank in their district; the next one skips', () => {
    const t = demoTable(Y2018);
    const a = rowOf(t, '20122');
    const b = rowOf(t, '20119');
    let tied = t;
    for (const c of tt44.criteria) tied = withCell(tied, b, c.id, cell(t, a, c.id));
    tied = withCell(withCell(tied, b, 'total', ''), b, 'result', '');
    const results = modelWith({ [Y2018]: toCsvText(tied) }).resultsOf('cong-dong-hoc-tap', 2018);
    const ra = results.find((r) => r.code === '20122')!;
    const rb = results.find((r) => r.code === '20119')!;
    expect(ra.districtCode).toBe(rb.districtCode);
    expect(rb.total).toBe(ra.total);
    expect(rb.rankDistrict).toBe(ra.rankDistrict);
    const next = results
      .filter((r) => r.districtCode === ra.districtCode && r.total < ra.total)
      .map((r) => r.rankDistrict!);
    const tiedCount = results.filter((r) => r.districtCode === ra.districtCode && r.total === ra.total).length;
    expect(tiedCount).toBeGreaterThanOrEqual(2);
    if (next.length > 0) expect(Math.min(...next)).toBe(ra.rankDistrict! + tiedCount);
  });
});

describe('points: totals and class bands', () => {
  it('the total is the sum of the criterion points', () => {
    const t = demoTable(Y2018);
    const scores = Object.fromEntries(tt44.criteria.map((c) => [c.id, Number(cell(t, 0, c.id))]));
    const sum = Object.values(scores).reduce((s, x) => s + x, 0);
    expect(computeTotal(tt44, scores)).toBeCloseTo(sum, 9);
    expect(
      model.resultsOf('cong-dong-hoc-tap', 2018).find((r) => r.code === cell(t, 0, 'commune_code'))!.total,
    ).toBeCloseTo(sum, 9);
  });

  it('a total exactly on a threshold is in that class; half a point below is in the next one (84.5 vs 85)', () => {
    const classes = tt44.classes;
    for (let i = 0; i < classes.length - 1; i++) {
      const min = classes[i]!.min_total!;
      expect(classify(tt44, {}, min).id).toBe(classes[i]!.id);
      expect(classify(tt44, {}, min - 0.5).id).toBe(classes[i + 1]!.id);
    }
    const tot = classes.find((c) => c.id === 'tot')!;
    expect(tot.min_total).toBe(85);
    expect(classify(tt44, {}, 84.5).id).not.toBe('tot');
    expect(classify(tt44, {}, 85).id).toBe('tot');
  });
});

describe('targets: recognition levels', () => {
  const all = (level: number) => Object.fromEntries(tt25.criteria.map((c) => [c.id, Math.min(level, c.max)]));
  const oneMax1 = tt25.criteria.find((c) => c.max === 1)!;
  const oneMax2 = tt25.criteria.find((c) => c.max === 2)!;

  it('a target whose highest level is 1, met at 1, counts for level 2', () => {
    const scores = all(2);
    expect(scores[oneMax1.id]).toBe(1);
    expect(classify(tt25, scores, computeTotal(tt25, scores)).id).toBe('muc-do-2');
  });

  it('a level-2 target met only at level 1 gives level 1', () => {
    const scores = { ...all(2), [oneMax2.id]: 1 };
    expect(classify(tt25, scores, computeTotal(tt25, scores)).id).toBe('muc-do-1');
  });

  it('one target not met: not recognised; the total counts targets met', () => {
    const scores = { ...all(1), [oneMax1.id]: 0 };
    expect(classify(tt25, scores, computeTotal(tt25, scores)).id).toBe('chua-cong-nhan');
    expect(computeTotal(tt25, scores)).toBe(tt25.criteria.length - 1);
    expect(computeTotal(tt25, all(2))).toBe(tt25.criteria.length);
  });
});

describe('aggregates', () => {
  const fake = (code: string, total: number): Result => ({
    dataset: 'd',
    year: 2018,
    framework: tt44.id,
    unitKey: `${code}@2015-01-01`,
    code,
    nameInFile: '',
    scores: {},
    declaredTotal: null,
    declaredResult: '',
    source: '',
    criteriaPublished: true,
    decisionNumber: '',
    decisionDate: '',
    note: '',
    sourceRow: 2,
    total,
    classId: classify(tt44, {}, total).id,
    rankDistrict: null,
    rankProvince: null,
    districtCode: '1',
    provinceCode: '1',
  });

  it('mean, median, min, max and class counts of a small group', () => {
    const totals = [70, 90, 84.5, 85, 49.5];
    const a = aggregate(
      totals.map((t, i) => fake(String(i), t)),
      tt44,
      'district',
      '1',
    );
    const sorted = [...totals].sort((x, y) => x - y);
    expect(a.count).toBe(5);
    expect(a.mean).toBeCloseTo(totals.reduce((s, x) => s + x, 0) / 5, 2);
    expect(a.median).toBe(sorted[2]);
    expect(a.min).toBe(sorted[0]);
    expect(a.max).toBe(sorted[4]);
    const expected = Object.fromEntries(
      tt44.classes.map((c) => [c.id, totals.filter((t) => classify(tt44, {}, t).id === c.id).length]),
    );
    expect(a.classes).toEqual(expected);
    expect(Object.keys(a.classes)).toEqual(tt44.classes.map((c) => c.id));
  });

  it('an even group has the midpoint as median', () => {
    const a = aggregate(
      [70, 80, 90, 85].map((t, i) => fake(String(i), t)),
      tt44,
      'district',
      '1',
    );
    expect(a.median).toBe(82.5);
  });

  it('each demo district and province aggregate matches its results', () => {
    for (const { dataset, year, framework, results } of model.datasetYears()) {
      for (const level of ['district', 'province'] as const) {
        const codes = new Set(
          results.map((r) => (level === 'district' ? r.districtCode : r.provinceCode)).filter((c) => c !== null),
        );
        for (const code of codes) {
          const group = results.filter((r) => (level === 'district' ? r.districtCode : r.provinceCode) === code);
          const a = model.aggregateOf(dataset.id, year, level, code!)!;
          expect(a.count).toBe(group.length);
          expect(a.mean).toBe(roundStatistic(framework, group.reduce((s, r) => s + r.total, 0) / group.length));
          expect(Object.values(a.classes).reduce((s, n) => s + n, 0)).toBe(group.length);
        }
      }
    }
  });
});

describe('lineage', () => {
  const reg = model.register;
  const names = (keys: { name: string }[]) => keys.map((u) => u.name);

  it('code 20122 named three units over time, in order', () => {
    const units = reg.communesWithCode('20122');
    expect(names(units)).toEqual(['Xã Vinh Giang', 'Xã Giang Hải', 'Xã Vinh Lộc']);
    for (let i = 1; i < units.length; i++) expect(units[i]!.from > units[i - 1]!.to!).toBe(true);
  });

  it('Vinh Giang → Giang Hải → Vinh Lộc', () => {
    const [vinhGiang, giangHai, vinhLoc] = reg.communesWithCode('20122');
    expect(vinhGiang!.successors).toEqual([giangHai!.key]);
    expect(giangHai!.successors).toEqual([vinhLoc!.key]);
    expect(names(reg.descendants(vinhGiang!.key))).toEqual(['Xã Giang Hải', 'Xã Vinh Lộc']);
  });

  it('Giang Hải descends from Vinh Giang and Vinh Hải; Vinh Lộc from all of them', () => {
    const [, giangHai, vinhLoc] = reg.communesWithCode('20122');
    expect(names(reg.ancestors(giangHai!.key)).sort()).toEqual(['Xã Vinh Giang', 'Xã Vinh Hải']);
    const before = names(reg.ancestors(vinhLoc!.key));
    for (const n of ['Xã Giang Hải', 'Xã Vinh Mỹ', 'Xã Vinh Hưng', 'Xã Vinh Hiền', 'Xã Vinh Giang', 'Xã Vinh Hải']) {
      expect(before).toContain(n);
    }
    expect(before.indexOf('Xã Giang Hải')).toBeLessThan(before.indexOf('Xã Vinh Giang'));
  });

  it('a code resolves to the unit valid on the day asked', () => {
    expect(reg.commune('20122', '2018-12-31')?.name).toBe('Xã Vinh Giang');
    expect(reg.commune('20122', '2020-01-01')?.name).toBe('Xã Giang Hải');
    expect(reg.commune('20122', '2025-07-01')?.name).toBe('Xã Vinh Lộc');
    expect(reg.commune('20119', '2024-12-31')).toBeUndefined();
  });

  it('results filed under 20122 belong to the unit of their year', () => {
    for (const r of model.resultsOfCode('20122')) {
      expect(model.unitOf(r).key).toBe(reg.commune('20122', `${r.year}-12-31`)!.key);
    }
  });
});

describe('units valid on a day (register.communesOn)', () => {
  it('lists the units valid that day by Vietnamese name, and a caller re-sorting its list changes no later answer', () => {
    const date = '2019-12-31';
    const first = model.register.communesOn(date);
    const expected = model.register.communes
      .filter((u) => u.from <= date && (u.to === null || date <= u.to))
      .map((u) => u.name)
      .sort(new Intl.Collator('vi').compare);
    expect(first.map((u) => u.name)).toEqual(expected);
    first.sort((a, b) => (a.code < b.code ? 1 : -1)).pop();
    expect(model.register.communesOn(date).map((u) => u.name)).toEqual(expected);
  });
});
