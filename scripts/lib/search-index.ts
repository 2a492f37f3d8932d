/**
 * The full-text search index (Pagefind), written as two indexes the search page merges in the browser
 * (Pagefind's `mergeIndex`; the places are in src/lib/site/search-bundles.ts):
 * - `pagefind/`: every page except the unit pages, in full (home, datasets, methodology, guides, stories,
 *   the catalogue, lists);
 * - `pagefind/don-vi/`: the commune, district and year pages (`/xa/`, `/huyen/`, `/nam/`).
 *   Up to LARGE_SITE_PAGES pages, in full. A national-scale site indexes each by a short record instead:
 *   a commune by what the instant finder knows of its code (tim-kiem/xa.json: current and earlier names,
 *   ancestors' names, district or province, what it is part of now), a district or year page by its
 *   title and description. Full pages there (criteria tables of up to twelve years, year tables of
 *   hundreds of rows) took Pagefind minutes for no better answer to a name.
 *
 * Each index is cached whole in the build cache under the hash of what it was made from (Pagefind's
 * version and every page's URL and what Pagefind reads of it, `indexedDigest`, or the records), so a
 * change in the results, which reaches the full pages but not the units' names, rebuilds only the first
 * index, and a change that moves only the catalogue's file sizes and checksums rebuilds none. The heads
 * of unit pages come from the finish step's one read of every file (site-scan.ts); full pages are read
 * one at a time for their key and again to index them on a miss, at most IN_FLIGHT at a time, never all
 * held at once.
 *
 * Deterministic: pages are handed to Pagefind in sorted order, without waiting for each answer but in
 * that order (see pipelined; Pagefind's output depends on the order pages are added, and its own
 * directory walk follows readdir order, which differs between filesystems), so the index bytes depend
 * only on content.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { copyTree } from './copy-tree.ts';
import type { SearchEntry } from '../../src/lib/site/search-index.ts';
import { PAGES_INDEX, UNITS_INDEX } from '../../src/lib/site/search-bundles.ts';
import { pageHead, type ScannedPage } from './site-scan.ts';

/** Above this many pages, unit pages are indexed by short records (see the header). */
export const LARGE_SITE_PAGES = 5000;

const UNIT_PAGE = /^(en\/)?(xa|huyen|nam)\//;

/** Pagefind's version: a reused index must come from the same indexer. */
const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(new URL('../../node_modules/pagefind/package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: { title: string };
}

const urlOf = (file: string) => '/' + file.replace(/index\.html$/, '');

/** What the index needs of a page: its bytes' digest (for the cache key) and its head (for records). */
type PageOf = (file: string) => Pick<ScannedPage, 'digest' | 'title' | 'description'>;

/**
 * Index `files` (relative to `dir`, HTML pages) with Pagefind in the order given and write the two
 * indexes (PAGES_INDEX, UNITS_INDEX), reusing either from `cacheDir` when its inputs
 * are unchanged. `files` must be sorted for a repeatable index; tests pass other orders to prove it.
 */
export async function writeSearchIndex(
  dir: string,
  files: readonly string[],
  cacheDir?: string,
  scanned?: ReadonlyMap<string, ScannedPage>,
): Promise<void> {
  const large = files.length > LARGE_SITE_PAGES;
  const units = files.filter((f) => UNIT_PAGE.test(f));
  const page = (file: string): Pick<ScannedPage, 'digest' | 'title' | 'description'> => {
    const known = scanned?.get(file);
    if (known) return known;
    const bytes = readFileSync(join(dir, file));
    return { digest: createHash('sha256').update(bytes).digest('hex'), ...pageHead(bytes) };
  };
  await writeIndex(
    dir,
    PAGES_INDEX,
    files.filter((f) => !UNIT_PAGE.test(f)),
    [],
    cacheDir,
  );
  if (large) await writeIndex(dir, UNITS_INDEX, [], unitRecords(dir, units, page), cacheDir);
  else await writeIndex(dir, UNITS_INDEX, units, [], cacheDir);
}

/**
 * One index, at `place` under `dir`, from full pages and records, or its cached copy (cache slot
 * `<cacheDir>/search/<place>`, one entry per slot).
 */
async function writeIndex(
  dir: string,
  place: string,
  pages: readonly string[],
  records: readonly SearchRecord[],
  cacheDir?: string,
): Promise<void> {
  const key = createHash('sha256').update(PAGEFIND_VERSION).update('\0');
  for (const file of pages)
    key
      .update(urlOf(file))
      .update('\0')
      .update(indexedDigest(join(dir, file)))
      .update('\0');
  key.update(JSON.stringify(records));
  const out = join(dir, place);
  const slot = cacheDir ? join(cacheDir, 'search', place.replace(/\/$/, '').replace(/\//g, '-')) : null;
  const cached = slot ? join(slot, key.digest('hex')) : null;
  if (cached && existsSync(cached)) {
    copyTree(cached, out, true);
    return;
  }
  const pagefind = await import('pagefind');
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind could not start');
  await pipelined(
    pages,
    (file) => file,
    (file) => index.addHTMLFile({ url: urlOf(file), content: readFileSync(join(dir, file), 'utf8') }),
  );
  await pipelined(
    records,
    (record) => record.url,
    (record) => index.addCustomRecord(record),
  );
  await index.writeFiles({ outputPath: out });
  await pagefind.close();
  if (slot && cached) {
    // Keep only this index: write beside, then replace the slot by renames.
    rmSync(slot, { recursive: true, force: true });
    copyTree(out, cached + '.tmp');
    renameSync(cached + '.tmp', cached);
  }
}

/**
 * What Pagefind reads of a full page, for the index's key: the page's bytes without its JSON-LD (structured
 * data in the head, never indexed) and without the text-only elements marked `data-pagefind-ignore` (the
 * catalogue's file sizes and checksums, which move with every change of data and are not worth searching).
 * So a one-row change, which changes those on /du-lieu/, does not make Pagefind index the full pages again.
 * Removing less than Pagefind ignores only changes the key more often; nothing Pagefind indexes is removed
 * (tests/e2e/incremental.test.ts compares a reused index with a fresh one, byte for byte).
 */
function indexedDigest(path: string): string {
  const text = readFileSync(path, 'utf8')
    .replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, '')
    .replace(/<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-ignore(?:="[^"]*")?[\s>][^<]*<\/\1>/g, '');
  return createHash('sha256').update(text).digest('hex');
}

/** How many pages or records are on their way to Pagefind at once. */
const IN_FLIGHT = 256;

/**
 * Send every item to Pagefind in the order given without waiting for each answer, at most IN_FLIGHT
 * unanswered at a time. Awaiting each one cost a round trip per item (21,000 commune records: 7.4 s
 * awaited, 5.4 s pipelined). Order, and so the index, is unchanged: the client writes each message to
 * Pagefind's stdin when it is called, and Pagefind 1.x's service handles its messages one at a time in
 * the order they arrive. Pagefind answers a failed item with `errors` rather than rejecting; any of
 * them stops the index with the item's name, so a page is never left out of search unnoticed.
 */
export async function pipelined<T>(
  items: readonly T[],
  name: (item: T) => string,
  send: (item: T) => Promise<{ errors: string[] }>,
): Promise<void> {
  let waiting: { item: T; answer: Promise<{ errors: string[] }> }[] = [];
  const settle = async (): Promise<void> => {
    const answers = await Promise.all(waiting.map((w) => w.answer));
    answers.forEach((a, i) => {
      if (a.errors.length > 0)
        throw new Error(`Pagefind could not index ${name(waiting[i]!.item)}: ${a.errors.join('; ')}`);
    });
    waiting = [];
  };
  for (const item of items) {
    waiting.push({ item, answer: send(item) });
    if (waiting.length >= IN_FLIGHT) await settle();
  }
  await settle();
}

/**
 * National scale: one record per unit page. Communes from the finder's register entry of their code;
 * district and year pages from their title and description (their names; no results, so a change of
 * results leaves the records, and this index, as they were).
 */
function unitRecords(dir: string, files: readonly string[], page: PageOf): SearchRecord[] {
  const entries = new Map(
    (JSON.parse(readFileSync(join(dir, 'tim-kiem/xa.json'), 'utf8')) as SearchEntry[]).map((e) => [e.c, e]),
  );
  return files.flatMap((file): SearchRecord[] => {
    const language = file.startsWith('en/') ? 'en' : 'vi';
    const commune = /^(en\/)?xa\/([^/]+)\/index\.html$/.exec(file);
    if (commune) {
      const entry = entries.get(decodeURIComponent(commune[2]!));
      if (!entry) return [];
      const words = [entry.n, ...entry.o, entry.d, entry.m ?? '', entry.c].filter((w) => w !== '');
      return [{ url: urlOf(file), content: words.join(' · '), language, meta: { title: `${entry.n} (${entry.c})` } }];
    }
    const head = page(file);
    const title = head.title.split(' · ')[0]!;
    const description = head.description;
    if (title === '') return [];
    return [{ url: urlOf(file), content: `${title} · ${description}`, language, meta: { title } }];
  });
}
