/**
 * How the published site is served, in one place for every host: the Content-Type of each file kind,
 * which kinds are worth compressing (text) and the Cache-Control of each path. The nginx configuration
 * (scripts/hosting/nginx.ts), the object-storage deploy (scripts/hosting/deploy.ts) and the precompression
 * step (scripts/hosting/precompress.ts) all read this table, so the three can never disagree.
 */

export interface FileKind {
  type: string;
  /** Text the charset applies to (served as "; charset=utf-8"). */
  text: boolean;
  /** Worth a precompressed .gz/.br sibling (text; already-compressed formats are not). */
  compress: boolean;
}

const text = (type: string): FileKind => ({ type, text: true, compress: true });
const binary = (type: string, compress = false): FileKind => ({ type, text: false, compress });

/** File kinds by extension (lower case, with the dot). */
export const FILE_KINDS: Record<string, FileKind> = {
  '.html': text('text/html'),
  '.css': text('text/css'),
  '.js': text('text/javascript'),
  '.mjs': text('text/javascript'),
  '.json': text('application/json'),
  '.geojson': text('application/geo+json'),
  '.topojson': text('application/json'),
  '.csv': text('text/csv'),
  '.xml': text('application/xml'),
  '.atom': text('application/atom+xml'),
  '.txt': text('text/plain'),
  '.md': text('text/markdown'),
  '.svg': text('image/svg+xml'),
  '.webmanifest': text('application/manifest+json'),
  '.ico': binary('image/x-icon', true),
  '.wasm': binary('application/wasm', true),
  '.png': binary('image/png'),
  '.jpg': binary('image/jpeg'),
  '.jpeg': binary('image/jpeg'),
  '.webp': binary('image/webp'),
  '.avif': binary('image/avif'),
  '.woff2': binary('font/woff2'),
  '.woff': binary('font/woff'),
  '.zip': binary('application/zip'),
  '.xlsx': binary('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
  '.pdf': binary('application/pdf'),
  // Pagefind's index chunks: already gzip-compressed by Pagefind itself.
  '.pf_meta': binary('application/octet-stream'),
  '.pf_fragment': binary('application/octet-stream'),
  '.pf_index': binary('application/octet-stream'),
  '.pagefind': binary('application/octet-stream'),
};

/** Files with no extension the site publishes, by name (e.g. the downloads' checksum list). */
export const NAMED_KINDS: Record<string, FileKind> = {
  SHA256SUMS: text('text/plain'),
};

/** The kind of a file by its path (forward slashes); unknown kinds are served as bytes. */
export function kindOf(path: string): FileKind {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (NAMED_KINDS[name]) return NAMED_KINDS[name]!;
  const dot = name.lastIndexOf('.');
  return (dot > 0 && FILE_KINDS[name.slice(dot).toLowerCase()]) || binary('application/octet-stream');
}

/** The Content-Type header of a file, with the charset for text. */
export function contentType(path: string): string {
  const kind = kindOf(path);
  return kind.text ? `${kind.type}; charset=utf-8` : kind.type;
}

/** Astro's hashed build assets: their names change whenever their content does. */
export const HASHED_PREFIX = '_astro/';

export const CACHE = {
  /** Hashed assets: a year, never revalidated. */
  hashed: 'public, max-age=31536000, immutable',
  /** Pages, data and everything else: five minutes, so a correction reaches readers quickly. */
  short: 'public, max-age=300',
} as const;

/** Cache-Control for a file by its path relative to the site root (no leading slash). */
export function cacheControl(path: string): string {
  return path.startsWith(HASHED_PREFIX) ? CACHE.hashed : CACHE.short;
}

/** The precompressed siblings a file may have, with their Content-Encoding. */
export const ENCODINGS = [
  { suffix: '.br', encoding: 'br' },
  { suffix: '.gz', encoding: 'gzip' },
] as const;
