/**
 * The cached sitemap gives exactly the bytes @astrojs/sitemap writes for the same pages, whether it ran the
 * integration (first build) or copied its entry from the build cache (next build, same addresses); a page
 * added or removed runs the integration again. The address list the key is taken from is the list the
 * integration publishes, at the site root and under a base path.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedSitemap, sitemapUrls, type CachedSitemapOptions } from '../../../scripts/lib/sitemap-cache.ts';
import { SITEMAP_I18N } from '../../../src/lib/site/i18n/locales.ts';
import { inSitemap } from '../../../src/lib/site/routes.ts';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
const temp = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `sitemap-${name}-`));
  made.push(dir);
  return dir;
};

const options = (base: string): CachedSitemapOptions => ({
  i18n: SITEMAP_I18N,
  filter: (url) => inSitemap(new URL(url).pathname.slice(base.length - 1)),
  namespaces: { news: false, image: false, video: false },
});

/** Pages as Astro hands them to astro:build:done: vi at the root, en under /en/, files and 404s. */
function pages(communes: number, reversed = false): { pathname: string }[] {
  const vi = ['', 'ban-do/', 'du-lieu/', '404/', 'du-lieu/don-vi.csv'];
  for (let i = 0; i < communes; i++) vi.push(`xa/${20000 + i * 7}/`);
  const all = [...vi, ...vi.filter((p) => !p.endsWith('.csv')).map((p) => `en/${p}`)];
  return (reversed ? all.reverse() : all).map((pathname) => ({ pathname }));
}

const routes = [
  { type: 'page', pathname: '/', generate: (p: string) => p },
  { type: 'page', pathname: '/ban-do', generate: (p: string) => p },
  { type: 'page', pathname: undefined, generate: (p: string) => p },
  { type: 'endpoint', pathname: '/du-lieu/don-vi.csv', generate: (p: string) => p },
] as never[];

const logger = { info: () => {}, warn: () => {}, error: () => {} };

/** Run one integration's hooks as an Astro build would, into a fresh folder; the folder. */
async function run(
  integration: AstroIntegration,
  base: string,
  cache: string,
  count: number,
  reversed = false,
): Promise<string> {
  const dir = temp('out');
  const config = {
    site: 'https://cdht.example.org',
    base,
    trailingSlash: 'ignore',
    build: { format: 'directory' },
    cacheDir: pathToFileURL(cache + '/'),
  };
  const hooks = integration.hooks as Record<string, (p: object) => unknown>;
  await hooks['astro:routes:resolved']!({ routes, logger });
  await hooks['astro:config:done']!({ config, logger });
  await hooks['astro:build:done']!({ dir: pathToFileURL(dir + '/'), pages: pages(count, reversed), logger });
  return dir;
}

const files = (dir: string) => Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);

describe('the cached sitemap', () => {
  for (const base of ['/', '/tinh/']) {
    it(`writes the integration's bytes, first from the integration, then from the cache (base ${base})`, async () => {
      const cache = temp('cache');
      const plain = files(await run(sitemap(options(base)), base, temp('none'), 40));
      expect(Object.keys(plain).sort()).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
      expect(files(await run(cachedSitemap(options(base)), base, cache, 40)), 'first build').toEqual(plain);
      // Mark the cached entry: a second build with the same pages must copy it, not run the integration.
      const entry = join(cache, 'sitemap', readdirSync(join(cache, 'sitemap'))[0]!);
      writeFileSync(join(entry, 'sitemap-0.xml'), plain['sitemap-0.xml'] + '<!-- from the cache -->');
      // Astro lists pages in the order they were built, which varies from build to build.
      const again = files(await run(cachedSitemap(options(base)), base, cache, 40, true));
      expect(again['sitemap-0.xml']).toBe(plain['sitemap-0.xml'] + '<!-- from the cache -->');
      // One more page: the addresses changed, so the integration runs and the entry is replaced.
      const more = files(await run(cachedSitemap(options(base)), base, cache, 41));
      expect(more).toEqual(files(await run(sitemap(options(base)), base, temp('none'), 41)));
      expect(more).not.toEqual(plain);
      expect(readdirSync(join(cache, 'sitemap')), 'one entry').toHaveLength(1);
    });

    it(`keys on the addresses the integration publishes (base ${base})`, async () => {
      const xml = files(await run(sitemap(options(base)), base, temp('none'), 12))['sitemap-0.xml']!;
      const config = {
        site: 'https://cdht.example.org',
        base,
        trailingSlash: 'ignore',
        build: { format: 'directory' },
      };
      const urls = sitemapUrls(pages(12), routes, config as never, options(base));
      expect([...urls].sort()).toEqual([...locs(xml)].sort());
      expect(urls.length, 'pages, not files or 404s, in both languages').toBe(2 * (2 + 1 + 12));
    });
  }
});
