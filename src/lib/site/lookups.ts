/**
 * Site-wide lookups built once per build from the model (memoised), so that each page does work in
 * proportion to its own commune or district, never a scan of every unit or result.
 */
import { getModel } from '../data/load.ts';
import { groupBy } from '../data/model/group-by.ts';
import type { SiteModel } from '../data/model/index.ts';
import type { Commune, District, Result } from '../data/types.ts';
import { compareVi } from '../data/text.ts';

export interface SiteIndex {
  model: SiteModel;
  /** The latest year with any data. */
  latestYear: number;
  /** Every unit that ever belonged to a district, by district code, sorted by name. */
  communesByDistrict: Map<string, Commune[]>;
  /** Results by district code, any year. */
  resultsByDistrict: Map<string, Result[]>;
  /** Every district code, numeric order. */
  districtCodes: string[];
}

// Per model, so the index goes with its model when releaseData() lets the model go.
const indexes = new WeakMap<SiteModel, SiteIndex>();

/** The memoised site index. */
export function siteIndex(): SiteIndex {
  const model = getModel();
  const hit = indexes.get(model);
  if (hit) return hit;
  const latestYear = model.years().at(-1) ?? new Date().getUTCFullYear();
  const communesByDistrict = new Map(
    [...model.register.communesByDistrict()].map(([code, list]) => [
      code,
      [...list].sort((a, b) => compareVi(a.name, b.name) || a.from.localeCompare(b.from)),
    ]),
  );
  const resultsByDistrict = groupBy(
    model.results.filter((r) => r.districtCode !== null),
    (r) => r.districtCode!,
  );
  const districtCodes = [...new Set(model.register.districts.map((d) => d.code))].sort();
  const index = { model, latestYear, communesByDistrict, resultsByDistrict, districtCodes };
  indexes.set(model, index);
  return index;
}

/** The district a unit belonged to during its period (as of its first day, else the record's last). */
export function districtOf(unit: Commune): District | undefined {
  if (!unit.districtCode) return undefined;
  const reg = getModel().register;
  return reg.district(unit.districtCode, unit.from) ?? reg.districtsWithCode(unit.districtCode).at(-1);
}

/** The province name of a unit during its period. */
export function provinceNameOf(unit: Commune): string {
  const reg = getModel().register;
  const p = reg.province(unit.provinceCode, unit.to ?? unit.from) ?? reg.province(unit.provinceCode, unit.from);
  return p?.name ?? unit.provinceCode;
}

/** The in-page anchor of one unit (one period of a code) on its code's page. */
export const unitAnchor = (unit: Commune): string => `tu-${unit.from}`;
