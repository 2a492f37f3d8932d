/**
 * A DataSource over a folder on disk, for the build and the command line (Node only).
 *
 * Containment: every path is resolved through symbolic links and must stay inside the folder. Git stores
 * symlinks, so a data pull request can add `units/x.csv → /proc/self/environ`; such an entry is reported
 * as `outside` by `stat`, never read and never listed into. Anything that is not a regular file or folder
 * (a socket, a device) is `other`. Nothing here throws for a path staff wrote.
 */
import { lstatSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { DataSource, Entry } from './source.ts';

/** Read data files from `root` (the DATA_DIR or STORIES_DIR folder), never from outside it. */
export function folderSource(root: string): DataSource {
  const base = realOrSelf(resolve(root));
  const inside = (real: string) => real === base || real.startsWith(base + sep);

  /** The entry at `path` and its real location on disk when it is usable. */
  const locate = (path: string): { entry: Entry; real: string | null } => {
    const full = join(base, path);
    if (!inside(resolve(full))) return { entry: { kind: 'outside', size: 0, target: resolve(full) }, real: null };
    try {
      lstatSync(full);
    } catch {
      return { entry: { kind: 'missing', size: 0 }, real: null };
    }
    let real: string;
    try {
      real = realpathSync(full);
    } catch {
      // A dangling symlink: it points at nothing (inside or not), so it is unusable.
      return { entry: { kind: 'other', size: 0 }, real: null };
    }
    if (!inside(real)) return { entry: { kind: 'outside', size: 0, target: real }, real: null };
    const stat = statSync(real);
    const kind = stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other';
    return { entry: { kind, size: kind === 'file' ? stat.size : 0 }, real };
  };

  return {
    read(path) {
      const { entry, real } = locate(path);
      return entry.kind === 'file' && real ? new Uint8Array(readFileSync(real)) : null;
    },
    list(dir) {
      const { entry, real } = locate(dir);
      return entry.kind === 'folder' && real ? readdirSync(real).sort() : [];
    },
    stat: (path) => locate(path).entry,
  };
}

/** The real path of `path` (symlinks resolved), or `path` itself when it does not exist. */
function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** The data folder for this run: `DATA_DIR` or `data/`. */
export function dataDir(): string {
  return process.env.DATA_DIR && process.env.DATA_DIR !== '' ? process.env.DATA_DIR : 'data';
}
