/**
 * Every URL of the site in one place. URLs are by code so they survive renaming; English pages live
 * under /en/. All paths include the configured base path.
 */
import type { Lang } from './i18n/index.ts';

const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

/** Prefix a site path ("xa/20122/") with the base path and, for English, "en/". */
export function href(path: string, lang: Lang = 'vi'): string {
  const clean = path.replace(/^\//, '');
  return `${BASE}${lang === 'en' ? 'en/' : ''}${clean}`;
}

/**
 * The absolute address of a site path ("/xa/20122/", with or without the base path): the configured
 * site address (which may itself end in a folder) followed by the base path and the page's own path.
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  const root = String(site ?? 'https://example.org/').replace(/\/?$/, '/');
  const local = path.startsWith(BASE) ? path.slice(BASE.length) : path.replace(/^\//, '');
  const sitePath = new URL(root).pathname;
  const base = sitePath.endsWith(BASE) ? '' : BASE.replace(/^\//, '');
  return `${root}${base}${local}`;
}

/** A path that is the same for both languages (downloads, assets, feeds). */
export const fileHref = (path: string): string => `${BASE}${path.replace(/^\//, '')}`;

export const urls = {
  home: (lang: Lang) => href('', lang),
  commune: (code: string, lang: Lang) => href(`xa/${code}/`, lang),
  district: (code: string, lang: Lang) => href(`huyen/${code}/`, lang),
  year: (year: number, lang: Lang) => href(`nam/${year}/`, lang),
  yearProvince: (year: number, province: string, lang: Lang) => href(`nam/${year}/${province}/`, lang),
  dataset: (id: string, lang: Lang) => href(`bo-du-lieu/${id}/`, lang),
  map: (lang: Lang) => href('ban-do/', lang),
  methodology: (lang: Lang) => href('phuong-phap/', lang),
  stories: (lang: Lang) => href('cau-chuyen/', lang),
  story: (slug: string, lang: Lang) => href(`cau-chuyen/${slug}/`, lang),
  data: (lang: Lang) => href('du-lieu/', lang),
  checker: (lang: Lang) => href('kiem-tra-du-lieu/', lang),
  guide: (lang: Lang) => href('huong-dan-du-lieu/', lang),
  /** Staff templates: blank (`example` false) or filled illustrative example of a dataset-year file. */
  template: (dataset: string, year: number, example = false) =>
    fileHref(`du-lieu/mau/${dataset}/${year}${example ? '-vi-du' : ''}.csv`),
  search: (lang: Lang) => href('tim-kiem/', lang),
  /** The finder's index (language-neutral). */
  searchIndex: () => fileHref('tim-kiem/xa.json'),
  /** A unit's section on its code's page. */
  unit: (code: string, anchor: string, lang: Lang) => href(`xa/${code}/#${anchor}`, lang),
  /** The same page in the other language, from a path within the site. */
  switchLang: (path: string, to: Lang) => {
    const local = path.startsWith(BASE) ? path.slice(BASE.length) : path.replace(/^\//, '');
    const neutral = local.replace(/^en(\/|$)/, '');
    return href(neutral, to);
  },
};

/** Download URLs under /du-lieu/ (language-neutral; built by src/lib/data/export/bundle.ts). */
export const downloads = {
  /** Any file of the bundle by its path relative to /du-lieu/. */
  file: (path: string) => fileHref(`du-lieu/${path.replace(/^\//, '')}`),
  wide: (dataset: string, year: number, ext: 'csv' | 'json' = 'csv') => fileHref(`du-lieu/${dataset}/${year}.${ext}`),
  scores: (dataset: string, year: number | null, ext: 'csv' | 'json' = 'csv') =>
    fileHref(`du-lieu/${dataset}/${year === null ? '' : `${year}-`}diem.${ext}`),
  results: (dataset: string, year: number | null, ext: 'csv' | 'json' = 'csv') =>
    fileHref(`du-lieu/${dataset}/${year === null ? '' : `${year}-`}ket-qua.${ext}`),
  commune: (code: string, ext: 'csv' | 'json' = 'csv') => fileHref(`du-lieu/xa/${code}.${ext}`),
  register: () => fileHref('du-lieu/don-vi.csv'),
  geojson: () => fileHref('du-lieu/xa.geojson'),
  dataPackage: () => fileHref('du-lieu/datapackage.json'),
  checksums: () => fileHref('du-lieu/SHA256SUMS'),
  zip: () => fileHref('du-lieu/cong-dong-hoc-tap.zip'),
  feed: () => fileHref('du-lieu/phat-hanh.atom'),
};
