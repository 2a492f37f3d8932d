/**
 * The build's memo of year files (validate/datasets.ts YearFileMemo), kept in a folder of the build cache:
 * a warm build does not check again, row by row, the year files that are byte for byte those it checked
 * last time (nationally ~110,000 rows in twelve files, 3–4 s of every build), and reads their rows back.
 *
 * Each file's entry is keyed on its path, dataset, year, format and bytes, and on `parts`: what else
 * reading it depends on (the build passes the digest of every other data file, inputs-digest.ts, and a
 * hash of the data code), so a change to any of them reads every file again. Entries are V8's structured
 * serialisation of the rows (JSON would turn -0 into 0), written beside and renamed in; one that cannot
 * be read back is read from the file again. Entries not used by this build are removed by `prune`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { AssessmentRow } from './types.ts';
import type { YearFileKey, YearFileMemo } from './validate/datasets.ts';

export interface RowsCache extends YearFileMemo {
  /** Year files whose rows came from the cache this build. */
  readonly reused: number;
  /** Year files checked and remembered this build (a file with any issue is checked, not remembered). */
  readonly remembered: number;
  /** Remove the entries this build did not use; returns how many. */
  prune(): number;
}

const EXT = '.rows';

/** The memo kept in `dir` (created when needed), its keys salted with `parts`. */
export function rowsCache(dir: string, parts: readonly string[]): RowsCache {
  const used = new Set<string>();
  let reused = 0;
  let remembered = 0;
  const name = (k: YearFileKey): string => {
    const h = createHash('sha256');
    for (const p of [...parts, k.dataset, String(k.year), k.file, k.format]) h.update(p).update('\0');
    return h.update(k.bytes).digest('hex') + EXT;
  };
  return {
    get(key) {
      const file = name(key);
      let rows: AssessmentRow[];
      try {
        rows = deserialize(readFileSync(join(dir, file))) as AssessmentRow[];
      } catch {
        return undefined; // not cached, or unreadable: the file is read
      }
      if (!Array.isArray(rows)) return undefined;
      used.add(file);
      reused++;
      return rows;
    },
    set(key, rows) {
      const file = name(key);
      mkdirSync(dir, { recursive: true });
      const tmp = join(dir, `${file}.${process.pid}.tmp`);
      writeFileSync(tmp, serialize(rows));
      renameSync(tmp, join(dir, file));
      used.add(file);
      remembered++;
    },
    get reused() {
      return reused;
    },
    get remembered() {
      return remembered;
    },
    prune() {
      let removed = 0;
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return 0;
      }
      for (const n of names) {
        if (used.has(n)) continue;
        rmSync(join(dir, n), { force: true });
        removed++;
      }
      return removed;
    },
  };
}
