/**
 * Everything a commune page shows, gathered for one code: every unit that bore it (in time order) with
 * its district, province, results and lineage; its predecessors' history; the latest result per dataset.
 * Work is proportional to this code's units and results only (the performance budget of the build).
 */
import type { Commune, Dataset, Framework, Result } from '../data/types.ts';
import { districtOf, provinceNameOf, siteIndex } from './lookups.ts';

export interface UnitView {
  unit: Commune;
  districtName: string | null;
  provinceName: string;
  results: Result[];
  predecessors: Commune[];
  successors: Commune[];
}

export interface DatasetHistory {
  dataset: Dataset;
  results: Result[];
  frameworks: Framework[];
}

export interface CommuneView {
  code: string;
  units: UnitView[];
  current: Commune;
  /** Units with another code that this code's units descend from, nearest first, with their results. */
  ancestors: { unit: Commune; results: Result[] }[];
  /** Latest result per dataset under this code (any of its units), dataset order of the data. */
  latest: Result[];
  /** Results under this code per dataset, oldest first. */
  histories: DatasetHistory[];
  /** Years with results under this code, newest first (for the criteria tables). */
  years: number[];
}

/** Build the view of `/xa/<code>/`. */
export function communeView(code: string): CommuneView {
  const { model } = siteIndex();
  const reg = model.register;
  const units = reg.communesWithCode(code).map((unit) => {
    const district = districtOf(unit);
    return {
      unit,
      districtName: district?.name ?? null,
      provinceName: provinceNameOf(unit),
      results: model.resultsOfUnit(unit.key),
      predecessors: unit.predecessors.map((k) => reg.communeByKey(k)!),
      successors: unit.successors.map((k) => reg.communeByKey(k)!),
    };
  });
  const ownKeys = new Set(units.map((u) => u.unit.key));
  const seen = new Set<string>();
  const ancestors: CommuneView['ancestors'] = [];
  for (const u of units) {
    for (const a of reg.ancestors(u.unit.key)) {
      if (ownKeys.has(a.key) || seen.has(a.key) || a.code === code) continue;
      seen.add(a.key);
      ancestors.push({ unit: a, results: model.resultsOfUnit(a.key) });
    }
  }
  const all = units.flatMap((u) => u.results);
  const histories: DatasetHistory[] = [];
  const latest: Result[] = [];
  for (const dataset of model.datasets) {
    const results = all.filter((r) => r.dataset === dataset.id).sort((a, b) => a.year - b.year);
    if (results.length === 0) continue;
    latest.push(results.at(-1)!);
    const ids = [...new Set(results.map((r) => r.framework))];
    histories.push({ dataset, results, frameworks: ids.map((id) => model.frameworks.get(id)!) });
  }
  const years = [...new Set(all.map((r) => r.year))].sort((a, b) => b - a);
  return { code, units, current: units.at(-1)!.unit, ancestors, latest, histories, years };
}
