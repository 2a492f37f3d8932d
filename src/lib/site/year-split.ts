/**
 * Which year pages are split by province (national scale): a rule of the site's shape that both the
 * paths (paths.ts) and the incremental build's keys (cache-keys.ts) need, kept apart so neither imports
 * the other's module.
 */
import { getModel } from '../data/load.ts';

/**
 * Above this many results in one year, /nam/<year>/ shows a summary per province and the complete tables
 * move to /nam/<year>/<province>/, so every page stays light on a phone (national scale: 10,000+ rows).
 */
export const YEAR_SPLIT_RESULTS = 1500;

/** Provinces with results in `year`, when that year's page is split by province; empty otherwise. */
export function splitProvinces(year: number): string[] {
  const model = getModel();
  const results = model.datasets.flatMap((d) => model.resultsOf(d.id, year));
  if (results.length <= YEAR_SPLIT_RESULTS) return [];
  return [...new Set(results.map((r) => r.provinceCode))].sort();
}
