/**
 * Build the map's JSON files from the model at build time: one small results file per dataset-year, and
 * one units file per distinct set of units (years whose units are the same share a file, so switching
 * between them loads only the results). Polygons are simplified here, never in the browser.
 */
import type { SiteModel } from '../data/model/index.ts';
import { referenceDate } from '../data/model/periods.ts';
import type { BoundaryShape, Shape } from '../data/geo/types.ts';
import { dissolve, simplifyTogether, type SimplifyOptions } from '../data/geo/simplify.ts';
import { classSlot } from './palette.ts';
import { GEO_SCALE, type MapResults, type MapShapes, type MapUnit, type MapUnits } from './map-types.ts';
import { urls } from './urls.ts';

/** Simplification tolerance in degrees (≈ 90 m): invisible at commune zoom on a phone. */
export const SIMPLIFY_TOLERANCE = 0.0008;
/**
 * Most positions one units file may hold. Above it (national scale) the simplification threshold rises
 * until the file fits, so a phone never downloads megabytes of outline: ~120,000 positions ≈ 350 KB gzip.
 */
export const POSITION_BUDGET = 120_000;

/** The simplification of one map file: a triangle of about the tolerance's size survives. */
export const SIMPLIFY: SimplifyOptions = { minArea: SIMPLIFY_TOLERANCE ** 2 / 2, budget: POSITION_BUDGET, digits: 4 };
/** The faint context outline is coarser (it is only there to show where the area is). */
const CONTEXT: SimplifyOptions = { minArea: (SIMPLIFY_TOLERANCE * 3) ** 2 / 2, budget: 20_000, digits: 4 };

/**
 * Above this many units with outlines, a units file carries points only and the outlines come per
 * province when the visitor zooms in (MapUnits.parts): 10,000 outlines do not fit a phone's budget.
 */
export const LAZY_POLYGON_UNITS = 2000;

/** Every year with results in any dataset, ascending. */
export const mapYears = (model: SiteModel): number[] => model.years();

/** The results file of one dataset-year. */
export function mapResults(model: SiteModel, dataset: string, year: number): MapResults {
  const dy = model.datasetYears().find((d) => d.dataset.id === dataset && d.year === year);
  if (!dy) throw new Error(`No results for ${dataset} ${year}`);
  const classes = dy.framework.classes;
  const index = new Map(classes.map((c, i) => [c.id, i]));
  const r: Record<string, [number, number]> = {};
  for (const res of [...dy.results].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))) {
    r[res.code] = [index.get(res.classId)!, res.total]; // exact to the framework's step: never rounded again
  }
  return {
    dataset,
    year,
    framework: dy.framework.id,
    kind: dy.framework.kind,
    classes: classes.map((c, i) => ({ id: c.id, name: c.name, slot: classSlot(i, classes.length) })),
    r,
  };
}

const fileYearsCache = new WeakMap<SiteModel, Map<number, number>>();

/** year → the first year with the same set of units (the name of its units file). */
export function unitFileYears(model: SiteModel): Map<number, number> {
  const hit = fileYearsCache.get(model);
  if (hit) return hit;
  const bySet = new Map<string, number>();
  const out = new Map<number, number>();
  for (const year of mapYears(model)) {
    const date = referenceDate(year);
    // Same units and the same outline for each: a reused code with a new shape makes a new file.
    const key = model.register
      .communesOn(date)
      .map((u) => `${u.key}=${model.boundaries.shapeOf(u.key, date)?.id ?? ''}`)
      .sort()
      .join(',');
    if (!bySet.has(key)) bySet.set(key, year);
    out.set(year, bySet.get(key)!);
  }
  fileYearsCache.set(model, out);
  return out;
}

/** Delta-encode a shape's rings as integers at GEO_SCALE (small JSON, exact to the grid). */
export function encodeShape(shape: Shape): number[][][] {
  return shape.map((polygon) =>
    polygon.map((ring) => {
      const flat: number[] = [];
      let px = 0;
      let py = 0;
      for (const [lon, lat] of ring) {
        const x = Math.round(lon * GEO_SCALE);
        const y = Math.round(lat * GEO_SCALE);
        flat.push(x - px, y - py);
        [px, py] = [x, y];
      }
      return flat;
    }),
  );
}

/** Each unit's outline valid on `date` (the unit's own period's shape, never another unit's under its code). */
const outlinesOf = (model: SiteModel, units: readonly Unit[], date: string): (BoundaryShape | undefined)[] =>
  units.map((u) => model.boundaries.shapeOf(u.key, date));

const contextCache = new WeakMap<SiteModel, number[][][] | null>();

/**
 * The dissolved outer border of the latest outlines in the data, encoded; null without outlines. Drawn
 * faintly under the points of years that have no period-correct outlines, so the map is never a grey box.
 */
export function contextOutline(model: SiteModel): number[][][] | null {
  if (contextCache.has(model)) return contextCache.get(model)!;
  const shapes = model.boundaries.shapes;
  const latest = shapes.reduce((d, s) => (s.from !== null && s.from > d ? s.from : d), '0000-01-01');
  const on = model.boundaries.shapesOn(latest).map((s) => s.shape);
  const ctx = on.length > 0 ? encodeShape(dissolve(on, CONTEXT)) : null;
  contextCache.set(model, ctx);
  return ctx;
}

/** The units file for a year: units valid on 31/12, sorted by code, with simplified polygons if any. */
export function mapUnits(model: SiteModel, year: number, lazyAbove = LAZY_POLYGON_UNITS): MapUnits {
  const date = referenceDate(year);
  const units = unitsOf(model, year);
  const districtCodes = [...new Set(units.map((u) => u.districtCode).filter((c): c is string => c !== null))].sort();
  const districts = districtCodes.map((code): [string, string] => [
    code,
    model.register.district(code, date)?.name ?? code,
  ]);
  const dIndex = new Map(districtCodes.map((c, i) => [c, i]));
  const u = units.map((unit): MapUnit => [
    unit.code,
    unit.name,
    unit.districtCode === null ? -1 : dIndex.get(unit.districtCode)!,
    unit.lat,
    unit.lon,
  ]);
  const outlines = outlinesOf(model, units, date);
  if (!outlines.some((o) => o)) {
    const ctx = contextOutline(model);
    return ctx ? { kind: 'points', districts, u, ctx } : { kind: 'points', districts, u };
  }
  if (units.length > lazyAbove) return { kind: 'polygons', districts, u, parts: provinceParts(units, outlines, year) };
  const simple = simplifyTogether(
    outlines.map((o) => o?.shape ?? []),
    SIMPLIFY,
  ).shapes;
  const g = simple.map((shape) => (shape.length > 0 ? encodeShape(shape) : null));
  return { kind: 'polygons', districts, u, g };
}

type Unit = ReturnType<SiteModel['register']['communesOn']>[number];

/** The units valid on 31/12 of `year`, sorted by code: the order of a units file's `u`. */
const unitsOf = (model: SiteModel, year: number): Unit[] =>
  model.register.communesOn(referenceDate(year)).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

/** Group a units file's indices by province, with each group's bounding box and outline file. */
function provinceParts(
  units: Unit[],
  outlines: (BoundaryShape | undefined)[],
  year: number,
): NonNullable<MapUnits['parts']> {
  const parts = new Map<string, { idx: number[]; bbox: [number, number, number, number] }>();
  units.forEach((unit, i) => {
    const part = parts.get(unit.provinceCode) ?? { idx: [], bbox: [90, 180, -90, -180] };
    parts.set(unit.provinceCode, part);
    part.idx.push(i);
    const points = (outlines[i]?.shape ?? []).flat(2);
    if (unit.lat !== null && unit.lon !== null) points.push([unit.lon, unit.lat]);
    for (const [lon, lat] of points) {
      part.bbox = [
        Math.min(part.bbox[0], lat),
        Math.min(part.bbox[1], lon),
        Math.max(part.bbox[2], lat),
        Math.max(part.bbox[3], lon),
      ];
    }
  });
  return [...parts]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([province, part]) => ({
      province,
      bbox: part.bbox,
      runs: toRuns(part.idx),
      url: urls.mapShapes(year, province),
    }));
}

/** Ascending indices as [first, count] runs. */
function toRuns(idx: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const i of idx) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === i) last[1]++;
    else runs.push([i, 1]);
  }
  return runs;
}

/** The provinces with an outline file for a units file year (empty unless outlines load lazily). */
export function shapeProvinces(model: SiteModel, year: number, lazyAbove = LAZY_POLYGON_UNITS): string[] {
  return mapUnits(model, year, lazyAbove).parts?.map((p) => p.province) ?? [];
}

/** One province's simplified outlines for a lazily loaded units file, in its `idx` order. */
export function mapShapes(model: SiteModel, year: number, province: string): MapShapes {
  const units = unitsOf(model, year).filter((u) => u.provinceCode === province);
  const outlines = outlinesOf(model, units, referenceDate(year));
  const simple = simplifyTogether(
    outlines.map((o) => o?.shape ?? []),
    SIMPLIFY,
  ).shapes;
  return { g: simple.map((shape) => (shape.length > 0 ? encodeShape(shape) : null)) };
}
