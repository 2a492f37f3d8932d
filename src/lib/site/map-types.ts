/**
 * The wire formats between the build and the map script: small JSON files per dataset-year (results)
 * and per distinct set of units (geometry), plus the page's configuration. Shared by both sides so they
 * cannot drift apart.
 */
import type { Lang } from './i18n/locales.ts';
import type { MapKey } from './i18n/client-keys.ts';
import type { Localised } from '../data/types.ts';

/** `/ban-do/du-lieu/ket-qua/<dataset>/<year>.json`: the class index and total of each assessed code. */
export interface MapResults {
  dataset: string;
  year: number;
  framework: string;
  /** points: totals are scores; targets: totals count the targets met. */
  kind: 'points' | 'targets';
  /** Result classes, best first; `slot` is the palette colour 1–4 (CSS --class-<slot>). */
  classes: { id: string; name: Localised; slot: number }[];
  /** code → [class index, total]. Codes without an entry were not assessed. */
  r: Record<string, [number, number]>;
}

/** One unit: code, name, index into `districts` (-1: none), latitude, longitude (null when unknown). */
export type MapUnit = [string, string, number, number | null, number | null];

/** `/ban-do/du-lieu/don-vi/<year>.json`: the units valid on 31/12 of that year (and the years sharing them). */
export interface MapUnits {
  kind: 'points' | 'polygons';
  districts: [string, string][];
  u: MapUnit[];
  /**
   * Points mode when the data has outlines for other periods only: the dissolved outer border of the
   * latest outlines, encoded like `g`, drawn faintly under the points as context (never as a unit).
   */
  ctx?: number[][][];
  /** Polygons mode: per unit, its polygons as rings of delta-encoded integers (lon, lat × 10^4), or null. */
  g?: (number[][][] | null)[];
  /**
   * National scale: instead of `g`, outlines come in one file per province, loaded when the map is zoomed
   * in (≥ FAR_ZOOM) over that province; until then every unit is a point. `runs` are the province's
   * indices into `u` as [first, count] runs (codes group by province, so runs are few); `bbox` is
   * [south, west, north, east].
   */
  parts?: { province: string; bbox: [number, number, number, number]; runs: [number, number][]; url: string }[];
}

/** One province's outlines for a lazily loaded units file: `g[k]` is the k-th unit of its `runs`. */
export interface MapShapes {
  g: (number[][][] | null)[];
}

export interface MapDatasetOption {
  id: string;
  title: string;
  years: number[];
}

/** Everything the map script needs, embedded in the page as JSON. */
export interface MapConfig {
  lang: Lang;
  mini: boolean;
  tiles: { url: string; attribution: string } | null;
  center: [number, number];
  zoom: number;
  datasets: MapDatasetOption[];
  initial: { dataset: string; year: number };
  /** year → URL of its units file. */
  units: Record<string, string>;
  /** Results URL with `{dataset}` and `{year}` placeholders. */
  results: string;
  /** Commune page URL with a `{code}` placeholder. */
  commune: string;
  /** The commune finder's index (the one the home page's finder uses). */
  finder: string;
  /** Restrict to one district (mini map on a district page). */
  district: string | null;
  /** The map's messages in the page language (MAP_KEYS), formatted by clientTranslator. */
  messages: Record<MapKey, string>;
}

/** The fixed scale of encoded polygon positions (4 decimals ≈ 11 m). */
export const GEO_SCALE = 1e4;

/** Expand [first, count] runs into the indices they cover, in order. */
export function expandRuns(runs: readonly [number, number][]): number[] {
  return runs.flatMap(([first, count]) => Array.from({ length: count }, (_, k) => first + k));
}
