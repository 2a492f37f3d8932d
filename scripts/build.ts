/**
 * npm run build: the build gate. Take the lock on OUT_DIR (one build at a time), finish or undo what an
 * interrupted run left, validate the data and the stories and stop with the report when they have
 * errors; otherwise build the site into `<OUT_DIR>.staging` and swap it in by renames only
 * (scripts/lib/publish.ts), so OUT_DIR is a complete site at every instant and a failed or stopped build
 * never leaves a broken or half-written site behind.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadData, releaseData } from '../src/lib/data/load.ts';
import { rowsCache } from '../src/lib/data/rows-cache.ts';
import { inputsDigest } from '../src/lib/data/inputs-digest.ts';
import { dataDir } from '../src/lib/data/read/fs.ts';
import { formatReport, summary } from '../src/lib/data/validate/report.ts';
import { sortIssues } from '../src/lib/data/validate/issues.ts';
import { buildCacheDir, finishSite } from './lib/finish-site.ts';
import { byteCacheUse, pruneByteCache } from '../src/lib/data/export/byte-cache.ts';
import { byteCacheSalt, lockfileDigest } from './lib/cache-salts.ts';
import { formatReuse, readManifest, reuseStats } from './lib/incremental-stats.ts';
import { astroSteps } from './lib/astro-steps.ts';
import { collectAllGarbage, collectOnGrowth } from './lib/free-memory.ts';
import { CHECKED_ASTRO, linkRestores } from './lib/restore-links.ts';
import { storyIssues } from './lib/stories.ts';
import { compressAhead, siblingCacheDir } from './hosting/precompress.ts';
import { setPageRenderedHook } from '../src/lib/site/page-hook.ts';
import {
  PublishError,
  SignalGuard,
  acquireLock,
  checkPlace,
  publishPaths,
  recover,
  stageReached,
  swapIn,
} from './lib/publish.ts';

const paths = publishPaths(process.env.OUT_DIR ?? 'dist');
const outDir = paths.out;
let release = (): void => undefined;
process.on('exit', () => release());

const guard = new SignalGuard((signal) => {
  rmSync(paths.stage, { recursive: true, force: true });
  release();
  process.stderr.write(
    `\nĐã dừng (${signal}): ${outDir} giữ nguyên bản trước. / Stopped (${signal}): ${outDir} keeps the previous version.\n`,
  );
  process.exit(signal === 'SIGINT' ? 130 : 143);
});

/** Stop with a bilingual message (no stack trace), leaving OUT_DIR as it is. */
function fail(vi: string, en: string): never {
  rmSync(paths.stage, { recursive: true, force: true });
  process.stderr.write(`\n${vi}\n${en}\n`);
  process.exit(1);
}

try {
  checkPlace(paths);
  release = acquireLock(paths);
  for (const line of recover(paths)) process.stdout.write(`${line}\n`);
} catch (error) {
  if (error instanceof PublishError) {
    process.stderr.write(`${error.vi}\n${error.en}\n`);
    process.exit(1);
  }
  throw error;
}
await stageReached('locked', guard);

const t0 = performance.now();
const cacheDir = buildCacheDir();
const salt = byteCacheSalt();
// Year files checked by the last build, byte for byte the same, are read back from the build cache; the
// key holds what else reading depends on: the other data files, the data code, the parsers' versions.
const yearFiles = rowsCache(join(cacheDir, 'rows'), [salt, lockfileDigest(), inputsDigest(resolve(dataDir()))]);
/** Load and check the data, keeping only the folder and the issues here: releaseData() can then free the rest. */
function checkData() {
  const { dir, validation } = loadData(undefined, { yearFiles });
  return { dir, issues: validation.issues };
}
const { dir, issues: dataIssues } = checkData();
yearFiles.prune();
const issues = sortIssues([...dataIssues, ...storyIssues()]);
const dataMs = performance.now() - t0;
if (issues.some((i) => i.severity === 'error')) {
  process.stderr.write(formatReport(issues, dir) + '\n');
  fail(`Không xây dựng: ${outDir} giữ nguyên bản trước.`, `Not built: ${outDir} keeps the previous version.`);
}
process.stdout.write(
  `${summary(issues, dir)} (${dataMs.toFixed(0)} ms)\n` +
    `Tệp năm: ${yearFiles.reused} đọc lại từ bộ nhớ đệm, ${yearFiles.remembered} kiểm tra và ghi nhớ / year files: ${yearFiles.reused} from the build cache, ${yearFiles.remembered} checked and remembered\n`,
);

mkdirSync(paths.stage, { recursive: true });
await stageReached('building', guard);
try {
  const { build } = await import('astro');
  // Unchanged pages are hard-linked from the incremental cache instead of copied (restore-links.ts).
  if (!(await linkRestores()))
    process.stdout.write(
      `Astro ≠ ${CHECKED_ASTRO}: trang không đổi được sao chép từ bộ nhớ đệm / unchanged pages are copied from the cache, not linked\n`,
    );
  const before = readManifest(cacheDir);
  // Workbooks and the zip are read back from the build cache when their inputs are unchanged.
  process.env.CDHT_BYTE_CACHE = join(cacheDir, 'downloads');
  process.env.CDHT_BYTE_CACHE_SALT = salt;
  // Each page's siblings are made while the next pages render (precompress.ts, compressAhead)…
  const ahead = compressAhead(siblingCacheDir(cacheDir));
  // …and the garbage rendering leaves is collected whenever the process has grown by a margin, so
  // the national build's peak stays well under the 2 GB goal (scripts/lib/free-memory.ts).
  const growth = collectOnGrowth();
  setPageRenderedHook((bytes) => {
    growth.check();
    return ahead.add(bytes);
  });
  const t1 = performance.now();
  process.stdout.write(`Đang dựng trang / building the site into ${paths.stage}\n`);
  await build({
    root: process.cwd(),
    outDir: paths.stage,
    logLevel: process.env.CI || process.env.BENCH_STATS ? 'warn' : 'info',
    ...(process.env.BENCH_STATS
      ? { integrations: [astroSteps((name, ms) => process.stdout.write(`BENCH_STEP ${name} ${ms.toFixed(0)}\n`))] }
      : {}),
  });
  setPageRenderedHook(undefined);
  const compressed = await ahead.drain();
  const astroMs = performance.now() - t1;
  process.stdout.write(
    `Nén sẵn trong lúc dựng: ${compressed} trang / precompressed while rendering: ${compressed} pages\n`,
  );
  const astroRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  // The model and the downloads are no longer needed: let them go before the search index and
  // precompression allocate (they raised the peak memory by up to 270 MB).
  releaseData();
  // …and collect them now, with what native handles still held, so the finish step and Pagefind's
  // process start beside a small heap (scripts/lib/free-memory.ts).
  const freed = collectAllGarbage();
  const reuse = reuseStats(before, readManifest(cacheDir));
  process.stdout.write(`${formatReuse(reuse)}\n`);
  const bytes = byteCacheUse();
  pruneByteCache(process.env.CDHT_BYTE_CACHE);
  process.stdout.write(
    `Tệp tải về (Excel, zip): dùng lại ${bytes.reused}, tạo mới ${bytes.made} / downloads (Excel, zip): ${bytes.reused} reused from the build cache, ${bytes.made} made\n` +
      `Mô tả tệp dữ liệu (cỡ, mã kiểm tra): dùng lại ${bytes.factsReused}, tính lại ${bytes.factsMade} / data files' facts (size, checksums): ${bytes.factsReused} reused, ${bytes.factsMade} computed\n`,
  );
  await finishSite(paths.stage, undefined, cacheDir);
  const finishMs = performance.now() - t1 - astroMs;
  process.stdout.write(
    `Astro build ${(astroMs / 1000).toFixed(1)} s, search index ${(finishMs / 1000).toFixed(1)} s\n`,
  );
  if (process.env.BENCH_STATS) {
    const maxRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
    process.stdout.write(
      `BENCH_STATS ${JSON.stringify({ dataMs, astroMs, finishMs, maxRssMB, astroRssMB, freed, collections: growth.stats(), ...reuse })}\n`,
    );
  }
} catch (error) {
  fail(
    `Xây dựng thất bại: ${(error as Error).message}\n${outDir} giữ nguyên.`,
    `Build failed; ${outDir} is unchanged.`,
  );
}
await stageReached('built', guard);
try {
  await swapIn(paths, guard);
} catch (error) {
  if (error instanceof PublishError) fail(error.vi, error.en);
  throw error;
}
release();
process.stdout.write(`✔ ${outDir}\n`);
