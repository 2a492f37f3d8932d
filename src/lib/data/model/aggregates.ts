/**
 * Summaries of one dataset-year over a group of communes (a district or a province): how many, the
 * mean and spread of totals, and how many fell in each class. Used for comparisons and overviews.
 */
import { mean, quantileSorted } from 'd3-array';
import type { Framework, Result } from '../types.ts';
import { roundStatistic } from './frameworks.ts';

export interface Aggregate {
  dataset: string;
  year: number;
  framework: string;
  level: 'district' | 'province';
  code: string;
  count: number;
  mean: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  /** Count per class id, in the framework's class order (every class present, possibly 0). */
  classes: Record<string, number>;
}

/** Summarise the results of one group (all from the same dataset-year and framework). */
export function aggregate(
  results: readonly Result[],
  framework: Framework,
  level: Aggregate['level'],
  code: string,
): Aggregate {
  const totals = results.map((r) => r.total).sort((a, b) => a - b);
  const classes: Record<string, number> = {};
  for (const c of framework.classes) classes[c.id] = 0;
  for (const r of results) classes[r.classId] = (classes[r.classId] ?? 0) + 1;
  const q = (p: number) => roundStatistic(framework, quantileSorted(totals, p) ?? 0);
  return {
    dataset: results[0]?.dataset ?? '',
    year: results[0]?.year ?? 0,
    framework: framework.id,
    level,
    code,
    count: results.length,
    mean: roundStatistic(framework, mean(totals) ?? 0),
    min: totals[0] ?? 0,
    q1: q(0.25),
    median: q(0.5),
    q3: q(0.75),
    max: totals[totals.length - 1] ?? 0,
    classes,
  };
}
