/**
 * Copy a folder tree file by file. Node's cpSync spends its time checking each entry (measured: 22.7 s
 * for Pagefind's 5,452 index files, against 1.7 s for `cp -r`); this makes each folder once and copies
 * each file (a reflink where the filesystem has them), or with `link` hard-links it: for files no one
 * writes in place (the build cache replaces an entry whole, never edits it), which saves writing the
 * bytes again. A link that cannot be made (another filesystem) falls back to a copy.
 */
import { constants, copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Copy (or hard-link) every file under `from` to the same place under `to` (created as needed). */
export function copyTree(from: string, to: string, link = false): void {
  mkdirSync(to, { recursive: true });
  const made = new Set<string>([to]);
  for (const e of readdirSync(from, { recursive: true, withFileTypes: true })) {
    const target = join(to, relative(from, join(e.parentPath, e.name)));
    if (e.isDirectory()) {
      if (!made.has(target)) mkdirSync(target, { recursive: true });
      made.add(target);
    } else if (e.isFile()) {
      const parent = join(target, '..');
      if (!made.has(parent)) {
        mkdirSync(parent, { recursive: true });
        made.add(parent);
      }
      placeFile(join(e.parentPath, e.name), target, link);
    }
  }
}

/** Hard-link `from` at `to` when `link` and possible, else copy it. */
export function placeFile(from: string, to: string, link: boolean): void {
  if (link) {
    try {
      linkSync(from, to);
      return;
    } catch {
      // another filesystem, or links not allowed: copy
    }
  }
  copyFileSync(from, to, constants.COPYFILE_FICLONE);
}
