/**
 * Precompressed siblings for every text file of the built site (x.html → x.html.gz and x.html.br), made
 * once at build time so a web server sends them as they are (nginx gzip_static / brotli_static) instead
 * of compressing on every request, at the highest levels no server would afford per request. Same input,
 * same bytes: no timestamps or names go into the gzip header, and the levels are fixed. A sibling that
 * would not be smaller than its file is not written.
 *
 * With a cache folder (the build passes `<ASTRO_CACHE_DIR>/precompress`), siblings are kept by the SHA-256
 * of the file they compress: a warm build copies the siblings of unchanged files instead of compressing
 * them again (same bytes, as compression is deterministic), and entries no file used are removed.
 *
 * Usage: node scripts/hosting/precompress.ts [--remove] <dir> (--remove deletes the siblings again, e.g.
 * before publishing to GitHub Pages, which compresses by itself).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { ENCODINGS, kindOf } from './types.ts';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Smaller files gain nothing from compression (headers cost more than they save). */
export const MIN_BYTES = 256;
export const GZIP_LEVEL = 9;
/**
 * Brotli 7: measured on the demo site's 12 MB of text, gzip 9 gave 1.57 MB; brotli 7 1.43 MB in 0.7 s,
 * brotli 9 1.42 MB in 5.6 s, brotli 11 1.29 MB in 81 s — at national scale (~1 GB) 11 would take an hour.
 */
export const BROTLI_QUALITY = 7;

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

/**
 * The siblings of `data`, from the cache when it holds them (an empty cached sibling stands for "not
 * smaller, not written"), else compressed and stored there.
 */
async function siblingsOf(data: Buffer, cache: SiblingCache | null): Promise<[Buffer, Buffer]> {
  if (!cache) return compress(data);
  const id = createHash('sha256').update(data).digest('hex');
  const base = join(cache.dir, id.slice(0, 2), id);
  cache.used.add(`${id.slice(0, 2)}/${id}`);
  if (existsSync(base + '.gz') && existsSync(base + '.br'))
    return [readFileSync(base + '.gz'), readFileSync(base + '.br')];
  const [gz, br] = await compress(data);
  mkdirSync(join(cache.dir, id.slice(0, 2)), { recursive: true });
  writeFileSync(base + '.gz', gz.length < data.length ? gz : Buffer.alloc(0));
  writeFileSync(base + '.br', br.length < data.length ? br : Buffer.alloc(0));
  return [gz, br];
}

interface SiblingCache {
  dir: string;
  used: Set<string>;
}

async function compressOne(
  dir: string,
  path: string,
  cache: SiblingCache | null,
): Promise<{ bytes: number; gz: number; br: number }> {
  const full = join(dir, path);
  const data = readFileSync(full);
  const [gz, br] = await siblingsOf(data, cache);
  const out = { bytes: data.length, gz: 0, br: 0 };
  for (const [suffix, bytes, key] of [
    ['.gz', gz, 'gz'],
    ['.br', br, 'br'],
  ] as const) {
    if (bytes.length > 0 && bytes.length < data.length) {
      writeFileSync(full + suffix, bytes);
      out[key] = bytes.length;
    } else rmSync(full + suffix, { force: true });
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
 * refreshing the siblings kept in `cacheDir` when one is given.
 */
export async function precompressSite(dir: string, cacheDir?: string): Promise<PrecompressSummary> {
  const files = compressible(dir);
  const cache = cacheDir ? { dir: cacheDir, used: new Set<string>() } : null;
  if (cache) mkdirSync(cache.dir, { recursive: true });
  const summary: PrecompressSummary = { files: files.length, bytes: 0, gzBytes: 0, brBytes: 0 };
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
  if (cache) pruneCache(cache);
  return summary;
}

/** Remove the cached siblings of files this build no longer has. */
function pruneCache(cache: SiblingCache): void {
  for (const e of readdirSync(cache.dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const id = relative(cache.dir, join(e.parentPath, e.name))
      .split('\\')
      .join('/')
      .replace(/\.(gz|br)$/, '');
    if (!cache.used.has(id)) rmSync(join(e.parentPath, e.name), { force: true });
  }
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
