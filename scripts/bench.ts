/**
 * npm run bench            — validate + model a national-scale synthetic data folder; print time and memory.
 * npm run bench -- --site  — also build the whole site from it; print build time, pages per second,
 *                            peak memory, dist/ size and file count.
 * Synthetic data: ~10,600 communes in 63 provinces, 10 years, both frameworks, some mergers
 * (scripts/lib/synthetic.ts). Everything is written to a temporary folder and removed afterwards
 * (pass --keep to keep it). Targets: data step < 3 s and < 1 GB; site ≥ 300 pages/s, dist < 1 GB.
 */
import { mkdtempSync, mkdirSync, rmSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { writeSyntheticData } from './lib/synthetic.ts';

const args = process.argv.slice(2);

if (args[0] === '--measure-data') {
  // Child process: measure only validating and modelling, so generation does not count in peak memory.
  const { validateData } = await import('../src/lib/data/validate/index.ts');
  const { folderSource } = await import('../src/lib/data/read/fs.ts');
  const { SiteModel } = await import('../src/lib/data/model/index.ts');
  const t0 = performance.now();
  const validation = validateData(folderSource(args[1]!));
  const t1 = performance.now();
  const model = validation.data ? new SiteModel(validation.data) : null;
  const t2 = performance.now();
  process.stdout.write(
    JSON.stringify({
      validateMs: t1 - t0,
      modelMs: t2 - t1,
      errors: validation.errorCount,
      issues: validation.issues.length,
      results: model?.results.length ?? 0,
      maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    }) + '\n',
  );
  process.exit(0);
}

/** Total size and count of files under a folder. */
function folderStats(dir: string): { bytes: number; files: number; pages: number } {
  let bytes = 0,
    files = 0,
    pages = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) pages++;
  }
  return { bytes, files, pages };
}

const node = process.execPath;
const dir = mkdtempSync(join(tmpdir(), 'cdht-bench-'));
const dataDir = join(dir, 'data');
const tGen = performance.now();
const written = writeSyntheticData(dataDir);
process.stdout.write(
  `Synthetic data: ${written.communes} communes (${written.units} unit versions), ${written.rows} result rows, generated in ${((performance.now() - tGen) / 1000).toFixed(1)} s → ${dataDir}\n`,
);

const child = spawnSync(node, [new URL(import.meta.url).pathname, '--measure-data', dataDir], { encoding: 'utf8' });
if (child.status !== 0) {
  process.stderr.write(child.stderr);
  process.exit(1);
}
const data = JSON.parse(child.stdout) as {
  validateMs: number;
  modelMs: number;
  errors: number;
  results: number;
  maxRssMB: number;
};
const rows: [string, string, string][] = [
  ['validate (read + check)', `${(data.validateMs / 1000).toFixed(2)} s`, ''],
  ['model (totals, ranks, aggregates)', `${(data.modelMs / 1000).toFixed(2)} s`, ''],
  ['data step total', `${((data.validateMs + data.modelMs) / 1000).toFixed(2)} s`, 'target < 3 s'],
  ['peak memory (RSS)', `${data.maxRssMB} MB`, 'target < 1024 MB'],
  ['errors found', String(data.errors), 'expected 0'],
  ['results modelled', String(data.results), ''],
];

if (args.includes('--site')) {
  const outDir = join(dir, 'dist');
  // The bundled stories are about the demo communes; the synthetic country has none.
  mkdirSync(join(dir, 'stories'));
  const t0 = performance.now();
  const build = spawnSync(node, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      STORIES_DIR: join(dir, 'stories'),
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: join(dir, 'astro-cache'),
      BENCH_STATS: '1',
    },
    maxBuffer: 1 << 28,
  });
  const wallMs = performance.now() - t0;
  if (build.status !== 0) {
    process.stderr.write(build.stdout.slice(-5000) + build.stderr.slice(-5000));
    process.exit(1);
  }
  const stats = JSON.parse(/BENCH_STATS (.*)/.exec(build.stdout)![1]!) as {
    dataMs: number;
    astroMs: number;
    finishMs: number;
    maxRssMB: number;
  };
  const out = folderStats(outDir);
  rows.push(
    ['site: data step in build', `${(stats.dataMs / 1000).toFixed(2)} s`, ''],
    ['site: Astro render', `${(stats.astroMs / 1000).toFixed(1)} s`, ''],
    ['site: search index (Pagefind)', `${(stats.finishMs / 1000).toFixed(1)} s`, ''],
    ['site: whole build (wall)', `${(wallMs / 1000).toFixed(1)} s`, ''],
    ['site: HTML pages', String(out.pages), ''],
    ['site: pages per second (Astro render)', (out.pages / (stats.astroMs / 1000)).toFixed(0), 'target ≥ 300'],
    ['site: peak memory (RSS)', `${stats.maxRssMB} MB`, ''],
    ['site: dist size', `${(out.bytes / 1048576).toFixed(0)} MB`, 'limit < 1024 MB'],
    ['site: dist files', String(out.files), ''],
  );
}

const width = Math.max(...rows.map((r) => r[0].length));
process.stdout.write('\n' + rows.map(([k, v, t]) => `${k.padEnd(width)}  ${v.padStart(10)}  ${t}`).join('\n') + '\n');
if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
