/**
 * The digest of a data folder's inputs besides its results: every file except the year files
 * (site.yaml, register, frameworks, dataset descriptions, boundaries, changelog), hashed as bytes with
 * their paths. The year files are keyed by the results modelled from them, not by their bytes (a change
 * of one row should not change what every file made of other rows is keyed by). Used by the incremental
 * build's page keys (src/lib/site/cache-keys.ts) and the downloads' facts (export/bundle.ts): one rule.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A year file of a dataset (datasets/<id>/<year>.<ext>): keyed by its results, not its bytes. */
export const YEAR_FILE = /^datasets\/[^/]+\/\d{4}\.[A-Za-z]+$/;

/** Every file under `root` (relative, '/'-separated, sorted), skipping what `skip` matches. */
function filesOf(root: string, skip: (rel: string) => boolean): string[] {
  let entries;
  try {
    entries = readdirSync(root, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((rel) => !skip(rel))
    .sort();
}

/** SHA-256 (base64url) of every file under `root` but those `skip` matches, each with its path. */
export function folderDigest(root: string, skip: (rel: string) => boolean = () => false): string {
  const h = createHash('sha256');
  for (const rel of filesOf(root, skip))
    h.update(rel)
      .update('\0')
      .update(readFileSync(join(root, rel)))
      .update('\0');
  return h.digest('base64url');
}

const memo = new Map<string, string>();

/** The digest of `dataRoot`'s files other than year files, read once per process and folder. */
export function inputsDigest(dataRoot: string): string {
  let d = memo.get(dataRoot);
  if (d === undefined) memo.set(dataRoot, (d = folderDigest(dataRoot, (rel) => YEAR_FILE.test(rel))));
  return d;
}
