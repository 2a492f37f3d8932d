/**
 * Steps after Astro renders the pages, on the staging folder: a check that every page carries one and
 * the same Content-Security-Policy (so hosting can send it as a header: src/lib/site/csp.ts), then the
 * full-text search index (Pagefind, search-index.ts) while the precompressed .gz/.br siblings of every
 * text file are made (scripts/hosting/precompress.ts), the index's own files last. Kept separate so the build gate
 * stays a short script. With BENCH_STATS set, each step prints "BENCH_STEP <name> <ms>" for the benchmark.
 *
 * Incremental: both steps keep what they made in the build cache (`buildCacheDir()`, the folder Astro's
 * incremental build uses, ASTRO_CACHE_DIR): each of the two search indexes is reused whole when what it
 * was made from is unchanged (search-index.ts), and siblings are reused per file content (precompress.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { precompressSite } from '../hosting/precompress.ts';
import { writeSearchIndex } from './search-index.ts';
import { metaPolicy } from '../../src/lib/site/csp.ts';

export { LARGE_SITE_PAGES, writeSearchIndex } from './search-index.ts';

/** The build cache folder: Astro's cacheDir (ASTRO_CACHE_DIR, default node_modules/.astro). */
export function buildCacheDir(): string {
  return resolve(process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro');
}

/** All HTML files under `dir`, relative, sorted (deterministic index order). */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

const benchStep = (name: string, t0: number): void => {
  if (process.env.BENCH_STATS) process.stdout.write(`BENCH_STEP ${name} ${(performance.now() - t0).toFixed(0)}\n`);
};

/** The one Content-Security-Policy of the site's pages; throws naming a page that differs or has none. */
export function sitePolicy(dir: string, files: readonly string[] = htmlFiles(dir)): string {
  let policy: string | null = null;
  for (const file of files) {
    const own = metaPolicy(readFileSync(join(dir, file), 'utf8'));
    if (own === null) throw new Error(`${file}: no Content-Security-Policy <meta>`);
    if (policy !== null && own !== policy)
      throw new Error(`${file}: its Content-Security-Policy differs from the other pages'`);
    policy = own;
  }
  if (policy === null) throw new Error('no pages');
  return policy;
}

/**
 * Finish the staged site: check its one CSP, write the search index, precompress. `listPages` is how the
 * pages are found (tests hand over the same pages in other orders); whatever order it gives, pages are
 * indexed sorted. `cacheDir` keeps the index and siblings for the next build (null: no cache).
 */
export async function finishSite(
  dir: string,
  listPages: (dir: string) => string[] = htmlFiles,
  cacheDir: string | null = buildCacheDir(),
): Promise<void> {
  const files = [...listPages(dir)].sort();
  sitePolicy(dir, files);
  const t0 = performance.now();
  const index = async () => {
    await writeSearchIndex(dir, files, cacheDir ?? undefined);
    benchStep('search index (Pagefind)', t0);
  };
  await precompressSite(dir, cacheDir === null ? undefined : join(cacheDir, 'precompress'), index);
  benchStep('precompress (.gz, .br), the index alongside', t0);
}
