/**
 * Assessment frameworks as data: how a row's scores give a total and a result class. Two kinds:
 * `points` (sum of criterion points, class by total bands, e.g. TT 44/2014) and `targets`
 * (each target met at a level, recognition level by the weakest target, e.g. TT 25/2023).
 */
import type { Dataset, Framework, ResultClass } from '../types.ts';
import { fold } from '../text.ts';

/** Round away binary noise from summing halves and tenths (3 decimals, finer than any step). */
export const roundScore = (n: number): number => Math.round(n * 1000) / 1000;

/** How many decimals a step has: 1 → 0, 0.5 → 1, 0.25 → 2 (at most 3, the precision roundScore keeps). */
function decimalsOf(step: number): number {
  for (let d = 0; d < 3; d++) if (Math.abs(step * 10 ** d - Math.round(step * 10 ** d)) < 1e-9) return d;
  return 3;
}

/**
 * The one rounding rule of a framework, for every surface (pages, map, downloads): its scores and totals
 * are exact to the decimals of its finest criterion step (a 0.25 step gives 78.25, never 78.3), and
 * statistics of its totals (means, quartiles) are rounded to the same decimals, but at least one (a mean
 * of whole targets reads 13.8, not 14). Surfaces show these numbers as they are and never round again.
 */
export function scoreDecimals(framework: Framework): number {
  if (framework.kind === 'targets') return 0;
  return Math.max(0, ...framework.criteria.map((c) => decimalsOf(c.step)));
}

/** A mean or quartile of a framework's totals, rounded by the framework's rule (scoreDecimals, at least 1). */
export function roundStatistic(framework: Framework, n: number): number {
  const f = 10 ** Math.max(1, scoreDecimals(framework));
  return Math.round(n * f) / f;
}

/** The score step a criterion allows. */
export function stepOf(framework: Framework, criterionMax: number, step?: number): number {
  return framework.kind === 'targets' ? 1 : (step ?? (criterionMax >= 1 ? 0.5 : 0.1));
}

/**
 * The total of a row: points summed for `points`; for `targets`, how many targets are met (level ≥ 1).
 */
export function computeTotal(framework: Framework, scores: Record<string, number>): number {
  let total = 0;
  for (const c of framework.criteria) {
    const value = scores[c.id] ?? 0;
    total += framework.kind === 'points' ? value : value >= 1 ? 1 : 0;
  }
  return roundScore(total);
}

/**
 * The result class of a row. Points: the first class (best first) whose minimum the total reaches.
 * Targets: the first class for which every target reaches min(class level, the target's own maximum).
 */
export function classify(framework: Framework, scores: Record<string, number>, total: number): ResultClass {
  const classes = framework.classes;
  if (framework.kind === 'points') {
    return classes.find((c) => total >= (c.min_total ?? 0)) ?? classes[classes.length - 1]!;
  }
  return (
    classes.find((c) =>
      framework.criteria.every((t) => (scores[t.id] ?? 0) >= Math.min(c.min_level ?? 0, t.max)),
    ) ?? classes[classes.length - 1]!
  );
}

/** Find a class by what staff typed: its id or its name in either language, ignoring case and accents. */
export function findClass(framework: Framework, text: string): ResultClass | undefined {
  const key = fold(text);
  return framework.classes.find((c) => [c.id, c.name.vi, c.name.en].some((n) => fold(n) === key));
}

/** True when the framework applies to `year`. */
export function frameworkCovers(framework: Framework, year: number): boolean {
  return framework.years.from <= year && (framework.years.to === null || year <= framework.years.to);
}

/**
 * The framework a dataset declares for a year (the one rule for the build, the checker and the
 * generators), or undefined when none of its spans covers the year.
 */
export function frameworkIdFor(dataset: Pick<Dataset, 'frameworks'>, year: number): string | undefined {
  return dataset.frameworks.find((s) => s.from <= year && (s.to === null || year <= s.to))?.framework;
}
