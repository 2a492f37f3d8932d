/**
 * Build the site from another data folder, as `npm run build` does with DATA_DIR and OUT_DIR (and its own
 * Astro cache), for the tests that publish changed data: a new year, an Excel year file, a register with
 * a district that became a commune-level unit.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Run scripts/build.ts on `dataDir` into `outDir`, caching under `work`; the finished process. */
export function buildFrom(dataDir: string, outDir: string, work: string): ReturnType<typeof spawnSync> {
  return spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, 'astro-cache'), CI: '1' },
    encoding: 'utf8',
    timeout: 600_000,
  });
}
