/**
 * npm run build: the build gate. Validate the data first and stop with the report when it has errors;
 * otherwise build the site into a fresh folder and only then replace dist/, so a failed build never
 * leaves a broken or half-written site behind.
 */
import { existsSync, rmSync, renameSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadData } from '../src/lib/data/load.ts';
import { formatReport, summary } from '../src/lib/data/validate/report.ts';
import { finishSite } from './lib/finish-site.ts';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const stageDir = `${outDir}.staging`;

const t0 = performance.now();
const { validation, dir } = loadData();
const dataMs = performance.now() - t0;
if (validation.errorCount > 0) {
  process.stderr.write(formatReport(validation.issues, dir) + '\n');
  process.stderr.write(
    `\nKhông xây dựng: ${outDir} giữ nguyên bản trước. / Not built: ${outDir} keeps the previous version.\n`,
  );
  process.exit(1);
}
process.stdout.write(`${summary(validation.issues, dir)} (${dataMs.toFixed(0)} ms)\n`);

rmSync(stageDir, { recursive: true, force: true });
mkdirSync(stageDir, { recursive: true });
try {
  const { build } = await import('astro');
  const t1 = performance.now();
  await build({
    root: process.cwd(),
    outDir: stageDir,
    logLevel: process.env.CI || process.env.BENCH_STATS ? 'warn' : 'info',
  });
  const astroMs = performance.now() - t1;
  await finishSite(stageDir);
  const finishMs = performance.now() - t1 - astroMs;
  process.stdout.write(
    `Astro build ${(astroMs / 1000).toFixed(1)} s, search index ${(finishMs / 1000).toFixed(1)} s\n`,
  );
  if (process.env.BENCH_STATS) {
    const maxRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
    process.stdout.write(`BENCH_STATS ${JSON.stringify({ dataMs, astroMs, finishMs, maxRssMB })}\n`);
  }
} catch (error) {
  rmSync(stageDir, { recursive: true, force: true });
  process.stderr.write(
    `\nXây dựng thất bại / build failed: ${(error as Error).message}\n${outDir} giữ nguyên / unchanged.\n`,
  );
  process.exit(1);
}
if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
renameSync(stageDir, outDir);
process.stdout.write(`✔ ${outDir}\n`);
