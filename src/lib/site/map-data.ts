/**
 * Build the map's JSON files from the model at build time: one small results file per dataset-year, and
 * one units file per distinct set of units (years whose units are the same share a file, so switching
 * between them loads only the results). Polygons are simplified here, never in the browser.
 */
import type { SiteModel } from '../data/model/index.ts';
import { referenceDate } from '../data/model/periods.ts';
import type { Boundaries, Shape } from '../data/geo/types.ts';
import { simplifyShape } from '../data/geo/simplify.ts';
import { classSlot } from './palette.ts';
import { GEO_SCALE, type MapResults, type MapShapes, type MapUnit, type MapUnits } from './map-types.ts';
import { urls } from './urls.ts';

/** Simplification tolerance in degrees (≈ 90 m): invisible at commune zoom on a phone. */
export const SIMPLIFY_TOLERANCE = 0.0008;
/**
 * Most positions one units file may hold. Above it (national scale) the tolerance grows step by step
 * until the file fits, so a phone never downloads megabytes of outline: ~120,000 positions ≈ 350 KB gzip.
 */
export const POSITION_BUDGET = 120_000;

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
    const key = model.register
      .communesOn(referenceDate(year))
      .map((u) => u.key)
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

/** The units file for a year: units valid on 31/12, sorted by code, with simplified polygons if any. */
export function mapUnits(
  model: SiteModel,
  year: number,
  boundaries: Boundaries,
  lazyAbove = LAZY_POLYGON_UNITS,
): MapUnits {
  const date = referenceDate(year);
  const units = model.register.communesOn(date).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
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
  const polygons = units.some((unit) => boundaries.shapes.has(unit.code));
  if (!polygons) return { kind: 'points', districts, u };
  if (units.length > lazyAbove)
    return { kind: 'polygons', districts, u, parts: provinceParts(units, year, boundaries) };
  let tolerance = SIMPLIFY_TOLERANCE;
  let simple: Shape[] = [];
  for (let step = 0; step < 10; step++, tolerance *= 1.6) {
    simple = units.map((unit) => {
      const shape = boundaries.shapes.get(unit.code);
      return shape ? simplifyShape(shape, tolerance) : [];
    });
    const positions = simple.reduce(
      (n, shape) => n + shape.reduce((m, p) => m + p.reduce((k, r) => k + r.length, 0), 0),
      0,
    );
    if (positions <= POSITION_BUDGET) break;
  }
  const g = simple.map((shape) => (shape.length > 0 ? encodeShape(shape) : null));
  return { kind: 'polygons', districts, u, g };
}

type Unit = ReturnType<SiteModel['register']['communesOn']>[number];

/** The units valid on 31/12 of `year`, sorted by code: the order of a units file's `u`. */
const unitsOf = (model: SiteModel, year: number): Unit[] =>
  model.register.communesOn(referenceDate(year)).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

/** Group a units file's indices by province, with each group's bounding box and outline file. */
function provinceParts(units: Unit[], year: number, boundaries: Boundaries): NonNullable<MapUnits['parts']> {
  const parts = new Map<string, { idx: number[]; bbox: [number, number, number, number] }>();
  units.forEach((unit, i) => {
    const part = parts.get(unit.provinceCode) ?? { idx: [], bbox: [90, 180, -90, -180] };
    parts.set(unit.provinceCode, part);
    part.idx.push(i);
    const points = (boundaries.shapes.get(unit.code) ?? []).flat(2);
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
export function shapeProvinces(
  model: SiteModel,
  year: number,
  boundaries: Boundaries,
  lazyAbove = LAZY_POLYGON_UNITS,
): string[] {
  return mapUnits(model, year, boundaries, lazyAbove).parts?.map((p) => p.province) ?? [];
}

/** One province's simplified outlines for a lazily loaded units file, in its `idx` order. */
export function mapShapes(model: SiteModel, year: number, province: string, boundaries: Boundaries): MapShapes {
  const units = unitsOf(model, year).filter((u) => u.provinceCode === province);
  return {
    g: units.map((unit) => {
      const shape = boundaries.shapes.get(unit.code);
      const simple = shape ? simplifyShape(shape, SIMPLIFY_TOLERANCE) : [];
      return simple.length > 0 ? encodeShape(simple) : null;
    }),
  };
}
