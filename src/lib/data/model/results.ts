/**
 * Results: each assessed row with its computed total, class and ranks. Ranks are computed within the
 * unit's district and province for one dataset-year, best total first; equal totals share a rank
 * (1, 2, 2, 4). Frameworks without ranking (recognition levels) get no ranks.
 */
import type { AssessmentRow, Framework, Result } from '../types.ts';
import type { Register } from './register.ts';
import { classify, computeTotal, findClass } from './frameworks.ts';
import { groupBy } from './group-by.ts';

/** Competition ranks ("1224") for totals, in the order given. */
export function competitionRanks(totals: readonly number[]): number[] {
  const sorted = [...totals].sort((a, b) => b - a);
  const firstIndex = new Map<number, number>();
  sorted.forEach((t, i) => {
    if (!firstIndex.has(t)) firstIndex.set(t, i);
  });
  return totals.map((t) => firstIndex.get(t)! + 1);
}

/** Compute totals, classes, places and ranks for every row. */
export function buildResults(
  rows: readonly AssessmentRow[],
  frameworks: ReadonlyMap<string, Framework>,
  register: Register,
): Result[] {
  const results: Result[] = rows.map((row) => {
    const framework = frameworks.get(row.framework)!;
    const unit = register.communeByKey(row.unitKey)!;
    // A row whose criteria were not published stands for its declared total and result (checked by validation).
    const total = row.criteriaPublished ? computeTotal(framework, row.scores) : row.declaredTotal!;
    const classId = row.criteriaPublished
      ? classify(framework, row.scores, total).id
      : findClass(framework, row.declaredResult)!.id;
    return {
      ...row,
      total,
      classId,
      rankDistrict: null,
      rankProvince: null,
      districtCode: unit.districtCode,
      provinceCode: unit.provinceCode,
    };
  });
  const ranked = results.filter((r) => frameworks.get(r.framework)!.ranking);
  const assign = (key: (r: Result) => string, set: (r: Result, rank: number) => void) => {
    for (const group of groupBy(ranked, key).values()) {
      const ranks = competitionRanks(group.map((r) => r.total));
      group.forEach((r, i) => set(r, ranks[i]!));
    }
  };
  assign((r) => `${r.dataset}|${r.year}|${r.provinceCode}`, (r, rank) => (r.rankProvince = rank));
  assign(
    (r) => `${r.dataset}|${r.year}|${r.districtCode ?? ''}`,
    (r, rank) => (r.rankDistrict = r.districtCode === null ? null : rank),
  );
  return results;
}
