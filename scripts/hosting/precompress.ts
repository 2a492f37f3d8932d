/**
 * Precompressed siblings for every text file of the built site (x.html → x.html.gz and x.html.br), made
 * once at build time so a web server sends them as they are (nginx gzip_static / brotli_static) instead
 * of compressing on every request, at the highest levels no server would afford per request. Same input,
 * same bytes: no timestamps or names go into the gzip header, and the levels are fixed. A sibling that
 * would not be smaller than its file is not written.
 *
 * With a cache folder (the build passes `<ASTRO_CACHE_DIR>/precompress`), siblings are kept by the SHA-256
 * of the file they compress: a warm build hard-links the siblings of unchanged files instead of
 * compressing them again (same bytes, as compression is deterministic), and entries no file used are
 * removed (see SiblingCache for why linking is safe).
 *
 * Usage: node scripts/hosting/precompress.ts [--remove] <dir> (--remove deletes the siblings again, e.g.
 * before publishing to GitHub Pages, which compresses by itself).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { ENCODINGS, kindOf } from './types.ts';
import { placeFile } from '../lib/copy-tree.ts';
import { SiblingCache } from './sibling-cache.ts';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Smaller files gain nothing from compression (headers cost more than they save). */
export const MIN_BYTES = 256;
/**
 * gzip 6 and brotli 6: measured 2026-12-02 on 300 national-scale commune pages and three year tables
 * (13.6 MB): gzip 9 gave 2.09 MB at 39 MB/s, gzip 6 2.11 MB at 82 MB/s; brotli 7 1.92 MB at 20 MB/s,
 * brotli 6 1.97 MB at 50 MB/s, brotli 5 1.98 MB at 42 MB/s, brotli 4 2.13 MB at 71 MB/s. The higher levels
 * saved 1–3 % for two to two and a half times the time, the largest step of a national build.
 */
export const GZIP_LEVEL = 6;
export const BROTLI_QUALITY = 6;

/** Files worth a sibling under `dir`, relative with forward slashes, sorted. */
export function compressible(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !ENCODINGS.some((x) => e.name.endsWith(x.suffix)))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .filter((p) => kindOf(p).compress && statSync(join(dir, p)).size >= MIN_BYTES)
    .sort();
}

async function compress(data: Buffer): Promise<[Buffer, Buffer]> {
  return Promise.all([
    gzipAsync(data, { level: GZIP_LEVEL }),
    brotliAsync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
  ]);
}

/** What else decides a sibling's bytes: the levels and the compressor versions. */
const CODEC = `gzip ${GZIP_LEVEL} brotli ${BROTLI_QUALITY} zlib ${process.versions.zlib} brotli ${process.versions.brotli}\0`;

/** The SHA-256 of a file's bytes, hex (what site-scan.ts gives for every file it read). */
const digestOf = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

/** A sibling cache entry's id: the codec and the digest of the file it compresses. */
const entryId = (digest: string): string => createHash('sha256').update(CODEC).update(digest).digest('hex');

/** The sibling cache's folder in the build cache. */
export const siblingCacheDir = (buildCache: string): string => join(buildCache, 'precompress');

/**
 * One SiblingCache per folder in this process, so the pages compressed while Astro renders
 * (compressAhead) are entries the finish step (precompressSite) finds; closed by precompressSite.
 */
const openCaches = new Map<string, SiblingCache>();
function siblingCache(dir: string): SiblingCache {
  let cache = openCaches.get(dir);
  if (!cache) openCaches.set(dir, (cache = new SiblingCache(dir, CODEC)));
  return cache;
}

/** The siblings `data` gets: its .gz and .br, each only if smaller than the file (else null, not written). */
async function siblingsOf(data: Buffer): Promise<[gz: Buffer | null, br: Buffer | null]> {
  const made = await compress(data);
  return [made[0].length < data.length ? made[0] : null, made[1].length < data.length ? made[1] : null];
}

/**
 * Compress pages as Astro renders them, into the sibling cache in `cacheDir`, so the finish step links
 * their siblings instead of compressing after the render. Astro renders on the main thread while the
 * compression runs in libuv's pool, so the two share the cores; at most `inFlight` pages are being
 * compressed at once and `add` waits for room, so pages never pile up in memory. An entry is found by
 * the digest of the bytes the finish step reads, so a page whose written bytes differ from what was
 * handed here is only compressed again, never given wrong siblings. Call `drain` before the finish step.
 */
export function compressAhead(
  cacheDir: string,
  inFlight = 2,
): { add: (bytes: Uint8Array) => Promise<void>; drain: () => Promise<number> } {
  const cache = siblingCache(cacheDir);
  cache.unlist();
  const pending = new Set<Promise<void>>();
  let failure: unknown = null;
  let made = 0;
  return {
    async add(bytes) {
      if (failure) throw failure;
      if (bytes.length < MIN_BYTES) return;
      const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const id = entryId(digestOf(data));
      if (cache.entries.has(id)) return;
      const job: Promise<void> = siblingsOf(data)
        .then(([gz, br]) => {
          if (!cache.entries.has(id)) cache.store(id, gz, br);
          made++;
        })
        .catch((error: unknown) => {
          failure ??= error;
        })
        .finally(() => pending.delete(job));
      pending.add(job);
      while (pending.size >= inFlight) await Promise.race(pending);
    },
    async drain() {
      await Promise.all(pending);
      if (failure) throw failure;
      return made;
    },
  };
}

/** A file to compress: its path and, when the finish step's scan read it, its size and digest. */
export interface Compressible {
  path: string;
  size?: number;
  digest?: string;
}

async function compressOne(
  dir: string,
  file: Compressible,
  cache: SiblingCache | null,
): Promise<{ bytes: number; gz: number; br: number }> {
  const full = join(dir, file.path);
  let data: Buffer | null = null;
  const id = entryId(file.digest ?? digestOf((data = readFileSync(full))));
  const hit = cache?.entries.get(id);
  if (cache && hit) {
    try {
      for (const [suffix, size] of [
        ['.gz', hit[0]],
        ['.br', hit[1]],
      ] as const)
        if (size > 0) placeFile(cache.base(id) + suffix, full + suffix, true);
      cache.used.set(id, hit);
      return { bytes: file.size ?? statSync(full).size, gz: hit[0], br: hit[1] };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      // an entry lost from the cache: compress again
    }
  }
  data ??= readFileSync(full);
  const [gz, br] = await siblingsOf(data);
  const out = { bytes: data.length, gz: gz?.length ?? 0, br: br?.length ?? 0 };
  if (cache) {
    cache.store(id, gz, br);
    cache.used.set(id, [out.gz, out.br]);
  }
  for (const [suffix, made] of [
    ['.gz', gz],
    ['.br', br],
  ] as const) {
    if (made === null) continue;
    // Never write through an existing file: it may be a link into the cache.
    if (cache) placeFile(cache.base(id) + suffix, full + suffix, true);
    else {
      rmSync(full + suffix, { force: true });
      writeFileSync(full + suffix, made);
    }
  }
  return out;
}

export interface PrecompressSummary {
  files: number;
  bytes: number;
  gzBytes: number;
  brBytes: number;
}

/**
 * Write the .gz and .br siblings of every compressible file under `dir` (several at a time), reusing and
 * refreshing the siblings kept in `cacheDir` when one is given. `alongside` (the search index) runs at
 * the same time as the files already there are compressed (Pagefind indexes in its own process, so the
 * two steps share the cores); the files it wrote (under the folders it returns, `dir` if none) are
 * compressed after it. `scanned` (site-scan.ts) gives
 * the files there are with their sizes and digests, so a file whose siblings are cached is not read.
 */
export async function precompressSite(
  dir: string,
  cacheDir?: string,
  alongside?: () => Promise<readonly string[] | void>,
  scanned?: readonly Required<Compressible>[],
): Promise<PrecompressSummary> {
  const cache = cacheDir ? siblingCache(cacheDir) : null;
  const summary: PrecompressSummary = { files: 0, bytes: 0, gzBytes: 0, brBytes: 0 };
  const run = async (files: readonly Compressible[]) => {
    summary.files += files.length;
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const r = await compressOne(dir, files[next++]!, cache);
        summary.bytes += r.bytes;
        summary.gzBytes += r.gz;
        summary.brBytes += r.br;
      }
    };
    await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
  };
  const first: Compressible[] = scanned
    ? scanned.filter((f) => kindOf(f.path).compress && f.size >= MIN_BYTES)
    : compressible(dir).map((path) => ({ path }));
  const [, wrote] = await Promise.all([run(first), alongside?.()]);
  if (alongside) {
    const done = new Set(first.map((f) => f.path));
    const made = wrote ? wrote.flatMap((sub) => compressible(join(dir, sub)).map((f) => sub + f)) : compressible(dir);
    await run(made.filter((f) => !done.has(f)).map((path) => ({ path })));
  }
  cache?.finish();
  if (cacheDir) openCaches.delete(cacheDir);
  return summary;
}

/** Remove every precompressed sibling (a .gz/.br whose original is beside it) under `dir`. */
export function removeSiblings(dir: string): number {
  let removed = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const x = ENCODINGS.find((enc) => e.name.endsWith(enc.suffix));
    if (!e.isFile() || !x) continue;
    const original = join(e.parentPath, e.name.slice(0, -x.suffix.length));
    try {
      if (statSync(original).isFile()) {
        rmSync(join(e.parentPath, e.name));
        removed++;
      }
    } catch {
      // no original beside it: a published file of its own, kept
    }
  }
  return removed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? 'dist';
  if (args.includes('--remove'))
    process.stdout.write(`removed ${removeSiblings(dir)} precompressed files from ${dir}\n`);
  else {
    const s = await precompressSite(dir);
    process.stdout.write(
      `${s.files} files, ${(s.bytes / 1e6).toFixed(1)} MB → gzip ${(s.gzBytes / 1e6).toFixed(1)} MB, brotli ${(s.brBytes / 1e6).toFixed(1)} MB\n`,
    );
  }
}
