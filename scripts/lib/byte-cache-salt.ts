/**
 * The code part of the download byte cache's keys (src/lib/data/export/byte-cache.ts): a hash of the
 * export code (every file of src/lib/data/export, which writes workbooks and zips) and of the fflate
 * version that deflates them, so a change to either makes every cached workbook and zip anew.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const EXPORT_DIR = new URL('../../src/lib/data/export/', import.meta.url).pathname;
const FFLATE = new URL('../../node_modules/fflate/package.json', import.meta.url).pathname;

/** The salt: SHA-256 (hex) of the export code's files, by name, and fflate's package.json. */
export function byteCacheSalt(): string {
  const h = createHash('sha256');
  const files = readdirSync(EXPORT_DIR, { withFileTypes: true }).filter((e) => e.isFile());
  for (const name of files.map((e) => e.name).sort())
    h.update(name)
      .update('\0')
      .update(readFileSync(join(EXPORT_DIR, name)));
  return h.update('\0').update(readFileSync(FFLATE)).digest('hex');
}
