/**
 * The salts of the build's caches.
 *
 * byteCacheSalt: the code part of the download byte cache's keys (src/lib/data/export/byte-cache.ts): a hash of the data
 * code (every file under src/lib/data: the export code that writes files, workbooks and zips, and the
 * reading, checking and modelling code it calls) and of the fflate version that deflates them, so a change
 * to any of them makes every cached workbook, deflated entry and file's facts anew. (It hashed only the top
 * files of src/lib/data/export until the facts of data files were cached: their bytes also depend on the
 * model, the register and the contract.)
 *
 * Beside it, the digest of the lockfile: the installed packages (the parsers validation uses among them),
 * which the build's memo of checked year files (src/lib/data/rows-cache.ts) is salted with too.
 */
import { folderDigest } from '../../src/lib/data/inputs-digest.ts';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

const DATA_CODE = new URL('../../src/lib/data/', import.meta.url).pathname;
const FFLATE = new URL('../../node_modules/fflate/package.json', import.meta.url).pathname;

/** The salt: SHA-256 (hex) of the data code's files, by path, and fflate's package.json. */
export function byteCacheSalt(): string {
  return createHash('sha256').update(folderDigest(DATA_CODE)).update('\0').update(readFileSync(FFLATE)).digest('hex');
}

/**
 * SHA-256 (hex) of the project's package-lock.json, found beside the scripts (not in the working directory:
 * a build may run from a copy of the project without one, and then the key is only weaker).
 */
export function lockfileDigest(): string {
  const lockfile = new URL('../../package-lock.json', import.meta.url);
  return existsSync(lockfile) ? createHash('sha256').update(readFileSync(lockfile)).digest('hex') : 'no lockfile';
}
