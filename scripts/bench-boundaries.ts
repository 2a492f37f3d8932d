/**
 * node scripts/bench-boundaries.ts [--build] — the cost of outlines on a hostile input (issue 14.4): a
 * copy of the demo data whose boundaries hold one 1.9 MB zig-zag outline (≈ 90,000 positions, the shape
 * that made ring-by-ring Douglas–Peucker quadratic) beside the real demo outlines. Prints the time to
 * validate the folder, to build the map's units file for a year that draws the zig-zag, and with --build
 * the whole site build. Written to a temporary folder, removed afterwards.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { folderSource } from '../src/lib/data/read/fs.ts';
import { validateData } from '../src/lib/data/validate/index.ts';
import { SiteModel } from '../src/lib/data/model/index.ts';
import { mapUnits } from '../src/lib/site/map-data.ts';

const TEETH = 49_000;
const dir = mkdtempSync(join(tmpdir(), 'bench-boundaries-'));
const data = join(dir, 'data');
cpSync('data', data, { recursive: true });
// Phường Phú Bài (19960) before 2025: a box whose south side zig-zags TEETH times.
const [x0, y0, x1, y1] = [107.64, 16.36, 107.72, 16.42];
const ring: [number, number][] = [];
for (let i = 0; i <= 2 * TEETH; i++)
  ring.push([+(x0 + ((x1 - x0) * i) / (2 * TEETH)).toFixed(6), +(y0 + (i % 2) * 0.004).toFixed(6)]);
ring.push([x1, y1], [x0, y1], ring[0]!);
const text = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { code: '19960', valid_to: '2025-06-30' },
      geometry: { type: 'Polygon', coordinates: [ring] },
    },
  ],
});
writeFileSync(join(data, 'boundaries/zigzag.geojson'), text);
const index = readFileSync(join(data, 'boundaries/boundaries.yaml'), 'utf8');
writeFileSync(
  join(data, 'boundaries/boundaries.yaml'),
  `${index}  zigzag.geojson:\n    title: {vi: Hình răng cưa thử tải, en: Zig-zag load test}\n    url: https://example.org/zigzag\n    licence: {id: CC0-1.0, name: CC0 1.0, url: https://creativecommons.org/publicdomain/zero/1.0/}\n`,
);
const mb = (text.length / 1e6).toFixed(2);
try {
  const t0 = performance.now();
  const validation = validateData(folderSource(data));
  const t1 = performance.now();
  if (!validation.data) throw new Error(`the bench data has ${validation.errorCount} error(s)`);
  const model = new SiteModel(validation.data);
  const t2 = performance.now();
  const units = mapUnits(model, 2018);
  const t3 = performance.now();
  const i = units.u.findIndex((u) => u[0] === '19960');
  const kept = units.g![i]!.flat(2).length / 2;
  console.log(`zig-zag outline: ${mb} MB, ${ring.length} positions → ${kept} on the map`);
  console.log(`validate: ${((t1 - t0) / 1000).toFixed(2)} s, map units file: ${((t3 - t2) / 1000).toFixed(2)} s`);
  if (process.argv.includes('--build')) {
    const t4 = performance.now();
    const build = spawnSync(process.execPath, ['scripts/build.ts'], {
      env: { ...process.env, DATA_DIR: data, OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, 'astro') },
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(build.stdout + build.stderr);
    console.log(`site build: ${((performance.now() - t4) / 1000).toFixed(1)} s`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
