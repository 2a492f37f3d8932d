/**
 * A content-addressed cache of the costly download bytes (Excel workbooks, the zip) between builds: an
 * entry is named by the SHA-256 of exactly what decides its bytes (the sheets of a workbook; the paths
 * and bytes of a zip's files, its folder and date) and of the code that writes them (a salt the build
 * gate computes from src/lib/data/export and the fflate version), so a warm build reads a workbook back
 * instead of writing and deflating it again, and a changed table gets a new entry. Writers are
 * deterministic (same inputs ⇒ same bytes), so a cached entry is the bytes a cold build would write.
 *
 * Off unless the build sets CDHT_BYTE_CACHE (a folder inside the build cache) and CDHT_BYTE_CACHE_SALT:
 * tests and scripts that build downloads in memory always compute them. Entries are written beside and
 * renamed into place (a stopped build never leaves half an entry); the build prunes entries it did not
 * use (`pruneByteCache`), but only after a build that asked for every workbook and the zip (the whole
 * bundle was made): a warm build that restored its downloads from Astro's cache asked for none, and its
 * entries are still the ones the next change needs.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Use {
  used: Set<string>;
  reused: number;
  made: number;
  /** Every entry the site needs was asked for in this process. */
  complete: boolean;
}

/** One record per process, shared by the build gate and the bundled copy of this module Astro runs. */
const use = ((globalThis as unknown as Record<symbol, Use | undefined>)[Symbol.for('cdht.byteCache')] ??= {
  used: new Set(),
  reused: 0,
  made: 0,
  complete: false,
});

/**
 * The bytes `make` returns for `parts`, read from the cache when an earlier build made them. `kind`
 * names the writer ("xlsx", "zip"); `parts` are everything the bytes depend on besides the code.
 */
export function cachedBytes(kind: string, parts: readonly (string | Uint8Array)[], make: () => Uint8Array): Uint8Array {
  const dir = process.env.CDHT_BYTE_CACHE;
  if (!dir) return make();
  const h = createHash('sha256').update(process.env.CDHT_BYTE_CACHE_SALT ?? '').update('\0').update(kind);
  // Each part with its length first, so no two lists of parts hash alike.
  for (const p of parts) h.update(`\0${typeof p === 'string' ? Buffer.byteLength(p) : p.length}:`).update(p);
  const name = `${h.digest('hex')}.${kind}`;
  const file = join(dir, name);
  use.used.add(name);
  if (existsSync(file)) {
    use.reused++;
    return new Uint8Array(readFileSync(file));
  }
  const bytes = make();
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
  use.made++;
  return bytes;
}

/** How many entries this process read back and how many it wrote. */
export function byteCacheUse(): { reused: number; made: number } {
  return { reused: use.reused, made: use.made };
}

/** Record that this process asked for every entry the site needs (it made the whole bundle). */
export function byteCacheComplete(): void {
  use.complete = true;
}

/**
 * Remove the entries of `dir` this process did not use (downloads the site no longer has), when it asked
 * for every entry the site needs; otherwise keep them all.
 */
export function pruneByteCache(dir: string): void {
  if (!use.complete || !existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (!use.used.has(name)) rmSync(join(dir, name), { force: true });
}
