/**
 * The sitemap (@astrojs/sitemap), kept in the build cache. The integration spends 2–2.5 s of every
 * national build (24,000 addresses: a locale-aware sort and a quadratic search for each page's hreflang
 * alternates) on files that depend only on the list of addresses and the sitemap options. This wrapper
 * computes that list the way the integration does, and when a build's list and options are those of an
 * entry in `<cacheDir>/sitemap/`, copies the entry's files instead of running the integration; otherwise
 * it runs the integration and keeps what it wrote. The bytes are always the integration's own: a cache
 * entry is only ever what it wrote for exactly that input.
 *
 * The key is the SHA-256 of: the integration's and `sitemap`'s versions and Node's (the sort uses ICU),
 * the options other than `filter`, the site address, and the filtered, de-duplicated address list. An
 * entry is written beside its slot and renamed in, so a stopped build never leaves half an entry.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap, { type SitemapOptions } from '@astrojs/sitemap';
import type { AstroConfig, AstroIntegration, IntegrationResolvedRoute } from 'astro';

/** The options this wrapper supports: data, plus `filter` (its effect is in the address list). */
export type CachedSitemapOptions = Omit<NonNullable<SitemapOptions>, 'serialize' | 'chunks'>;

const require = createRequire(import.meta.url);
const version = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;
const VERSIONS = `@astrojs/sitemap ${version('@astrojs/sitemap')} sitemap ${version('sitemap')} node ${process.versions.node}`;

/** The sitemap's own files in a built site (filenameBase-index.xml and filenameBase-N.xml). */
const ownFiles = (dir: string, base: string): string[] =>
  readdirSync(dir).filter((name) => name.startsWith(`${base}-`) && /^-(index|\d+)\.xml$/.test(name.slice(base.length)));

type Config = Pick<AstroConfig, 'site' | 'base' | 'trailingSlash'> & { build: Pick<AstroConfig['build'], 'format'> };
type Route = Pick<IntegrationResolvedRoute, 'type' | 'pathname' | 'generate'> & { fallbackRoutes?: Route[] };

/**
 * The addresses the integration lists, in its order before sorting: built pages, then the static page
 * routes (and their i18n fallbacks), then `customPages`, de-duplicated and filtered. Follows
 * @astrojs/sitemap 3.7's index.js step by step (status pages 404/500 in any locale are left out).
 */
export function sitemapUrls(
  pages: readonly { pathname: string }[],
  routes: readonly Route[],
  config: Config,
  options: CachedSitemapOptions,
): string[] {
  const site = new URL(config.base, config.site);
  const status = new Set([
    ...Object.keys(options.i18n?.locales ?? {}).flatMap((l) => [`${l}/404`, `${l}/500`]),
    '404',
    '500',
  ]);
  const ignored = (path: string) => status.has(path.replace(/\/$/, '').replace(/^\//, ''));
  const fromPages = pages
    .filter((p) => !ignored(p.pathname))
    .map((p) => {
      if (p.pathname !== '' && !site.pathname.endsWith('/')) site.pathname += '/';
      return new URL(site.pathname + p.pathname.replace(/^\//, ''), site).href;
    });
  const fromRoutes: string[] = [];
  const add = (r: Route) => {
    if (!r.pathname || ignored(r.pathname)) return;
    const generated = r.generate(r.pathname);
    const full = site.pathname.endsWith('/') ? site.pathname + generated.substring(1) : site.pathname + generated;
    const url = new URL(full, site).href;
    fromRoutes.push(
      config.trailingSlash !== 'never' && config.build.format === 'directory' && !url.endsWith('/') ? url + '/' : url,
    );
  };
  for (const r of routes) {
    if (r.type !== 'page') continue;
    add(r);
    for (const f of r.fallbackRoutes ?? []) add(f);
  }
  const urls = [...new Set([...fromPages, ...fromRoutes, ...(options.customPages ?? [])])];
  return options.filter ? urls.filter((u) => options.filter!(u)) : urls;
}

/** The cache key of a sitemap: versions, options but `filter`, the site and the addresses (in any order). */
export function sitemapKey(urls: readonly string[], config: Config, options: CachedSitemapOptions): string {
  const { filter: _filter, ...data } = options;
  const hash = createHash('sha256').update(VERSIONS).update('\0');
  hash.update(JSON.stringify({ data, site: config.site, base: config.base })).update('\0');
  // Sorted: Astro lists pages in the order they finished, which varies; the integration sorts them too.
  for (const url of [...urls].sort()) hash.update(url).update('\n');
  return hash.digest('hex');
}

/**
 * @astrojs/sitemap with `options`, its output kept in `<cacheDir>/sitemap/` (one entry) and copied from
 * there when the addresses and options are unchanged.
 */
export function cachedSitemap(options: CachedSitemapOptions): AstroIntegration {
  const inner = sitemap(options);
  const hooks = inner.hooks as Required<AstroIntegration['hooks']>;
  let config: AstroConfig | undefined;
  let routes: IntegrationResolvedRoute[] = [];
  return {
    name: inner.name,
    hooks: {
      'astro:routes:resolved': (params) => {
        routes = params.routes;
        return hooks['astro:routes:resolved'](params);
      },
      'astro:config:done': (params) => {
        config = params.config;
        return hooks['astro:config:done'](params);
      },
      'astro:build:done': async (params) => {
        if (!config?.site) return hooks['astro:build:done'](params);
        const base = options.filenameBase ?? 'sitemap';
        const key = sitemapKey(sitemapUrls(params.pages, routes, config, options), config, options);
        const slot = join(fileURLToPath(config.cacheDir), 'sitemap');
        const entry = join(slot, key);
        const dir = fileURLToPath(params.dir);
        if (existsSync(entry)) {
          for (const name of readdirSync(entry)) copyFileSync(join(entry, name), join(dir, name));
          return;
        }
        // The integration changes `pages` in place; it runs after the key is taken.
        await hooks['astro:build:done'](params);
        rmSync(slot, { recursive: true, force: true });
        mkdirSync(entry + '.tmp', { recursive: true });
        for (const name of ownFiles(dir, base)) copyFileSync(join(dir, name), join(entry + '.tmp', name));
        renameSync(entry + '.tmp', entry);
      },
    },
  };
}
