/**
 * Everything a commune page shows, gathered for one code: every unit that bore it (in time order) with
 * its district, province, results and lineage; its predecessors' history; the latest result per dataset.
 * Work is proportional to this code's units and results only (the performance budget of the build).
 */
import type { Commune, Dataset, Framework, Result } from '../data/types.ts';
import { districtOf, provinceNameOf, siteIndex } from './lookups.ts';
import { predecessorsOf } from '../data/model/history.ts';
import { placesDuring } from '../data/model/places.ts';

/** Join consecutive stretches with the same name. */
const mergeSpans = (spans: { from: string; to: string | null; name: string }[]) =>
  spans.reduce<typeof spans>((out, s) => {
    const last = out.at(-1);
    if (last && last.name === s.name) last.to = s.to;
    else out.push({ ...s });
    return out;
  }, []);

export interface UnitView {
  unit: Commune;
  districtName: string | null;
  provinceName: string;
  /** The province in each stretch of the unit's period (two when it changed, e.g. 2025-01-01 in Huế). */
  provinces: { from: string; to: string | null; name: string }[];
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
  /** The units the current one was formed from, each with its own latest result per dataset ("Trước khi sáp nhập"). */
  before: { unit: Commune; latest: Result[] }[];
  /** The current unit's own latest result per dataset (its history only), dataset order of the data. */
  latest: Result[];
  /** The current unit's own results per dataset, oldest first (one unit's series). */
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
      provinces: mergeSpans(
        placesDuring(reg, unit).map((p) => ({ from: p.from, to: p.to, name: p.province?.name ?? unit.provinceCode })),
      ),
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
  // The latest result is the current unit's own (its history only): a unit formed by a merger under a
  // reused code shows none until it is assessed, and its predecessors' results stay theirs.
  const latest: Result[] = model.latestOfHistory(model.history(units.at(-1)!.unit.key));
  // One series per unit: the charts show the current unit's own history, never another unit's results
  // that happened to share the code (those stay in their own unit section below).
  const own = model.resultsOfHistory(model.history(units.at(-1)!.unit.key));
  for (const dataset of model.datasets) {
    const results = own.filter((r) => r.dataset === dataset.id).sort((a, b) => a.year - b.year);
    if (results.length === 0) continue;
    const ids = [...new Set(results.map((r) => r.framework))];
    histories.push({ dataset, results, frameworks: ids.map((id) => model.frameworks.get(id)!) });
  }
  const years = [...new Set(all.map((r) => r.year))].sort((a, b) => b - a);
  const current = model.history(units.at(-1)!.unit.key);
  const before = predecessorsOf(model.register, current).map((h) => ({
    unit: h.last,
    latest: model.latestOfHistory(h),
  }));
  return { code, units, current: units.at(-1)!.unit, ancestors, before, latest, histories, years };
}

/**
 * Every result a commune page shows, each once, in the order the view holds them: its units', its
 * ancestors', its predecessors' latest, its current history (which may reach a unit under another code)
 * and its latest. The incremental build keys the page on exactly these (paths.ts, cache-keys.ts).
 */
export function resultsShown(view: CommuneView): Result[] {
  return [
    ...new Set([
      ...view.units.flatMap((u) => u.results),
      ...view.ancestors.flatMap((a) => a.results),
      ...view.before.flatMap((b) => b.latest),
      ...view.histories.flatMap((h) => h.results),
      ...view.latest,
    ]),
  ];
}
