/**
 * Steps after Astro renders the pages, on the staging folder: a check that every page carries one and
 * the same Content-Security-Policy (so hosting can send it as a header: src/lib/site/csp.ts), the
 * full-text search index (Pagefind), then the precompressed .gz/.br siblings of every text file
 * (scripts/hosting/precompress.ts), last so the index is compressed too. Kept separate so the build gate
 * stays a short script. With BENCH_STATS set, each step prints "BENCH_STEP <name> <ms>" for the benchmark.
 *
 * Deterministic: pages are handed to Pagefind one by one in sorted order (Pagefind's output depends on the
 * order pages are added, and its own directory walk follows readdir order, which differs between
 * filesystems), so the index bytes depend only on content.
 *
 * Incremental: both steps keep what they made in the build cache (`buildCacheDir()`, the folder Astro's
 * incremental build uses, ASTRO_CACHE_DIR): the search index is reused whole when every indexed page is
 * byte-identical to the last build's, and siblings are reused per file content (precompress.ts).
 *
 * A national-scale site (more than LARGE_SITE_PAGES pages) indexes every page in full except the commune
 * pages, each of which is indexed by a short record of its names and place (`communeRecords`): indexing
 * 20,000 full commune pages would take Pagefind many minutes for no better answer.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { precompressSite } from '../hosting/precompress.ts';
import { copyTree } from './copy-tree.ts';
import { metaPolicy } from '../../src/lib/site/csp.ts';
import type { SearchEntry } from '../../src/lib/site/search-index.ts';

export const LARGE_SITE_PAGES = 5000;

/** Pagefind's version: a reused index must come from the same indexer. */
const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(new URL('../../node_modules/pagefind/package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

/** The build cache folder: Astro's cacheDir (ASTRO_CACHE_DIR, default node_modules/.astro). */
export function buildCacheDir(): string {
  return resolve(process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro');
}
const COMMUNE_PAGE = /^(en\/)?xa\//;

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

/**
 * Index `files` (relative to `dir`) with Pagefind in the order given and write the index to
 * `<dir>/pagefind`. `files` must be sorted for a repeatable index; tests pass other orders to prove it.
 */
export async function writeSearchIndex(dir: string, files: readonly string[], cacheDir?: string): Promise<void> {
  const large = files.length > LARGE_SITE_PAGES;
  const pages = files
    .filter((f) => !large || !COMMUNE_PAGE.test(f))
    .map((file) => ({ url: '/' + file.replace(/index\.html$/, ''), content: readFileSync(join(dir, file), 'utf8') }));
  const records = large ? communeRecords(dir, files) : [];
  const out = join(dir, 'pagefind');
  const key = createHash('sha256').update(PAGEFIND_VERSION).update('\0');
  for (const p of pages) key.update(p.url).update('\0').update(p.content).update('\0');
  key.update(JSON.stringify(records));
  const cached = cacheDir ? join(cacheDir, 'pagefind', key.digest('hex')) : null;
  if (cached && existsSync(cached)) {
    copyTree(cached, out, true);
    return;
  }
  const pagefind = await import('pagefind');
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind could not start');
  for (const page of pages) await index.addHTMLFile(page);
  for (const record of records) await index.addCustomRecord(record);
  await index.writeFiles({ outputPath: out });
  await pagefind.close();
  if (cached) {
    // Keep only this index: write beside, then replace the folder by renames.
    rmSync(join(cacheDir!, 'pagefind'), { recursive: true, force: true });
    copyTree(out, cached + '.tmp');
    renameSync(cached + '.tmp', cached);
  }
}

interface CommuneRecord {
  url: string;
  content: string;
  language: string;
  meta: { title: string };
}

/**
 * At national scale, one search record per commune page instead of the page itself: what the instant
 * finder knows of its code (tim-kiem/xa.json, built from the same register: current name, earlier names
 * and its ancestors' names, district or province, what a merged commune is part of now). Indexing the
 * full pages (criteria tables of up to 12 years) would take Pagefind many minutes for no better answer.
 */
function communeRecords(dir: string, files: readonly string[]): CommuneRecord[] {
  const entries = new Map(
    (JSON.parse(readFileSync(join(dir, 'tim-kiem/xa.json'), 'utf8')) as SearchEntry[]).map((e) => [e.c, e]),
  );
  return files.flatMap((file) => {
    const m = /^(en\/)?xa\/([^/]+)\/index\.html$/.exec(file);
    const entry = m ? entries.get(decodeURIComponent(m[2]!)) : undefined;
    if (!m || !entry) return [];
    const words = [entry.n, ...entry.o, entry.d, entry.m ?? '', entry.c].filter((w) => w !== '');
    return [
      {
        url: '/' + file.replace(/index\.html$/, ''),
        content: words.join(' · '),
        language: m[1] ? 'en' : 'vi',
        meta: { title: `${entry.n} (${entry.c})` },
      },
    ];
  });
}

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
  await writeSearchIndex(dir, files, cacheDir ?? undefined);
  benchStep('search index (Pagefind)', t0);
  const t1 = performance.now();
  await precompressSite(dir, cacheDir === null ? undefined : join(cacheDir, 'precompress'));
  benchStep('precompress (.gz, .br)', t1);
}
