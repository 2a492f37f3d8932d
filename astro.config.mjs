// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { ASTRO_I18N, SITEMAP_I18N } from './src/lib/site/i18n/locales.ts';
import { inSitemap } from './src/lib/site/routes.ts';
import { siteAddress } from './src/lib/data/load.ts';
import { cachedSitemap } from './scripts/lib/sitemap-cache.ts';

// The site URL and base path come from the data folder's site.yaml, so another province can publish
// its own data under its own address with no code change. Read with the validator's own decoding
// (a UTF-16 site.yaml gives the same address as a UTF-8 one); the build gate reports a broken one.
const site = siteAddress(process.env.DATA_DIR || 'data');

export default defineConfig({
  site: site.base_url,
  base: site.base_path,
  trailingSlash: 'ignore',
  // Four paths at a time: a warm build restores most pages from the incremental cache, file I/O that
  // overlaps with rendering the rest instead of waiting one file at a time (output stays deterministic).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  compressHTML: true,
  // No syntax highlighting: Shiki's inline styles break the CSP below (Astro warns at every build), and
  // the site's prose has no code; a code block in a story still shows as plain preformatted text.
  markdown: { syntaxHighlight: false },
  // Both languages from one route file per page kind (src/pages/[...lang]/), Vietnamese at the root.
  i18n: ASTRO_I18N,
  integrations: [
    mdx(),
    // /sitemap-index.xml → /sitemap-0.xml: every page of the route table, each with its hreflang
    // alternates (vi ⇄ en), addresses under base_url + base_path. Written by @astrojs/sitemap, and copied
    // from the build cache when the addresses are those of the last build (scripts/lib/sitemap-cache.ts).
    cachedSitemap({
      i18n: SITEMAP_I18N,
      filter: (url) => inSitemap(new URL(url).pathname.slice(site.base_path.replace(/\/?$/, '/').length - 1)),
      namespaces: { news: false, image: false, video: false },
    }),
  ],
  // The Content-Security-Policy <meta> of every page is written by the page frame (src/layouts/Base.astro,
  // src/lib/site/csp.ts says what it allows and why), not by Astro's security.csp, whose hashes of the
  // bundled scripts are bytes an external script does not need. Hosting sends the same policy as a header.
  devToolbar: { enabled: false },
  // Incremental builds: a path whose data (its cacheKey, src/lib/site/cache-keys.ts) and code are unchanged
  // since the last build is copied from the cache instead of rendered. The cache lives in ASTRO_CACHE_DIR
  // (default node_modules/.astro); parallel builds (tests, helpers) each use their own. The workflows keep it.
  experimental: { incrementalBuild: true },
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  vite: { build: { assetsInlineLimit: 0 }, plugins: [quietKnownWarnings()] },
});

/**
 * Drop the one bundler warning known to be harmless, so a build prints nothing that reads as a failure:
 * Rolldown warns, once per story, that the `"use astro:head-inject"` directive Astro writes into the
 * content-assets wrapper of each MDX entry "may not be preserved when bundling". Nothing reads that
 * directive (Astro 7 finds those wrappers by their `__astroPropagation` export, content/runtime.js), so
 * dropping it from the bundle changes nothing. Every other warning, other directives included, still prints.
 * @returns {import('vite').Plugin}
 */
function quietKnownWarnings() {
  return {
    name: 'cdht:quiet-known-warnings',
    onLog(_level, log) {
      if (log.code === 'MODULE_LEVEL_DIRECTIVE' && String(log.message).includes('use astro:head-inject')) return false;
    },
  };
}
