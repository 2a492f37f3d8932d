/**
 * Every URL of the site, built from the route table (routes.ts): links, feeds, map data files, the
 * language switch, canonical addresses and the tests all come through here. URLs are by code so they
 * survive renaming; English pages live under /en/; every path includes the configured base path and
 * every segment taken from the data is percent-encoded. Absolute addresses follow the one rule of
 * src/lib/data/export/meta.ts (base path, then resolved against site.yaml's base_url).
 */
import type { SiteConfig } from '../data/types.ts';
import { absoluteUrl } from '../data/export/meta.ts';
import { getModel } from '../data/load.ts';
import { langPrefix, otherLang, type Lang } from './i18n/locales.ts';
import { ROUTES, matchRoute, routePath, routeTemplate, type RouteName, type RouteParams } from './routes.ts';

let basePath: string | undefined;

/**
 * The base path of every link ("/" or "/cdht/"): site.yaml's base_path, the value astro.config.mjs gives
 * Astro as `base`. Read from the data rather than `import.meta.env.BASE_URL`, which a BASE_URL variable
 * in the environment (vitest sets one) silently overrides during a build.
 */
export function base(): string {
  return (basePath ??= `/${getModel().site.base_path.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/'));
}

/** A route's URL in a language (language-neutral routes ignore `lang`), with the base path. */
export function routeUrl<N extends RouteName>(name: N, params: RouteParams<N>, lang: Lang = 'vi'): string {
  return `${base()}${ROUTES[name].localised ? langPrefix(lang) : ''}${routePath(name, params)}`;
}

/** A route's URL with `{param}` placeholders, for browser code that fills (and encodes) them. */
export function routeUrlTemplate(name: RouteName, lang: Lang = 'vi'): string {
  return `${base()}${ROUTES[name].localised ? langPrefix(lang) : ''}${routeTemplate(name)}`;
}

/** A file of the site that is not a route (public/ assets, the Pagefind bundle), with the base path. */
export const assetUrl = (path: string): string => `${base()}${path.replace(/^\//, '')}`;

/** A site path with the base path removed ("/cdht/en/xa/1/" → "/en/xa/1/"). */
export function withoutBase(path: string): string {
  const b = base();
  return path.startsWith(b) ? `/${path.slice(b.length)}` : path;
}

/**
 * The absolute address of a site path as published ("/xa/20122/" or, with the base path, "/cdht/xa/20122/"
 * → "https://host/cdht/xa/20122/"), from the site settings of site.yaml.
 */
export function absolute(path: string, site: Pick<SiteConfig, 'base_url' | 'base_path'>): string {
  return absoluteUrl({ site }, withoutBase(path).replace(/^\//, ''));
}

export const urls = {
  home: (lang: Lang) => routeUrl('home', {}, lang),
  communes: (lang: Lang) => routeUrl('communes', {}, lang),
  commune: (code: string, lang: Lang) => routeUrl('commune', { code }, lang),
  districts: (lang: Lang) => routeUrl('districts', {}, lang),
  years: (lang: Lang) => routeUrl('years', {}, lang),
  district: (code: string, lang: Lang) => routeUrl('district', { code }, lang),
  year: (year: number, lang: Lang) => routeUrl('year', { year }, lang),
  yearProvince: (year: number, province: string, lang: Lang) => routeUrl('yearProvince', { year, province }, lang),
  dataset: (id: string, lang: Lang) => routeUrl('dataset', { id }, lang),
  map: (lang: Lang) => routeUrl('map', {}, lang),
  methodology: (lang: Lang) => routeUrl('methodology', {}, lang),
  accessibility: (lang: Lang) => routeUrl('accessibility', {}, lang),
  stories: (lang: Lang) => routeUrl('stories', {}, lang),
  story: (slug: string, lang: Lang) => routeUrl('story', { slug }, lang),
  storyGuide: (lang: Lang) => routeUrl('storyGuide', {}, lang),
  storiesFeed: (lang: Lang) => routeUrl('storiesFeed', {}, lang),
  storiesOfDistrict: (code: string, lang: Lang) => routeUrl('storiesDistrict', { code }, lang),
  storiesOfYear: (year: number, lang: Lang) => routeUrl('storiesYear', { year }, lang),
  storiesOfCriterion: (framework: string, id: string, lang: Lang) =>
    routeUrl('storiesCriterion', { framework, id }, lang),
  data: (lang: Lang) => routeUrl('data', {}, lang),
  checker: (lang: Lang) => routeUrl('checker', {}, lang),
  guide: (lang: Lang) => routeUrl('guide', {}, lang),
  search: (lang: Lang) => routeUrl('search', {}, lang),
  notFound: () => routeUrl('notFound', {}),
  /** Staff templates: blank (`example` false) or filled illustrative example of a dataset-year file. */
  template: (dataset: string, year: number, example = false) =>
    routeUrl('template', { dataset, name: `${year}${example ? '-vi-du' : ''}` }),
  /** The same templates as Excel workbooks (prefilled, locked, validated cells, instructions sheet). */
  templateXlsx: (dataset: string, year: number, example = false) =>
    routeUrl('templateXlsx', { dataset, name: `${year}${example ? '-vi-du' : ''}` }),
  /** The finder's index (language-neutral). */
  searchIndex: () => routeUrl('searchIndex', {}),
  /** The map's units file named by its first year. */
  mapUnits: (year: number) => routeUrl('mapUnits', { year }),
  /** The map's results of one dataset-year. */
  mapResults: (dataset: string, year: number) => routeUrl('mapResults', { dataset, year }),
  /** One province's outlines for the national map. */
  mapShapes: (year: number, province: string) => routeUrl('mapShapes', { year, province }),
  /** A unit's section on its code's page. */
  unit: (code: string, anchor: string, lang: Lang) => `${routeUrl('commune', { code }, lang)}#${anchor}`,
  /**
   * The same page in the other language (`to`, default the other one), from a path within the site
   * (with or without the base path); the home page when the path is no page of the site.
   */
  switchLang: (path: string, to?: Lang) => {
    const m = matchRoute(withoutBase(path));
    const lang = to ?? otherLang(m?.lang ?? 'vi');
    if (!m || !ROUTES[m.name].localised) return routeUrl('home', {}, lang);
    return routeUrl(m.name, m.params as never, lang);
  },
};

/** Download URLs under /du-lieu/ (language-neutral; built by src/lib/data/export/bundle.ts). */
export const downloads = {
  /** Any file of the bundle by its path relative to /du-lieu/. */
  file: (path: string) => routeUrl('download', { file: path.replace(/^\//, '') }),
  wide: (dataset: string, year: number, ext: 'csv' | 'json' = 'csv') =>
    routeUrl('download', { file: [dataset, `${year}.${ext}`] }),
  scores: (dataset: string, year: number | null, ext: 'csv' | 'json' = 'csv') =>
    routeUrl('download', { file: [dataset, `${year === null ? '' : `${year}-`}diem.${ext}`] }),
  results: (dataset: string, year: number | null, ext: 'csv' | 'json' = 'csv') =>
    routeUrl('download', { file: [dataset, `${year === null ? '' : `${year}-`}ket-qua.${ext}`] }),
  commune: (code: string, ext: 'csv' | 'json' = 'csv') => routeUrl('download', { file: ['xa', `${code}.${ext}`] }),
  register: () => routeUrl('download', { file: 'don-vi.csv' }),
  geojson: () => routeUrl('download', { file: 'xa.geojson' }),
  dataPackage: () => routeUrl('download', { file: 'datapackage.json' }),
  checksums: () => routeUrl('download', { file: 'SHA256SUMS' }),
  zip: () => routeUrl('download', { file: 'cong-dong-hoc-tap.zip' }),
  feed: () => routeUrl('download', { file: 'phat-hanh.atom' }),
};
