/** A DataSource over a folder on disk, for the build and the command line (Node only). */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from './source.ts';

/** Read data files from `root` (the DATA_DIR folder). */
export function folderSource(root: string): DataSource {
  return {
    read(path) {
      const full = join(root, path);
      return existsSync(full) ? new Uint8Array(readFileSync(full)) : null;
    },
    list(dir) {
      const full = join(root, dir);
      return existsSync(full) ? readdirSync(full).sort() : [];
    },
  };
}

/** The data folder for this run: `DATA_DIR` or `data/`. */
export function dataDir(): string {
  return process.env.DATA_DIR && process.env.DATA_DIR !== '' ? process.env.DATA_DIR : 'data';
}
