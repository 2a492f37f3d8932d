/**
 * What the downloads cost to make, kept between builds in the build cache:
 * - content-addressed bytes (`cachedBytes`): Excel workbooks and the zip's deflated entries, each named
 *   by the SHA-256 of exactly what decides its bytes (a workbook's sheets; an entry's bytes) and of the
 *   code that writes them (a salt the build gate computes from src/lib/data and the fflate version), so a
 *   warm build reads a workbook back instead of writing and deflating it again, and a changed table gets
 *   a new entry. Writers are deterministic (same inputs ⇒ same bytes), so an entry is what a cold build
 *   would write.
 * - the facts of every data file (`cachedFacts`: size, SHA-256, CRC-32), in one index, keyed by what
 *   decides the file's bytes (the data folder's other inputs and the file's data key, as for the
 *   downloads route): the files that describe every other one (datapackage.json, README.md, SHA256SUMS,
 *   the zip) are written from them without serialising the ~10,600 files a one-row change did not reach.
 *
 * Off unless the build sets CDHT_BYTE_CACHE (a folder inside the build cache) and CDHT_BYTE_CACHE_SALT:
 * tests and scripts that build downloads in memory always compute them. Entries are written beside and
 * renamed into place (a stopped build never leaves half an entry); the build prunes entries it did not
 * use (`pruneByteCache`), but only after a build that asked for every workbook, entry and fact (the whole
 * bundle was made): a warm build that restored its downloads from Astro's cache asked for none, and its
 * entries are still the ones the next change needs.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Use {
  used: Set<string>;
  /** The facts index as read from the cache folder (null until first asked) and the facts asked for since. */
  facts: Map<string, Facts> | null;
  factsUsed: Map<string, Facts>;
  reused: number;
  made: number;
  factsReused: number;
  factsMade: number;
  /** Every entry the site needs was asked for in this process. */
  complete: boolean;
}

/** One record per process, shared by the build gate and the bundled copy of this module Astro runs. */
const use = ((globalThis as unknown as Record<symbol, Use | undefined>)[Symbol.for('cdht.byteCache')] ??= {
  used: new Set(),
  facts: null,
  factsUsed: new Map(),
  reused: 0,
  made: 0,
  factsReused: 0,
  factsMade: 0,
  complete: false,
});

/**
 * The bytes `make` returns for `parts`, read from the cache when an earlier build made them. `kind`
 * names the writer ("xlsx", "deflate"); `parts` are everything the bytes depend on besides the code.
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

/** What the whole-bundle files need of a data file without its bytes: its size and checksums. */
export interface Facts {
  size: number;
  /** Hex SHA-256. */
  sha256: string;
  /** CRC-32, as a zip entry records it. */
  crc32: number;
}

/** One file of facts for every download (there are ~10,600 at national scale: one file, not one each). */
const FACTS = 'facts.json';

/**
 * The facts of a download keyed by `key` (a hash of exactly what decides its bytes, besides the code),
 * read from the cache's facts index when an earlier build recorded them; otherwise `make` computes them
 * (from the file's bytes). Kept for the next build by `byteCacheComplete`.
 */
export function cachedFacts(key: string, make: () => Facts): Facts {
  const dir = process.env.CDHT_BYTE_CACHE;
  if (!dir) return make();
  const name = factsName(key);
  use.facts ??= readFacts(join(dir, FACTS));
  let facts = use.factsUsed.get(name) ?? use.facts.get(name);
  if (facts) use.factsReused++;
  else {
    facts = make();
    use.factsMade++;
  }
  use.factsUsed.set(name, facts);
  return facts;
}

/** Keep the facts of a file this build made anyway (they are the truth: they replace what was recorded). */
export function rememberFacts(key: string, facts: Facts): void {
  if (process.env.CDHT_BYTE_CACHE) use.factsUsed.set(factsName(key), facts);
}

const factsName = (key: string): string =>
  createHash('sha256').update(process.env.CDHT_BYTE_CACHE_SALT ?? '').update('\0facts\0').update(key).digest('base64url');

function readFacts(file: string): Map<string, Facts> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, Facts>));
  } catch {
    // No index yet, or one a stopped build left unreadable: every fact is computed again.
    return new Map();
  }
}

/** Write the facts asked for in this process (and only those: the others are of files the site no longer has). */
function writeFacts(dir: string): void {
  const entries = [...use.factsUsed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  mkdirSync(dir, { recursive: true });
  const file = join(dir, FACTS);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(Object.fromEntries(entries)));
  renameSync(tmp, file);
  use.used.add(FACTS);
}

/** How many entries (workbooks, deflated zip entries) and files' facts this process read back and how many it made. */
export function byteCacheUse(): { reused: number; made: number; factsReused: number; factsMade: number } {
  return { reused: use.reused, made: use.made, factsReused: use.factsReused, factsMade: use.factsMade };
}

/** Start the record afresh, as the next build's process would (tests that run several builds in one process). */
export function forgetByteCacheUse(): void {
  Object.assign(use, { used: new Set(), facts: null, factsUsed: new Map(), reused: 0, made: 0, factsReused: 0, factsMade: 0, complete: false });
}

/**
 * Record that this process asked for every entry the site needs (it made the whole bundle), and keep the
 * facts it asked for.
 */
export function byteCacheComplete(): void {
  use.complete = true;
  const dir = process.env.CDHT_BYTE_CACHE;
  if (dir && use.factsUsed.size > 0) writeFacts(dir);
}

/**
 * Remove the entries of `dir` this process did not use (downloads the site no longer has), when it asked
 * for every entry the site needs; otherwise keep them all.
 */
export function pruneByteCache(dir: string): void {
  if (!use.complete || !existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (!use.used.has(name)) rmSync(join(dir, name), { force: true });
}
