/**
 * getStaticPaths helpers shared by the Vietnamese and English routes (params are strings), each path with
 * the incremental build's `cacheKey` for the data it shows (cache-keys.ts).
 */
import { getModel } from '../data/load.ts';
import { siteIndex } from './lookups.ts';
import { communeView, resultsShown } from './commune-view.ts';
import { inputsKey, resultsKey, shownKey, siteKey, yearKey, yearProvinceKey } from './cache-keys.ts';
import { splitProvinces } from './year-split.ts';

export { splitProvinces, YEAR_SPLIT_RESULTS } from './year-split.ts';

/**
 * The one path of a page without parameters that may show anything (home, lists, map, guides, stories'
 * index, feed): keyed on every input and every result, so a warm build with no change renders none of
 * them, and any change in the data renders them again.
 */
export function sitePage() {
  return [{ params: {}, cacheKey: siteKey() }];
}

/**
 * The one path of a page without parameters that shows no result: only the register, frameworks,
 * datasets and their years, site settings, stories, changelog (the commune and district lists, search,
 * checker, data guide, accessibility). Keyed on the inputs, so a change of results does not render it.
 */
export function inputsPage() {
  return [{ params: {}, cacheKey: inputsKey() }];
}

/**
 * The key of a file made only from the inputs (register, frameworks, changelog) and the years with data,
 * not from any result: the templates for staff (du-lieu/mau/).
 */
export const inputsOnly = <P extends object>(paths: P[]): (P & { cacheKey: string })[] =>
  paths.map((p) => ({ ...p, cacheKey: inputsKey() }));

/** One commune page per code ever used: the page tells the story of the code. */
export function communePaths() {
  return getModel()
    .register.communeCodeList()
    .map((code) => {
      const view = communeView(code);
      return { params: { code }, cacheKey: shownKey(resultsShown(view), view.latest) };
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

/** One page per year and province, for the years whose page is split. */
export function yearProvincePaths() {
  return getModel()
    .years()
    .flatMap((year) =>
      splitProvinces(year).map((province) => ({
        params: { year: String(year), province },
        cacheKey: yearProvinceKey(year, province),
      })),
    );
}
