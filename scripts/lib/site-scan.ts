/**
 * One read of every file of the built site, for the whole finish step. Each published file (not a
 * precompressed sibling) is read once and hashed (SHA-256); each page also gives its
 * Content-Security-Policy, title and description, read from its head. From that scan the finish step
 * checks the site's one policy, keys the search indexes and finds each file's cached siblings, so no page
 * is read three times (it was: the CSP check, the search index key and precompression each read every
 * page). A file is read again only where its bytes are needed: compressing it, or indexing it on a miss.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeEntities } from '../../src/lib/site/html-text.ts';
import { metaPolicy } from '../../src/lib/site/csp.ts';
import { ENCODINGS } from '../hosting/types.ts';
import { ScanMemo } from './scan-memo.ts';

/** What the finish step needs of one file. */
export interface ScannedFile {
  /** Relative to the site folder, forward slashes. */
  path: string;
  size: number;
  /** SHA-256 of the bytes, hex. */
  digest: string;
}

/** What the finish step needs of one page, besides its bytes' digest. */
export interface ScannedPage extends ScannedFile {
  /** The content of its CSP <meta>, or null. */
  policy: string | null;
  /** Its <title> and <meta name="description">, entities decoded ('' when absent). */
  title: string;
  description: string;
}

export interface SiteScan {
  /** Every published file, sorted by path. */
  files: ScannedFile[];
  /** The pages (.html) among them, by path. */
  pages: Map<string, ScannedPage>;
}

const HEAD_END = Buffer.from('</head>');

/** The policy, title and description of a page's bytes, read from its head (all of it when it has none). */
export function pageHead(bytes: Buffer): Pick<ScannedPage, 'policy' | 'title' | 'description'> {
  const end = bytes.indexOf(HEAD_END);
  const head = bytes.toString('utf8', 0, end < 0 ? bytes.length : end);
  // A <meta> CSP outside the head (no browser applies it) is still found, as the whole-page check did.
  const policy = metaPolicy(head) ?? (end < 0 ? null : metaPolicy(bytes.toString('utf8')));
  return {
    policy,
    title: decodeEntities(/<title>([^<]*)<\/title>/.exec(head)?.[1] ?? ''),
    description: decodeEntities(/<meta name="description" content="([^"]*)"/.exec(head)?.[1] ?? ''),
  };
}

/** The files under `dir` but .gz/.br ones (siblings, or compressed already), relative with forward slashes, sorted. */
export function publishedFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !ENCODINGS.some((x) => e.name.endsWith(x.suffix)))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/**
 * Read and hash `files` (default: every published file under `dir`) once each. With `memoFile` (in the
 * build cache), a file that is the same file the last scan read is not read again (scan-memo.ts).
 */
export function scanSite(dir: string, files: readonly string[] = publishedFiles(dir), memoFile?: string): SiteScan {
  const scan: SiteScan = { files: [], pages: new Map() };
  const memo = new ScanMemo(memoFile ?? null);
  for (const path of [...files].sort()) {
    const full = join(dir, path);
    const stat = memoFile ? statSync(full) : null;
    let known = stat ? memo.get(path, stat) : undefined;
    if (!known) {
      const bytes = readFileSync(full);
      known = { size: bytes.length, digest: createHash('sha256').update(bytes).digest('hex') };
      if (path.endsWith('.html')) known = { ...known, ...pageHead(bytes) };
    }
    if (stat) memo.set(path, stat, known);
    const file = { path, size: known.size, digest: known.digest };
    scan.files.push(file);
    if (path.endsWith('.html'))
      scan.pages.set(path, {
        ...file,
        policy: known.policy ?? null,
        title: known.title ?? '',
        description: known.description ?? '',
      });
  }
  memo.save();
  return scan;
}

/** The one Content-Security-Policy of the scanned pages; throws naming a page that differs or has none. */
export function onePolicy(pages: Iterable<Pick<ScannedPage, 'path' | 'policy'>>): string {
  let policy: string | null = null;
  for (const page of pages) {
    if (page.policy === null) throw new Error(`${page.path}: no Content-Security-Policy <meta>`);
    if (policy !== null && page.policy !== policy)
      throw new Error(`${page.path}: its Content-Security-Policy differs from the other pages'`);
    policy = page.policy;
  }
  if (policy === null) throw new Error('no pages');
  return policy;
}
