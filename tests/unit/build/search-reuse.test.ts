/**
 * The full-page search index is reused when only what Pagefind does not index changed: the catalogue's
 * file sizes and checksums (marked `data-pagefind-ignore`) and the page's JSON-LD move with every change
 * of data. Proved with real Pagefind: the reused index is byte for byte the index Pagefind writes afresh
 * for the changed pages, and a change of indexed text makes a new index.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { writeSearchIndex } from '../../../scripts/lib/search-index.ts';
import { PAGES_INDEX } from '../../../src/lib/site/search-bundles.ts';

const root = mkdtempSync(join(tmpdir(), 'cdht-search-reuse-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const page = (size: string, sum: string, text = 'Tải dữ liệu Cộng đồng học tập năm 2022') =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Dữ liệu</title>` +
  `<script type="application/ld+json">{"@type":"Dataset","contentSize":"${size} B"}</script></head>` +
  `<body><main><h1>Dữ liệu</h1><p>${text} <span class="muted" data-pagefind-ignore>(${size} kB)</span></p>` +
  `<table><tr><th>2022.csv</th><td><code data-pagefind-ignore>${sum}</code></td></tr></table></main></body></html>`;

/** A site of two pages under `name`; the first one's sizes, checksum and text as given. */
function site(name: string, size: string, sum: string, text?: string): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'du-lieu'), { recursive: true });
  writeFileSync(join(dir, 'du-lieu/index.html'), page(size, sum, text));
  writeFileSync(join(dir, 'index.html'), page('1', 'a'.repeat(64), 'Trang chủ'));
  return dir;
}

/** Every file of the full-page index, by path, as bytes in base64. */
function indexFiles(dir: string): Map<string, string> {
  const base = join(dir, PAGES_INDEX);
  return new Map(
    readdirSync(base, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort()
      .map((f) => [f.slice(base.length), readFileSync(f).toString('base64')]),
  );
}

const cached = (cache: string) =>
  readdirSync(join(cache, 'search')).flatMap((slot) => readdirSync(join(cache, 'search', slot)));
const files = ['du-lieu/index.html', 'index.html'];

test('sizes, checksums and JSON-LD changed: the cached index is reused and equals a fresh one', async () => {
  const cache = join(root, 'cache');
  await writeSearchIndex(site('before', '857,6', 'e8e9'.repeat(16)), files, cache);
  const entries = cached(cache);
  const after = site('after', '857,5', '0bc9'.repeat(16));
  await writeSearchIndex(after, files, cache);
  expect(cached(cache), 'the same cache entry, not a new index').toEqual(entries);
  const fresh = site('fresh', '857,5', '0bc9'.repeat(16));
  await writeSearchIndex(fresh, files);
  expect(indexFiles(fresh).size, 'Pagefind wrote an index').toBeGreaterThan(3);
  expect(indexFiles(after)).toEqual(indexFiles(fresh));

  const reworded = site('reworded', '857,5', '0bc9'.repeat(16), 'Tải dữ liệu Cộng đồng học tập năm 2023');
  await writeSearchIndex(reworded, files, cache);
  expect(cached(cache), 'indexed text changed: a new index').not.toEqual(entries);
}, 120_000);
