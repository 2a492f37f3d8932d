/** getStaticPaths helpers shared by the Vietnamese and English routes (params are strings). */
import { getModel } from '../data/load.ts';
import { siteIndex } from './lookups.ts';

/** One commune page per code ever used: the page tells the story of the code. */
export function communePaths() {
  return getModel().register.communeCodeList().map((code) => ({ params: { code } }));
}

/** One page per district code ever used, including abolished districts. */
export function districtPaths() {
  return siteIndex().districtCodes.map((code) => ({ params: { code } }));
}

/** One page per year with any data. */
export function yearPaths() {
  return getModel().years().map((year) => ({ params: { year: String(year) } }));
}

/** One page per dataset. */
export function datasetPaths() {
  return getModel().datasets.map((d) => ({ params: { id: d.id } }));
}
