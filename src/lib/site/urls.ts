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

/** A path that is the same for both languages (downloads, assets, feeds). */
export const fileHref = (path: string): string => `${BASE}${path.replace(/^\//, '')}`;

export const urls = {
  home: (lang: Lang) => href('', lang),
  commune: (code: string, lang: Lang) => href(`xa/${code}/`, lang),
  district: (code: string, lang: Lang) => href(`huyen/${code}/`, lang),
  year: (year: number, lang: Lang) => href(`nam/${year}/`, lang),
  dataset: (id: string, lang: Lang) => href(`bo-du-lieu/${id}/`, lang),
  map: (lang: Lang) => href('ban-do/', lang),
  methodology: (lang: Lang) => href('phuong-phap/', lang),
  stories: (lang: Lang) => href('cau-chuyen/', lang),
  story: (slug: string, lang: Lang) => href(`cau-chuyen/${slug}/`, lang),
  data: (lang: Lang) => href('du-lieu/', lang),
  checker: (lang: Lang) => href('kiem-tra-du-lieu/', lang),
  /** The same page in the other language, from a path within the site. */
  switchLang: (path: string, to: Lang) => {
    const local = path.startsWith(BASE) ? path.slice(BASE.length) : path.replace(/^\//, '');
    const neutral = local.replace(/^en(\/|$)/, '');
    return href(neutral, to);
  },
};
