/**
 * Copy a folder tree file by file. Node's cpSync spends its time checking each entry (measured: 22.7 s
 * for Pagefind's 5,452 index files, against 1.7 s for `cp -r`); this makes each folder once and copies
 * each file (a reflink where the filesystem has them), or with `link` hard-links it: for files no one
 * writes in place (the build cache replaces an entry whole, never edits it), which saves writing the
 * bytes again. A link that cannot be made (another filesystem) falls back to a copy.
 */
import { constants, copyFileSync, linkSync, mkdirSync, readdirSync, unlinkSync } from 'node:fs';
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

/**
 * Hard-link `from` at `to` when `link` and possible, else copy it. A file already at `to` is replaced,
 * never written through (it may itself be a link into the cache, or a file of the live site). A missing
 * `from` throws ENOENT, so a caller can tell a lost cache entry from a filesystem without links.
 */
export function placeFile(from: string, to: string, link: boolean): void {
  if (link) {
    try {
      linkSync(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw error;
      if (code === 'EEXIST') {
        unlinkSync(to);
        return placeFile(from, to, link);
      }
      // another filesystem (EXDEV), links not allowed or too many: copy
    }
  }
  try {
    copyFileSync(from, to, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    unlinkSync(to);
    copyFileSync(from, to, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE);
  }
}
