/**
 * The district page's mini map, drawn at build time as an SVG picture: each unit of the district valid
 * that year, filled with its result's class colour (hollow grey when not assessed) — its outline when
 * the data has one for that period, otherwise a dot at its centre — and linking to its commune page,
 * with a legend counting units per class. No script, no map library, no data to fetch: it shows the same
 * on a phone with JavaScript off, and costs the page a few kilobytes instead of Leaflet and its data.
 * The interactive map (pan, zoom, background tiles, preview cards) stays one link away.
 */
import type { SiteModel } from '../data/model/index.ts';
import { referenceDate } from '../data/model/periods.ts';
import type { Shape } from '../data/geo/types.ts';
import type { Commune, ResultClass } from '../data/types.ts';
import { dissolve, simplifyTogether } from '../data/geo/simplify.ts';
import { SIMPLIFY } from './map-data.ts';
import { classSlot } from './palette.ts';
import { tr } from './i18n/index.ts';
import type { Lang } from './i18n/locales.ts';

/** Width of the picture in SVG units (drawn at 100 % of its box, so about two units per CSS pixel). */
export const MINI_WIDTH = 720;
/** Tallest the picture may be, in SVG units, however tall the district. */
const MAX_HEIGHT = 720;
const PAD = 16;
/** Dot radius for units known only by their centre, in SVG units. */
export const DOT_RADIUS = 14;
/** Radius of a dot's invisible tap target: 24 CSS px across when the picture is 328 px wide (a 360 px phone). */
export const HIT_RADIUS = 27;

/** One unit as drawn: an outline path (`d`) or a dot (`cx`, `cy`). `slot` null: not assessed. */
export interface MiniUnit {
  code: string;
  name: string;
  slot: number | null;
  /** The class name, or null when not assessed. */
  result: string | null;
  d?: string;
  cx?: number;
  cy?: number;
}

export interface MiniMap {
  height: number;
  /**
   * Points mode: the dissolved border of the latest outlines around the district, drawn faintly under the
   * dots so they are seen in their place (never a unit); null when the units have outlines or none exist.
   */
  context: string | null;
  units: MiniUnit[];
  /** Each class with the number of units in it, best first; `slot` null: not assessed. */
  legend: { slot: number | null; name: string | null; count: number }[];
}

/** A ring as an SVG path ("M10 20l3-1 2 4…z": first point absolute, then steps), in whole SVG units. */
function ringPath(ring: [number, number][], project: (p: [number, number]) => [number, number]): string {
  const [x0, y0] = project(ring[0]!).map(Math.round) as [number, number];
  const steps: string[] = [];
  let [px, py] = [x0, y0];
  for (const p of ring.slice(1)) {
    const [x, y] = project(p).map(Math.round) as [number, number];
    if (x === px && y === py) continue;
    steps.push(`${x - px} ${y - py}`);
    [px, py] = [x, y];
  }
  return `M${x0} ${y0}${steps.length ? 'l' + steps.join(' ').replace(/ -/g, '-') : ''}z`;
}

/** The dissolved latest outlines that reach into `bbox` (west, south, east, north), as one path. */
function contextAround(
  model: SiteModel,
  [west, south, east, north]: [number, number, number, number],
  project: (p: [number, number]) => [number, number],
): string | null {
  const latest = model.boundaries.shapes.reduce((d, s) => (s.from !== null && s.from > d ? s.from : d), '0000-01-01');
  const near = model.boundaries
    .shapesOn(latest)
    .map((s) => s.shape)
    .filter((shape) => shape.flat(2).some(([lon, lat]) => lon >= west && lon <= east && lat >= south && lat <= north));
  if (near.length === 0) return null;
  return dissolve(near, { ...SIMPLIFY, minArea: SIMPLIFY.minArea * 4 })
    .flatMap((polygon) => polygon.map((ring) => ringPath(ring, project)))
    .join('');
}

/** What every district's mini map of one dataset-year reads: the units by district, the results by code. */
interface YearIndex {
  byDistrict: Map<string, Commune[]>;
  byCode: Map<string, string>;
  classes: readonly ResultClass[];
}

/**
 * Made once per model and dataset-year, not once per district page: a national build draws 1,500 mini
 * maps, and each filtered the 10,000 units of the year and mapped its 10,000 results (5 s of the build).
 */
const yearIndexes = new WeakMap<SiteModel, Map<string, YearIndex>>();
function yearOf(model: SiteModel, dataset: string, year: number): YearIndex {
  let forModel = yearIndexes.get(model);
  if (!forModel) yearIndexes.set(model, (forModel = new Map()));
  const key = `${dataset}|${year}`;
  let index = forModel.get(key);
  if (!index) {
    const byDistrict = new Map<string, Commune[]>();
    for (const u of model.register.communesOn(referenceDate(year))) {
      if (u.districtCode === null) continue;
      let list = byDistrict.get(u.districtCode);
      if (!list) byDistrict.set(u.districtCode, (list = []));
      list.push(u);
    }
    for (const list of byDistrict.values()) list.sort((a, b) => (a.code < b.code ? -1 : 1));
    const dy = model.datasetYears().find((d) => d.dataset.id === dataset && d.year === year);
    index = {
      byDistrict,
      byCode: new Map((dy?.results ?? []).map((r) => [r.code, r.classId])),
      classes: dy?.framework.classes ?? [],
    };
    forModel.set(key, index);
  }
  return index;
}

/**
 * The mini map of `district` for a dataset-year, or null when none of its units has an outline or a
 * position that year.
 */
export function miniMap(
  model: SiteModel,
  opts: { dataset: string; year: number; district: string; lang: Lang },
): MiniMap | null {
  const date = referenceDate(opts.year);
  const { byDistrict, byCode, classes } = yearOf(model, opts.dataset, opts.year);
  const units = byDistrict.get(opts.district) ?? [];
  const outlines = units.map((u) => model.boundaries.shapeOf(u.key, date)?.shape ?? []);
  const shapes: Shape[] = outlines.some((s) => s.length > 0) ? simplifyTogether(outlines, SIMPLIFY).shapes : outlines;
  const points = units.flatMap((u, i): [number, number][] =>
    shapes[i]!.length > 0 ? shapes[i]!.flat(2) : u.lat !== null && u.lon !== null ? [[u.lon, u.lat]] : [],
  );
  if (points.length === 0) return null;

  // Equirectangular at the district's latitude: fine for an area tens of kilometres across.
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const cos = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const spanX = Math.max((east - west) * cos, 0.01);
  const spanY = Math.max(north - south, 0.01);
  const k = Math.min((MINI_WIDTH - 2 * PAD) / spanX, (MAX_HEIGHT - 2 * PAD) / spanY);
  const height = Math.round(spanY * k + 2 * PAD);
  const offsetX = (MINI_WIDTH - (east - west) * cos * k) / 2;
  const offsetY = (height - (north - south) * k) / 2;
  const project = ([lon, lat]: [number, number]): [number, number] => [
    offsetX + (lon - west) * cos * k,
    offsetY + (north - lat) * k,
  ];

  const counts = new Array<number>(classes.length).fill(0);
  let none = 0;
  const drawn = units.flatMap((u, i): MiniUnit[] => {
    const index = classes.findIndex((c) => c.id === byCode.get(u.code));
    if (index >= 0) counts[index]!++;
    else none++;
    const base = {
      code: u.code,
      name: u.name,
      slot: index >= 0 ? classSlot(index, classes.length) : null,
      result: index >= 0 ? tr(classes[index]!.name, opts.lang) : null,
    };
    if (shapes[i]!.length > 0)
      return [{ ...base, d: shapes[i]!.flatMap((polygon) => polygon.map((ring) => ringPath(ring, project))).join('') }];
    if (u.lat === null || u.lon === null) return [];
    const [cx, cy] = project([u.lon, u.lat]).map(Math.round) as [number, number];
    return [{ ...base, cx, cy }];
  });
  return {
    height,
    context: shapes.some((sh) => sh.length > 0) ? null : contextAround(model, [west, south, east, north], project),
    units: drawn,
    legend: [
      ...classes.map((c, i) => ({
        slot: classSlot(i, classes.length),
        name: tr(c.name, opts.lang),
        count: counts[i]!,
      })),
      { slot: null, name: null, count: none },
    ],
  };
}
