/**
 * Lighthouse runs of one page, measured honestly on a shared machine. Each run gathers the page once
 * (an unthrottled load, as Lighthouse's simulated throttling always does) and audits those artifacts
 * twice: with Lighthouse's default mobile settings (4× CPU slowdown) and with the CPU slowdown
 * calibrated to the host's speed at that moment, as Lighthouse's docs/throttling.md ("Calibrating the
 * CPU slowdown") describes: the default 4× assumes a high-end desktop host (BenchmarkIndex 1500–2000)
 * and lands it in the mid-tier mobile bracket; a slower or busier host (lower BenchmarkIndex) needs a
 * smaller multiplier to emulate the same phone. The median run is chosen by Lighthouse's own rule
 * (core/lib/median-run.js: closest to the median FCP and TTI), separately for each setting.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';

/** Lighthouse's default CPU slowdown (mobile). */
export const DEFAULT_SLOWDOWN = 4;
/** The BenchmarkIndex of the phone that slowdown emulates: the middle of the high-end desktop bracket ÷ 4. */
export const TARGET_INDEX = 1750 / DEFAULT_SLOWDOWN;

/**
 * The CPU slowdown that brings a host of this BenchmarkIndex to the phone Lighthouse's default targets:
 * linear in the index (the target phone's index is TARGET_INDEX ≈ 440, inside the docs'
 * mid-tier mobile bracket 125–800), never below 1 (no speed-up), rounded to a tenth.
 */
export function calibratedSlowdown(benchmarkIndex: number): number {
  return Math.max(1, Math.round((benchmarkIndex / TARGET_INDEX) * 10) / 10);
}

/** One audited run: the report, the host's BenchmarkIndex and its 1-minute load average when it started. */
export interface Run {
  lhr: Result;
  benchmarkIndex: number;
  load: number;
}

/** The median runs of a page under each setting, with every run's load and BenchmarkIndex. */
export interface PageRuns {
  standard: Run;
  calibrated: Run & { slowdown: number };
  runs: { load: number; benchmarkIndex: number }[];
}

const CATEGORIES = ['performance', 'accessibility'];

/** Gather `url` once into a folder, then audit it with the default and the calibrated CPU slowdown. */
async function oneRun(url: string, port: number): Promise<{ standard: Run; calibrated: Run & { slowdown: number } }> {
  const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  const base: Flags = { port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES };
  try {
    const load = loadavg()[0]!;
    await lighthouse(url, { ...base, gatherMode: dir });
    const file = join(dir, 'artifacts.json');
    const artifacts = JSON.parse(readFileSync(file, 'utf8')) as {
      BenchmarkIndex: number;
      settings: { throttling: { cpuSlowdownMultiplier: number } };
    };
    const benchmarkIndex = artifacts.BenchmarkIndex;
    const standard = (await lighthouse(url, { ...base, auditMode: dir }))!.lhr;
    // The saved settings must match the audit's (Lighthouse refuses otherwise): change both alike.
    const slowdown = calibratedSlowdown(benchmarkIndex);
    artifacts.settings.throttling.cpuSlowdownMultiplier = slowdown;
    writeFileSync(file, JSON.stringify(artifacts));
    const calibrated = (await lighthouse(url, {
      ...base,
      auditMode: dir,
      throttling: { ...standard.configSettings.throttling, cpuSlowdownMultiplier: slowdown },
    }))!.lhr;
    return {
      standard: { lhr: standard, benchmarkIndex, load },
      calibrated: { lhr: calibrated, benchmarkIndex, load, slowdown },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Run Lighthouse `times` times on `url` (Chrome already listening on `port`) and keep the median runs. */
export async function measurePage(url: string, port: number, times: number): Promise<PageRuns> {
  const runs = [];
  for (let i = 0; i < times; i++) runs.push(await oneRun(url, port));
  const median = <R extends Run>(rs: R[]): R => {
    const lhr = computeMedianRun(rs.map((r) => r.lhr));
    return rs.find((r) => r.lhr === lhr)!;
  };
  return {
    standard: median(runs.map((r) => r.standard)),
    calibrated: median(runs.map((r) => r.calibrated)),
    runs: runs.map((r) => ({ load: r.standard.load, benchmarkIndex: r.standard.benchmarkIndex })),
  };
}
