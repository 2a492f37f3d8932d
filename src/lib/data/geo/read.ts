/**
 * Read the optional `boundaries/` folder of a data folder (Node only), once per process: every
 * *.geojson, *.topojson and *.json file, in name order.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dataDir } from '../read/fs.ts';
import { emptyBoundaries, parseBoundaryFile } from './boundaries.ts';
import type { Boundaries } from './types.ts';

const cache = new Map<string, Boundaries>();

/** Boundaries of `dir` (default DATA_DIR or data/); empty when the folder does not exist. */
export function readBoundaries(dir: string = dataDir()): Boundaries {
  const root = resolve(dir, 'boundaries');
  const hit = cache.get(root);
  if (hit) return hit;
  const out = emptyBoundaries();
  if (existsSync(root)) {
    for (const name of readdirSync(root).sort()) {
      if (!/\.(geo|topo)?json$/i.test(name)) continue;
      parseBoundaryFile(readFileSync(join(root, name), 'utf8'), `boundaries/${name}`, out);
    }
  }
  cache.set(root, out);
  return out;
}
