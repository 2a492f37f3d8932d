/**
 * The map's page configuration (embedded as JSON): which datasets and years can be chosen, where each
 * year's units and results files are, the tiles from site.yaml and the messages the script shows (MAP_KEYS).
 */
import type { SiteModel } from '../data/model/index.ts';
import { clientMessages, tr, type Lang } from './i18n/index.ts';
import { MAP_KEYS } from './i18n/client-keys.ts';
import { routeUrlTemplate, urls } from './urls.ts';
import { unitFileYears } from './map-data.ts';
import type { MapConfig } from './map-types.ts';

export interface MapOptions {
  lang: Lang;
  mini?: boolean;
  dataset?: string;
  year?: number;
  district?: string | null;
}

/** The newest year of the first dataset: what a visitor sees before choosing. */
export function defaultChoice(model: SiteModel): { dataset: string; year: number } {
  const d = model.datasets[0]!;
  return { dataset: d.id, year: d.years.at(-1)! };
}

export function mapConfig(model: SiteModel, opts: MapOptions): MapConfig {
  const fallback = defaultChoice(model);
  const dataset =
    model.datasets.find((d) => d.id === opts.dataset) ?? model.datasets.find((d) => d.id === fallback.dataset)!;
  const year = opts.year !== undefined && dataset.years.includes(opts.year) ? opts.year : dataset.years.at(-1)!;
  const units: Record<string, string> = {};
  for (const [y, file] of unitFileYears(model)) units[String(y)] = urls.mapUnits(file);
  return {
    lang: opts.lang,
    mini: opts.mini ?? false,
    tiles: model.site.map.tiles,
    center: model.site.map.center,
    zoom: model.site.map.zoom,
    datasets: model.datasets.map((d) => ({ id: d.id, title: tr(d.title, opts.lang), years: d.years })),
    initial: { dataset: dataset.id, year },
    units,
    results: routeUrlTemplate('mapResults'),
    commune: routeUrlTemplate('commune', opts.lang),
    finder: urls.searchIndex(),
    district: opts.district ?? null,
    messages: clientMessages(opts.lang, MAP_KEYS),
  };
}

/** The two files the default view needs, for <link rel="preload"> so they download alongside the script. */
export function preloadUrls(config: MapConfig): string[] {
  const { dataset, year } = config.initial;
  return [config.units[String(year)]!, urls.mapResults(dataset, year)];
}
