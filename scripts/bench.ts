/**
 * npm run bench            — validate + model a national-scale synthetic data folder; print time and memory.
 * npm run bench -- --site  — also build the whole site from it, between two builds of Astro's trivial-page
 *                            floor (scripts/lib/bench-floor.ts); print the whole build and each step, pages
 *                            per second, the ratio to the floor, peak memory, dist/ size and file count.
 *   … --geography before-2025|from-2025 — only one of the two national geographies (default: both, in one
 *                            site): a site published before the 2025 reorganisation, or one of the 2025 geography.
 *   … --site --incremental  — then rebuild with the build cache: once with no change, once after one row of
 *                            one year file changed (scripts/lib/bench-change.ts); print each against the cold
 *                            build and how many keyed paths were reused.
 * Synthetic data (scripts/lib/synthetic.ts): both national geographies — 10,584 communes in 63 provinces
 * until 2025-06-30, 3,321 in 34 provinces from 2025-07-01 — and 2015–2026 under both frameworks. Every
 * figure is printed with the one-minute load average beside it: the machine is shared. Everything is
 * written to a temporary folder (BENCH_TMP, default the system's) and removed afterwards (--keep keeps it).
 * Goals (issue 16): data step < 3 s and < 1 GB; whole build ≥ 0.5 × the floor's pages/s; peak RSS ≤ 2 GB.
 */
import { mkdtempSync, mkdirSync, rmSync, readdirSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeSyntheticData } from './lib/synthetic.ts';
import { load1, measure } from './lib/measure.ts';
import { measureFloor } from './lib/bench-floor.ts';
import { changeOneRow } from './lib/bench-change.ts';
import { buildCommand } from './lib/build-command.ts';

const args = process.argv.slice(2);

/** `--geography both|before-2025|from-2025`: which national geography the synthetic country is published in. */
const GEOGRAPHIES = {
  both: { label: 'both geographies', years: '2015–2026', options: {} },
  // A national site before the 2025 reorganisation: 63 provinces with districts, results 2015–2024.
  'before-2025': { label: 'before 2025 only', years: '2015–2024', options: { provinces2025: 0, lastYear: 2024 } },
  // A site of the 2025 geography: 34 provinces, no districts, results 2025–2026 (the earlier units stay in
  // the register as the predecessors whose codes the new units reuse).
  'from-2025': { label: '2025 geography only', years: '2025–2026', options: { firstYear: 2025 } },
} as const;

function geographyArg(): keyof typeof GEOGRAPHIES {
  const at = args.findIndex((a) => a === '--geography' || a.startsWith('--geography='));
  const value = at < 0 ? 'both' : args[at]!.includes('=') ? args[at]!.split('=')[1]! : args[at + 1];
  if (value && value in GEOGRAPHIES) return value as keyof typeof GEOGRAPHIES;
  process.stderr.write(`--geography must be one of: ${Object.keys(GEOGRAPHIES).join(', ')}\n`);
  process.exit(2);
}

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
      results: model?.results.length ?? 0,
      maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    }) + '\n',
  );
  process.exit(0);
}

/** A size in binary units, as the goals are set, with the decimal megabytes beside it. */
const size = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MiB (${(bytes / 1e6).toFixed(0)} MB)`;

/** Total size and count of files under a folder. */
function folderStats(dir: string) {
  const out = { bytes: 0, plainBytes: 0, files: 0, siblings: 0, pages: 0 };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const size = statSync(join(entry.parentPath, entry.name)).size;
    const sibling = /\.(gz|br)$/.test(entry.name);
    out.files++;
    out.bytes += size;
    if (sibling) out.siblings++;
    else out.plainBytes += size;
    if (entry.name.endsWith('.html')) out.pages++;
  }
  return out;
}

/** What the build gate prints on its BENCH_STATS line (scripts/build.ts). */
type BenchStats = Record<string, number> & {
  freed: { beforeMB: number; afterMB: number };
  collections: { count: number; ms: number };
};
const benchStats = (stdout: string) => JSON.parse(/BENCH_STATS (.*)/.exec(stdout)![1]!) as BenchStats;

const rows: [string, string, string, string][] = [];
const row = (step: string, figure: string, goal = '', load: number | [number, number] | '' = '') =>
  rows.push([step, figure, goal, Array.isArray(load) ? `${load[0]}→${load[1]}` : String(load)]);
const s = (ms: number, digits = 1) => `${(ms / 1000).toFixed(digits)} s`;

const dir = mkdtempSync(join(process.env.BENCH_TMP || tmpdir(), 'cdht-bench-'));
const dataDir = join(dir, 'data');
const tGen = performance.now();
const geography = GEOGRAPHIES[geographyArg()];
const written = writeSyntheticData(dataDir, 'data', geography.options);
process.stdout.write(
  `Synthetic data (${geography.label}): ${written.communes} communes in 63 provinces` +
    (written.communes2025 > 0
      ? ` until 2025-06-30, ${written.communes2025} in ${written.provinces2025} provinces from 2025-07-01`
      : ', no 2025 reorganisation') +
    ` (${written.units} unit versions), ${written.rows} result rows ${geography.years}, generated in ` +
    `${s(performance.now() - tGen)} → ${dataDir}\n`,
);

const node = process.execPath;
const child = await measure(node, [new URL(import.meta.url).pathname, '--measure-data', dataDir]);
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
row('validate (read + check)', s(data.validateMs, 2), '', child.load);
row('model (totals, ranks, aggregates)', s(data.modelMs, 2), '', child.load);
row('data step total', s(data.validateMs + data.modelMs, 2), 'goal < 3 s', child.load);
row('data step peak memory (RSS)', `${data.maxRssMB} MiB`, 'goal < 1 GiB', child.load);
row('errors found', String(data.errors), 'expected 0');
row('results modelled', String(data.results));

if (args.includes('--site')) {
  const floorBefore = await measureFloor(join(dir, 'floor'));
  process.stdout.write(
    `Floor before: ${floorBefore.pagesPerSecond.toFixed(0)} pages/s (load ${floorBefore.load.join('→')})\n`,
  );
  const outDir = join(dir, 'dist');
  // The bundled stories are about the demo communes; the synthetic country has none.
  mkdirSync(join(dir, 'stories'));
  const buildSite = async () => {
    const run = await measure(node, buildCommand().slice(1), {
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        STORIES_DIR: join(dir, 'stories'),
        OUT_DIR: outDir,
        ASTRO_CACHE_DIR: join(dir, 'astro-cache'),
        BENCH_STATS: '1',
      },
    });
    if (run.status !== 0) {
      process.stderr.write(run.stdout.slice(-5000) + run.stderr.slice(-5000));
      process.exit(1);
    }
    return run;
  };
  const build = await buildSite();
  process.stdout.write(`Site built in ${s(build.wallMs)} (load ${build.load.join('→')})\n`);
  const floorAfter = await measureFloor(join(dir, 'floor'));
  process.stdout.write(
    `Floor after: ${floorAfter.pagesPerSecond.toFixed(0)} pages/s (load ${floorAfter.load.join('→')})\n`,
  );
  const stats = benchStats(build.stdout);
  const out = folderStats(outDir);
  const sitePps = out.pages / (build.wallMs / 1000);
  const floorMean = (floorBefore.pagesPerSecond + floorAfter.pagesPerSecond) / 2;
  row(
    'floor before (10,000 trivial pages)',
    `${floorBefore.pagesPerSecond.toFixed(0)} p/s`,
    s(floorBefore.wallMs),
    floorBefore.load,
  );
  row('site: data step in build', s(stats.dataMs!, 2), '', build.load);
  row('site: Astro render (pages + downloads)', s(stats.astroMs!), '', build.load);
  row('site: after Astro (finish-site)', s(stats.finishMs!), '', build.load);
  for (const [, name, ms] of build.stdout.matchAll(/^BENCH_STEP (.+) (\d+)$/gm))
    row(`site:   ${name}`, s(Number(ms)), '', build.load);
  row('site: whole build (wall)', s(build.wallMs), '', build.load);
  row('site: HTML pages', String(out.pages));
  row('site: pages per second (whole build)', sitePps.toFixed(0), '', build.load);
  row(
    'floor after (10,000 trivial pages)',
    `${floorAfter.pagesPerSecond.toFixed(0)} p/s`,
    s(floorAfter.wallMs),
    floorAfter.load,
  );
  row('floor mean', `${floorMean.toFixed(0)} p/s`);
  row('ratio (site p/s ÷ mean floor p/s)', (sitePps / floorMean).toFixed(2), 'goal ≥ 0.5');
  row('site: peak memory, build process (RSS)', `${stats.maxRssMB} MiB`, 'goal ≤ 2 GiB (2048 MiB)', build.load);
  row('site:   of which by the end of Astro', `${stats.astroRssMB} MiB`, '', build.load);
  row(
    'site:   collections while rendering (free-memory.ts)',
    `${stats.collections.count}, ${s(stats.collections.ms)}`,
    '',
    build.load,
  );
  row(
    'site:   build process before / after collecting (finish)',
    `${stats.freed.beforeMB} → ${stats.freed.afterMB} MiB`,
    '',
    build.load,
  );
  row('site: peak memory, process tree (sampled)', `${build.peakTreeRssMB} MiB`, '', build.load);
  row('site: dist size (with .gz/.br siblings)', size(out.bytes));
  row(
    'site: dist size without siblings',
    size(out.plainBytes),
    'goal ≤ 600 MiB (1 GB = 1,024 MiB, as issue 16 counts)',
  );
  row('site: dist files (siblings)', `${out.files} (${out.siblings})`);
  if (args.includes('--incremental')) {
    const warm = async (label: string) => {
      const run = await buildSite();
      const st = benchStats(run.stdout);
      row(
        `${label}: whole build (wall)`,
        s(run.wallMs),
        `${((100 * run.wallMs) / build.wallMs).toFixed(0)} % of cold, goal ≤ 15 %`,
        run.load,
      );
      row(`${label}: Astro / finish-site`, `${s(st.astroMs!)} / ${s(st.finishMs!)}`, '', run.load);
      for (const [, name, ms] of run.stdout.matchAll(/^BENCH_STEP (.+) (\d+)$/gm))
        row(`${label}:   ${name}`, s(Number(ms)), '', run.load);
      row(`${label}: keyed paths reused`, `${st.reused} / ${st.keyed}`, '', run.load);
      row(`${label}: peak memory (RSS)`, `${st.maxRssMB} MiB`, '', run.load);
      row(`${label}: collections while rendering`, `${st.collections.count}, ${s(st.collections.ms)}`, '', run.load);
    };
    await warm('warm, no change');
    const changed = changeOneRow(dataDir);
    process.stdout.write(`Changed: ${changed}\n`);
    await warm('warm, one row changed');
  }
}

const width = Math.max(...rows.map((r) => r[0].length));
const fw = Math.max(...rows.map((r) => r[1].length));
const gw = Math.max(...rows.map((r) => r[2].length));
process.stdout.write(
  `\n${'step'.padEnd(width)}  ${'figure'.padStart(fw)}  ${'goal / note'.padEnd(gw)}  load (1 min)\n` +
    rows.map(([k, v, g, l]) => `${k.padEnd(width)}  ${v.padStart(fw)}  ${g.padEnd(gw)}  ${l}`).join('\n') +
    `\n\nload now ${load1()} on ${cpus().length} cores\n`,
);
if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
