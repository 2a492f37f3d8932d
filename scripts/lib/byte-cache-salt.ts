/**
 * The code part of the download byte cache's keys (src/lib/data/export/byte-cache.ts): a hash of the data
 * code (every file under src/lib/data: the export code that writes files, workbooks and zips, and the
 * reading, checking and modelling code it calls) and of the fflate version that deflates them, so a change
 * to any of them makes every cached workbook, deflated entry and file's facts anew. (It hashed only the top
 * files of src/lib/data/export until the facts of data files were cached: their bytes also depend on the
 * model, the register and the contract.)
 */
import { folderDigest } from '../../src/lib/data/inputs-digest.ts';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const DATA_CODE = new URL('../../src/lib/data/', import.meta.url).pathname;
const FFLATE = new URL('../../node_modules/fflate/package.json', import.meta.url).pathname;

/** The salt: SHA-256 (hex) of the data code's files, by path, and fflate's package.json. */
export function byteCacheSalt(): string {
  return createHash('sha256').update(folderDigest(DATA_CODE)).update('\0').update(readFileSync(FFLATE)).digest('hex');
}
