/**
 * Integrity and packaging of the downloads: SHA-256 checksums in the `sha256sum -c` format, and a zip
 * of everything built deterministically (sorted entries, one fixed modification time) so the same data
 * gives a byte-identical archive. Node only (node:crypto); build time.
 */
import { createHash } from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';
import { cachedBytes } from './byte-cache.ts';

/** Hex SHA-256 of some bytes. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** `sha256sum` lines ("<hash>  <path>") for files, sorted by path; checkable with `sha256sum -c`. */
export function checksumFile(files: ReadonlyMap<string, Uint8Array>): string {
  return [...files.keys()]
    .sort()
    .map((path) => `${sha256(files.get(path)!)}  ${path}\n`)
    .join('');
}

/**
 * Zip files under a top folder. Every entry gets the same modification time (`date`, noon UTC, from the
 * changelog) and entries are added in sorted order, so the archive's bytes depend only on the content
 * (which names its entry in the build's byte cache, byte-cache.ts).
 */
export function zipFiles(files: ReadonlyMap<string, Uint8Array>, folder: string, date: string): Uint8Array {
  const paths = [...files.keys()].sort();
  const parts = [folder, date, ...paths.flatMap((p) => [p, files.get(p)!])];
  return cachedBytes('zip', parts, () => zip(files, paths, folder, date));
}

function zip(files: ReadonlyMap<string, Uint8Array>, paths: readonly string[], folder: string, date: string): Uint8Array {
  const [y, m, d] = (date || '1980-01-01').split('-').map(Number) as [number, number, number];
  // fflate writes DOS time in local time: build the Date from local fields so every time zone agrees.
  const mtime = new Date(y, m - 1, d, 12, 0, 0);
  const tree: Zippable = {};
  for (const path of paths) {
    tree[`${folder}/${path}`] = [files.get(path)!, { mtime, level: 6 }];
  }
  return zipSync(tree, { mtime, level: 6 });
}
