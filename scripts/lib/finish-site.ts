/**
 * Steps after Astro renders the pages, on the staging folder, from one read of each file (site-scan.ts):
 * a check that every page carries one and
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
import { precompressSite, siblingCacheDir } from '../hosting/precompress.ts';
import { kindOf } from '../hosting/types.ts';
import { writeSearchIndex } from './search-index.ts';
import { onePolicy, pageHead, publishedFiles, scanSite } from './site-scan.ts';
import { PAGES_INDEX } from '../../src/lib/site/search-bundles.ts';

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
  return onePolicy(files.map((path) => ({ path, ...pageHead(readFileSync(join(dir, path))) })));
}

/**
 * Finish the staged site: check its one CSP, write the search index, precompress, from one read of each
 * file (site-scan.ts). `listPages` is how the pages are found (tests hand over the same pages in other
 * orders); whatever order it gives, pages are indexed sorted. `cacheDir` keeps the index and siblings for
 * the next build (null: no cache).
 */
export async function finishSite(
  dir: string,
  listPages: (dir: string) => string[] = htmlFiles,
  cacheDir: string | null = buildCacheDir(),
): Promise<void> {
  const files = [...listPages(dir)].sort();
  const t0 = performance.now();
  const scan = scanSite(
    dir,
    publishedFiles(dir).filter((f) => kindOf(f).compress),
    cacheDir === null ? undefined : join(cacheDir, 'scan.json'),
  );
  onePolicy(files.map((f) => scan.pages.get(f) ?? { path: f, policy: null }));
  benchStep('read and hash every file', t0);
  const index = async () => {
    await writeSearchIndex(dir, files, cacheDir ?? undefined, scan.pages);
    benchStep('search index (Pagefind)', t0);
    return [PAGES_INDEX];
  };
  await precompressSite(dir, cacheDir === null ? undefined : siblingCacheDir(cacheDir), index, scan.files);
  benchStep('precompress (.gz, .br), the index alongside', t0);
}
