/**
 * getStaticPaths helpers shared by the Vietnamese and English routes (params are strings), each path with
 * the incremental build's `cacheKey` for the data it shows (cache-keys.ts).
 */
import { getModel } from '../data/load.ts';
import { siteIndex } from './lookups.ts';
import { communeView } from './commune-view.ts';
import { resultsKey, siteKey, yearKey } from './cache-keys.ts';

/** One commune page per code ever used: the page tells the story of the code. */
export function communePaths() {
  return getModel()
    .register.communeCodeList()
    .map((code) => {
      const view = communeView(code);
      const shown = [
        ...view.units.flatMap((u) => u.results),
        ...view.ancestors.flatMap((a) => a.results),
        ...view.before.flatMap((b) => b.latest),
      ];
      return { params: { code }, cacheKey: resultsKey(shown) };
    });
}

/** One page per district code ever used, including abolished districts. */
export function districtPaths() {
  const { districtCodes, resultsByDistrict } = siteIndex();
  return districtCodes.map((code) => ({ params: { code }, cacheKey: resultsKey(resultsByDistrict.get(code) ?? []) }));
}

/** One page per year with any data. */
export function yearPaths() {
  return getModel()
    .years()
    .map((year) => ({ params: { year: String(year) }, cacheKey: yearKey(year) }));
}

/** One page per dataset. */
export function datasetPaths() {
  return getModel().datasets.map((d) => ({ params: { id: d.id }, cacheKey: siteKey() }));
}

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

/** One page per year and province, for the years whose page is split. */
export function yearProvincePaths() {
  return getModel()
    .years()
    .flatMap((year) =>
      splitProvinces(year).map((province) => ({ params: { year: String(year), province }, cacheKey: yearKey(year) })),
    );
}
