// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// The site URL and base path come from the data folder's site.yaml, so another province can publish
// its own data under its own address with no code change.
const dataDir = process.env.DATA_DIR || 'data';
let site = { base_url: 'https://example.org', base_path: '/' };
try {
  site = { ...site, ...parse(readFileSync(join(dataDir, 'site.yaml'), 'utf8')) };
} catch {
  // The build gate reports a missing or broken site.yaml before Astro runs.
}

export default defineConfig({
  site: site.base_url,
  base: site.base_path,
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  integrations: [mdx()],
  devToolbar: { enabled: false },
  // Parallel builds (tests, helpers) can each use their own cache folder.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  vite: { build: { assetsInlineLimit: 0 } },
});
