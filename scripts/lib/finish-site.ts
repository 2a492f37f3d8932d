/**
 * Steps after Astro renders the pages, on the staging folder: the full-text search index (Pagefind), then
 * the precompressed .gz/.br siblings of every text file (scripts/hosting/precompress.ts), last so the
 * index is compressed too. Kept separate so the build gate stays a short script. With BENCH_STATS set,
 * each step prints "BENCH_STEP <name> <ms>" for the benchmark.
 *
 * A national-scale site (more than LARGE_SITE_PAGES pages) indexes every page except the commune pages,
 * which the instant commune finder already covers by name, old name and code: indexing 20,000 commune
 * pages would take Pagefind many minutes for no better answer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { precompressSite } from '../hosting/precompress.ts';

export const LARGE_SITE_PAGES = 5000;
const COMMUNE_PAGE = /^(en\/)?xa\//;

/** All HTML files under `dir`, relative, sorted (deterministic index order). */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

const benchStep = (name: string, t0: number): void => {
  if (process.env.BENCH_STATS) process.stdout.write(`BENCH_STEP ${name} ${(performance.now() - t0).toFixed(0)}\n`);
};

export async function finishSite(dir: string): Promise<void> {
  const t0 = performance.now();
  const pagefind = await import('pagefind');
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind could not start');
  const files = htmlFiles(dir);
  if (files.length <= LARGE_SITE_PAGES) {
    await index.addDirectory({ path: dir });
  } else {
    for (const file of files.filter((f) => !COMMUNE_PAGE.test(f))) {
      await index.addHTMLFile({
        url: '/' + file.replace(/index\.html$/, ''),
        content: readFileSync(join(dir, file), 'utf8'),
      });
    }
  }
  await index.writeFiles({ outputPath: `${dir}/pagefind` });
  await pagefind.close();
  benchStep('search index (Pagefind)', t0);
  const t1 = performance.now();
  await precompressSite(dir);
  benchStep('precompress (.gz, .br)', t1);
}
