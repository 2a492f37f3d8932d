/**
 * The route table: every kind of address the site publishes, with its path pattern (as the route file
 * under src/pages names it, without base path or language prefix), whether it exists in both languages
 * and, for pages, the page type the quality budgets group by. URLs (urls.ts), the sitemap's membership
 * (astro.config.mjs) and `pageType` are derived from it, and a unit test checks that it and the files under
 * src/pages list the same routes. Localised routes live under src/pages/[...lang]/ and generate the
 * Vietnamese page at /… and the English one at /en/… from one file (`localisedPaths`).
 * Pure (no Astro imports, only constants from the data layer), so the config, scripts and tests use it.
 */
import { DOWNLOAD_DIR } from '../data/export/meta.ts';
import { DEFAULT_LANG, LANGS, langPrefix, type Lang } from './i18n/locales.ts';

export type PageType =
  | 'home'
  | 'commune'
  | 'district'
  | 'year'
  | 'story'
  | 'stories'
  | 'map'
  | 'data'
  | 'methodology'
  | 'checker'
  | 'search'
  | 'guide'
  | 'accessibility'
  /** Index pages (/xa/, /huyen/, /nam/) and the 404 page. */
  | 'other';

interface RouteDef {
  /** Path pattern, e.g. "xa/[code]/"; "[...file]" matches several segments. */
  pattern: string;
  /** Generated in every language (under src/pages/[...lang]/) or once, language-neutral. */
  localised: boolean;
  /** The page type of an HTML page (listed in the sitemap); null for files (JSON, CSV, feeds). */
  type: PageType | null;
}

export const ROUTES = {
  home: { pattern: '', localised: true, type: 'home' },
  map: { pattern: 'ban-do/', localised: true, type: 'map' },
  communes: { pattern: 'xa/', localised: true, type: 'other' },
  commune: { pattern: 'xa/[code]/', localised: true, type: 'commune' },
  districts: { pattern: 'huyen/', localised: true, type: 'other' },
  district: { pattern: 'huyen/[code]/', localised: true, type: 'district' },
  years: { pattern: 'nam/', localised: true, type: 'other' },
  year: { pattern: 'nam/[year]/', localised: true, type: 'year' },
  yearProvince: { pattern: 'nam/[year]/[province]/', localised: true, type: 'year' },
  dataset: { pattern: 'bo-du-lieu/[id]/', localised: true, type: 'data' },
  data: { pattern: 'du-lieu/', localised: true, type: 'data' },
  methodology: { pattern: 'phuong-phap/', localised: true, type: 'methodology' },
  checker: { pattern: 'kiem-tra-du-lieu/', localised: true, type: 'checker' },
  guide: { pattern: 'huong-dan-du-lieu/', localised: true, type: 'guide' },
  search: { pattern: 'tim-kiem/', localised: true, type: 'search' },
  accessibility: { pattern: 'kha-nang-tiep-can/', localised: true, type: 'accessibility' },
  stories: { pattern: 'cau-chuyen/', localised: true, type: 'stories' },
  storyGuide: { pattern: 'cau-chuyen/huong-dan-viet-bai/', localised: true, type: 'guide' },
  story: { pattern: 'cau-chuyen/[slug]/', localised: true, type: 'story' },
  storiesDistrict: { pattern: 'cau-chuyen/huyen/[code]/', localised: true, type: 'stories' },
  storiesYear: { pattern: 'cau-chuyen/nam/[year]/', localised: true, type: 'stories' },
  storiesCriterion: { pattern: 'cau-chuyen/tieu-chi/[framework]/[id]/', localised: true, type: 'stories' },
  storiesFeed: { pattern: 'cau-chuyen/feed.atom', localised: true, type: null },
  notFound: { pattern: '404.html', localised: false, type: 'other' },
  mapUnits: { pattern: 'ban-do/du-lieu/don-vi/[year].json', localised: false, type: null },
  mapShapes: { pattern: 'ban-do/du-lieu/hinh/[year]/[province].json', localised: false, type: null },
  mapResults: { pattern: 'ban-do/du-lieu/ket-qua/[dataset]/[year].json', localised: false, type: null },
  download: { pattern: `${DOWNLOAD_DIR}[...file]`, localised: false, type: null },
  template: { pattern: 'du-lieu/mau/[dataset]/[name].csv', localised: false, type: null },
  templateXlsx: { pattern: 'du-lieu/mau/[dataset]/[name].xlsx', localised: false, type: null },
  searchIndex: { pattern: 'tim-kiem/xa.json', localised: false, type: null },
} as const satisfies Record<string, RouteDef>;

export type RouteName = keyof typeof ROUTES;

type ParamNames<S extends string> = S extends `${string}[${infer P}]${infer Rest}`
  ? (P extends `...${infer N}` ? N : P) | ParamNames<Rest>
  : never;

/** The parameters a route's pattern needs, e.g. `{ code }` for "xa/[code]/". */
export type RouteParams<N extends RouteName> = Record<ParamNames<(typeof ROUTES)[N]['pattern']>, ParamValue>;

/** A parameter value; a rest parameter may be given as its segments (each one encoded on its own). */
export type ParamValue = string | number | readonly (string | number)[];

const PARAM = /\[(\.\.\.)?([^\]]+)\]/g;

/**
 * The path of a route with its parameters filled in, without base path or language prefix
 * ("xa/20122/"). Every value is percent-encoded (a rest parameter segment by segment), so a code,
 * id or slug from the data can never change the shape of the URL.
 */
export function routePath<N extends RouteName>(name: N, params: RouteParams<N>): string {
  const values = params as Record<string, ParamValue>;
  return ROUTES[name].pattern.replace(PARAM, (_, rest: string | undefined, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`route ${name}: missing parameter ${key}`);
    if (!rest) return encodeURIComponent(String(value));
    const segments = typeof value === 'object' ? value.map(String) : String(value).split('/');
    return segments.map(encodeURIComponent).join('/');
  });
}

/**
 * The pattern with each parameter left as a `{name}` placeholder, for browser code that fills it in
 * (the map links a commune as "xa/{code}/" and encodes the code itself).
 */
export function routeTemplate(name: RouteName): string {
  return ROUTES[name].pattern.replace(PARAM, (_, _rest, key: string) => `{${key}}`);
}

interface Compiled {
  name: RouteName;
  regex: RegExp;
  keys: string[];
  rank: number;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|\\]/g, '\\$&');

/** Static segments win over parameters, parameters over rest parameters (as Astro ranks routes). */
const COMPILED: Compiled[] = (Object.keys(ROUTES) as RouteName[])
  .map((name) => {
    const { pattern } = ROUTES[name];
    const keys: string[] = [];
    let rank = 0;
    let source = '';
    let last = 0;
    for (const m of pattern.matchAll(PARAM)) {
      source += escapeRe(pattern.slice(last, m.index));
      source += m[1] ? '(.+)' : '([^/]+)';
      keys.push(m[2]!);
      rank += m[1] ? 100 : 1;
      last = m.index + m[0].length;
    }
    source += escapeRe(pattern.slice(last));
    // Pages are reachable with or without their trailing slash.
    if (source.endsWith('/')) source = `${source.slice(0, -1)}(?:/)?`;
    return { name, regex: new RegExp(`^${source}$`), keys, rank };
  })
  .sort((a, b) => a.rank - b.rank);

export interface RouteMatch {
  name: RouteName;
  lang: Lang;
  params: Record<string, string>;
}

/**
 * Which route a site path is ("/en/xa/20122/" → commune 20122 in English), with the base path already
 * removed; null for an address the site does not publish. Parameters come back decoded.
 */
export function matchRoute(path: string): RouteMatch | null {
  const clean = path.split(/[?#]/)[0]!.replace(/^\/+/, '');
  for (const lang of [...LANGS].sort((a, b) => langPrefix(b).length - langPrefix(a).length)) {
    const prefix = langPrefix(lang);
    if (prefix && clean !== prefix.slice(0, -1) && !clean.startsWith(prefix)) continue;
    const rest = prefix ? clean.slice(prefix.length) : clean;
    for (const route of COMPILED) {
      if (prefix && !ROUTES[route.name].localised) continue;
      const m = route.regex.exec(rest);
      if (!m) continue;
      try {
        const params = Object.fromEntries(route.keys.map((k, i) => [k, decodeURIComponent(m[i + 1]!)]));
        return { name: route.name, lang: ROUTES[route.name].localised ? lang : DEFAULT_LANG, params };
      } catch {
        return null;
      }
    }
    if (prefix) return null;
  }
  return null;
}

/** The kind of page a site path is, for budgets and grouping (either language); 'other' when unknown. */
export function pageType(path: string): PageType {
  const m = matchRoute(path);
  return (m && ROUTES[m.name].type) ?? 'other';
}

/** Whether a site path is an HTML page the sitemap lists (not a file, not the 404 page). */
export function inSitemap(path: string): boolean {
  const m = matchRoute(path);
  return m !== null && ROUTES[m.name].type !== null && m.name !== 'notFound';
}

/** The value of the `[...lang]` route parameter for a language (undefined = the site root). */
export const langParam = (lang: Lang): string | undefined => langPrefix(lang).replace(/\/$/, '') || undefined;

interface StaticPath {
  params: Record<string, string | undefined>;
  props?: object;
  /** The incremental build's key of the data the path shows (src/lib/site/cache-keys.ts). */
  cacheKey: string;
}

/**
 * getStaticPaths for a route under src/pages/[...lang]/: every path of `source` (one per page, params as
 * strings) in every language, with the language as the `lang` prop and the source's `cacheKey`
 * (paths.ts; `sitePage` for a page without parameters). Every source gives a key, so a warm build
 * renders no path whose data is unchanged.
 */
export function localisedPaths<P extends StaticPath>(source: () => P[] | Promise<P[]>) {
  return async () => {
    const paths = await source();
    return paths.flatMap((p) =>
      LANGS.map((lang) => ({
        params: { ...p.params, lang: langParam(lang) } as P['params'] & { lang: string | undefined },
        props: { ...(p.props as P['props']), lang } as (P['props'] extends object ? P['props'] : object) & {
          lang: Lang;
        },
        cacheKey: p.cacheKey,
      })),
    );
  };
}
