/**
 * Build time only (Node): the data files the in-browser checker needs to validate one year file exactly
 * as the build does — site settings, unit register, frameworks, dataset descriptions and changelog — as
 * text keyed by their path in the data folder. Year files are left out: the visitor's file takes the
 * place of one, and the published ones are already known to be clean.
 */
import { resolve } from 'node:path';
import { folderSource, dataDir } from '../../lib/data/read/fs.ts';
import type { DataSource } from '../../lib/data/read/source.ts';
import { UNIT_FILES } from '../../lib/data/validate/units.ts';

const decoder = new TextDecoder('utf-8');

function add(files: Record<string, string>, source: DataSource, path: string): void {
  const bytes = source.read(path);
  if (bytes) files[path] = decoder.decode(bytes);
}

const cache = new Map<string, Record<string, string>>();

/** The reference files of the current DATA_DIR, for embedding in the checker page as JSON (read once per build). */
export function checkerFiles(): Record<string, string> {
  const root = resolve(dataDir());
  const hit = cache.get(root);
  if (hit) return hit;
  const source = folderSource(root);
  const files: Record<string, string> = {};
  cache.set(root, files);
  add(files, source, 'site.yaml');
  add(files, source, 'CHANGELOG.md');
  // Only the register files the contract names: a stray units/*.csv (a contact list) is never published.
  for (const path of Object.values(UNIT_FILES)) add(files, source, path);
  for (const name of source.list('frameworks')) if (/\.ya?ml$/.test(name)) add(files, source, `frameworks/${name}`);
  for (const id of source.list('datasets')) add(files, source, `datasets/${id}/dataset.yaml`);
  return files;
}
