/**
 * What the incremental build reused: Astro keeps, per route and path, the key and the code hash it built
 * with (`<cacheDir>/incremental-build.json`); comparing the manifest before and after a build tells how
 * many keyed paths were copied from the cache and how many rendered. The build prints it and the
 * benchmark and the incremental test read it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Manifest {
  routes: Record<string, { dependencyHash: string; paths: Record<string, { cacheKey: string }> }>;
}

/** The incremental manifest in `cacheDir`, or null when there is none (first build). */
export function readManifest(cacheDir: string): Manifest | null {
  try {
    return JSON.parse(readFileSync(join(cacheDir, 'incremental-build.json'), 'utf8')) as Manifest;
  } catch {
    return null;
  }
}

export interface ReuseStats {
  /** Paths with a cacheKey in this build. */
  keyed: number;
  /** Of those, copied from the cache (same key, same route code as the last build). */
  reused: number;
}

/** Compare the manifests before and after a build. */
export function reuseStats(before: Manifest | null, after: Manifest | null): ReuseStats {
  const stats = { keyed: 0, reused: 0 };
  for (const [route, entry] of Object.entries(after?.routes ?? {})) {
    const prev = before?.routes[route];
    for (const [path, { cacheKey }] of Object.entries(entry.paths)) {
      stats.keyed++;
      if (prev && prev.dependencyHash === entry.dependencyHash && prev.paths[path]?.cacheKey === cacheKey)
        stats.reused++;
    }
  }
  return stats;
}

/** "reused 120 of 300 keyed paths" in both languages. */
export function formatReuse(s: ReuseStats): string {
  return `Dùng lại ${s.reused}/${s.keyed} trang và tệp có khóa từ lần dựng trước / reused ${s.reused} of ${s.keyed} keyed paths from the last build`;
}
