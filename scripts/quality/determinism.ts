/**
 * Determinism: the same data must give the same site, byte for byte (downloads carry checksums, and
 * hosts and mirrors should only see real changes). Builds the site twice from clean state into two
 * temporary folders, each with its own fresh Astro cache, and compares every file. dist/ is not touched.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listFiles } from './site.ts';

export interface DirDiff {
  onlyInA: string[];
  onlyInB: string[];
  different: string[];
  same: number;
  /** Where the first differing file first differs, with a little context from each build. */
  sample?: string;
}

/** The first differing byte of two buffers, shown as text with context from each. */
export function firstDifference(a: Buffer, b: Buffer, context = 80): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, i - context), i + context).toString('utf8'));
  return `byte ${i}:\n  first:  ${around(a)}\n  second: ${around(b)}`;
}

/** Compare two folders file by file. */
export function compareDirs(a: string, b: string): DirDiff {
  const filesA = listFiles(a);
  const filesB = new Set(listFiles(b));
  const diff: DirDiff = { onlyInA: [], onlyInB: [], different: [], same: 0 };
  for (const f of filesA) {
    if (!filesB.has(f)) diff.onlyInA.push(f);
    else if (readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) diff.same++;
    else {
      if (diff.different.length === 0)
        diff.sample = `${f} ${firstDifference(readFileSync(join(a, f)), readFileSync(join(b, f)))}`;
      diff.different.push(f);
    }
    filesB.delete(f);
  }
  diff.onlyInB = [...filesB].sort();
  return diff;
}

/**
 * Run the real build gate (scripts/build.ts) into `outDir` with a fresh cache (and `env`, e.g. another
 * DATA_DIR); throws with its output on failure.
 */
export function buildInto(outDir: string, cacheDir: string, env: Record<string, string> = {}): number {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, ...env, OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, CI: '1' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`build into ${outDir} failed:\n${run.stdout}\n${run.stderr}`);
  return performance.now() - t0;
}

/**
 * Two clean builds, compared; the temporary folders are removed afterwards unless `keep`. They live in
 * the project's .cache/: Astro keeps its prerender chunks inside the output folder only when that is
 * under the working directory (otherwise in the shared .astro/, where parallel builds collide).
 */
export function checkDeterminism(keep = false): DirDiff & { root: string; ms: number[] } {
  mkdirSync('.cache', { recursive: true });
  const root = mkdtempSync(join(resolve('.cache'), 'determinism-'));
  try {
    const ms = [buildInto(join(root, 'a'), join(root, 'cache-a')), buildInto(join(root, 'b'), join(root, 'cache-b'))];
    return { ...compareDirs(join(root, 'a'), join(root, 'b')), root, ms };
  } finally {
    if (!keep) rmSync(root, { recursive: true, force: true });
  }
}

/** A readable summary of the differences. */
export function formatDiff(d: DirDiff, limit = 30): string {
  const lines = [
    ...d.different.map((f) => `≠ ${f}`),
    ...d.onlyInA.map((f) => `only in the first build: ${f}`),
    ...d.onlyInB.map((f) => `only in the second build: ${f}`),
  ];
  const sample = d.sample ? `\nfirst difference in ${d.sample}` : '';
  return `${d.same} identical file(s), ${lines.length} difference(s)${lines.length ? ':\n' + lines.slice(0, limit).join('\n') : ''}${lines.length > limit ? `\n… ${lines.length - limit} more` : ''}${sample}`;
}
