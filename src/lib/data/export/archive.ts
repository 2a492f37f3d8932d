/**
 * Integrity and packaging of the downloads: SHA-256 checksums in the `sha256sum -c` format, and a zip
 * of everything built deterministically (sorted entries, one fixed modification time) so the same data
 * gives a byte-identical archive. Node only (node:crypto, node:zlib); build time.
 *
 * The zip is written here from entries deflated one by one (fflate's `deflateSync`, level 6), each kept
 * in the build's byte cache under the SHA-256 of its bytes: a warm build after one row changed deflates
 * again only the few files that row is in, instead of the whole archive. The layout is fflate's
 * `zipSync` (same headers, same order), so the bytes are those `zipSync` would write (unit-tested).
 */
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { deflateSync } from 'fflate';
import { cachedBytes } from './byte-cache.ts';

/** Hex SHA-256 of some bytes. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** CRC-32 of some bytes, as a zip entry records it. */
export function crc(bytes: Uint8Array): number {
  return crc32(bytes) >>> 0;
}

/** `sha256sum` lines ("<hash>  <path>") for files, sorted by path; checkable with `sha256sum -c`. */
export function checksumLines(files: readonly { path: string; sha256: string }[]): string {
  return [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => `${f.sha256}  ${f.path}\n`)
    .join('');
}

/** One file to zip, described without its bytes: `bytes` is asked only when its deflated form is not cached. */
export interface ZipEntry {
  path: string;
  size: number;
  crc32: number;
  /** Hex SHA-256 of the bytes: names the deflated entry in the byte cache. */
  sha256: string;
  bytes: () => Uint8Array;
}

const LEVEL = 6;

/** The entry's bytes deflated (raw DEFLATE, level 6), from the byte cache when an earlier build made them. */
function deflated(e: ZipEntry): Uint8Array {
  return cachedBytes('deflate', [String(LEVEL), e.sha256], () => deflateSync(e.bytes(), { level: LEVEL }));
}

/** An entry from bytes in hand. */
export function zipEntry(path: string, bytes: Uint8Array): ZipEntry {
  return { path, size: bytes.length, crc32: crc(bytes), sha256: sha256(bytes), bytes: () => bytes };
}

/**
 * Zip entries under a top folder. Every entry gets the same modification time (`date`, noon, as DOS
 * time, which has no time zone) and entries are written in sorted order, so the archive's bytes depend
 * only on the content.
 */
export function zipEntries(entries: readonly ZipEntry[], folder: string, date: string): Uint8Array {
  const [y, m, d] = (date || '1980-01-01').split('-').map(Number) as [number, number, number];
  const dosTime = (((y - 1980) << 25) | (m << 21) | (d << 16) | (12 << 11)) >>> 0;
  const encoder = new TextEncoder();
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const parts = sorted.map((e) => {
    const fullName = `${folder}/${e.path}`;
    const name = encoder.encode(fullName);
    if (name.length > 65535) throw new Error(`zip: entry name too long: ${fullName}`);
    // The UTF-8 flag (bit 11) when the name is not plain ASCII, as fflate sets it.
    return { e, name, utf8: name.length !== fullName.length, data: deflated(e) };
  });
  let localSize = 0;
  let centralSize = 0;
  for (const p of parts) {
    localSize += 30 + p.name.length + p.data.length;
    centralSize += 46 + p.name.length;
  }
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  let central = localSize;
  const header = (b: number, p: (typeof parts)[number], offset: number | null) => {
    view.setUint32(b, offset === null ? 0x04034b50 : 0x02014b50, true);
    b += 4;
    if (offset !== null) {
      view.setUint16(b, 20, true); // made by: version 2.0, MS-DOS
      b += 2;
    }
    view.setUint16(b, 20, true); // version needed: 2.0
    view.setUint16(b + 2, p.utf8 ? 0x0800 : 0, true);
    view.setUint16(b + 4, 8, true); // DEFLATE
    view.setUint32(b + 6, dosTime, true);
    view.setUint32(b + 10, p.e.crc32, true);
    view.setUint32(b + 14, p.data.length, true);
    view.setUint32(b + 18, p.e.size, true);
    view.setUint16(b + 22, p.name.length, true);
    b += 26; // extra field length 0
    if (offset !== null) {
      view.setUint32(b + 10, offset, true); // before it: comment length, disk, attributes, all 0
      b += 14;
    }
    out.set(p.name, b);
    return b + p.name.length;
  };
  for (const p of parts) {
    const offset = at;
    at = header(at, p, null);
    out.set(p.data, at);
    at += p.data.length;
    central = header(central, p, offset);
  }
  view.setUint32(central, 0x06054b50, true);
  view.setUint16(central + 8, parts.length, true);
  view.setUint16(central + 10, parts.length, true);
  view.setUint32(central + 12, centralSize, true);
  view.setUint32(central + 16, localSize, true);
  return out;
}
