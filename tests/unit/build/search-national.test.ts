/**
 * At national scale (more than LARGE_SITE_PAGES pages) every commune page is still in search, by a
 * short record of what the finder knows of its code: its name, earlier names and district. Read back
 * from the written index itself: every fragment Pagefind wrote, one per page, with its address and text.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, expect, test } from 'vitest';
import { LARGE_SITE_PAGES, writeSearchIndex } from '../../../scripts/lib/search-index.ts';
import type { SearchEntry } from '../../../src/lib/site/search-index.ts';

const dir = mkdtempSync(join(tmpdir(), 'search-national-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The fragments of one written index: address → text. */
function fragments(index: string): Map<string, string> {
  const out = new Map<string, string>();
  const folder = join(dir, index, 'fragment');
  for (const name of readdirSync(folder)) {
    const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
    const json = JSON.parse(text.slice('pagefind_dcd'.length)) as { url: string; content: string };
    out.set(json.url, json.content);
  }
  return out;
}

test('every commune of a national-scale site is in search with its names and code', async () => {
  const count = LARGE_SITE_PAGES + 1;
  const entries: SearchEntry[] = Array.from({ length: count }, (_, i) => {
    const c = String(10000 + i);
    return { c, n: `Phường Thủy Lương ${i}`, o: [`Xã Thủy Lương ${i}`], d: 'Thành phố Huế' };
  });
  mkdirSync(join(dir, 'tim-kiem'), { recursive: true });
  writeFileSync(join(dir, 'tim-kiem/xa.json'), JSON.stringify(entries));
  writeFileSync(
    join(dir, 'index.html'),
    '<html lang="vi"><head><title>Trang chủ</title></head><body><main><p>Xin chào</p></main></body></html>',
  );
  const communes = entries.map((e) => `xa/${e.c}/index.html`);
  await writeSearchIndex(dir, ['index.html', ...communes]);

  const units = fragments('pagefind/don-vi');
  expect([...units.keys()].sort()).toEqual(entries.map((e) => `/xa/${e.c}/`).sort());
  for (const e of entries) {
    const text = units.get(`/xa/${e.c}/`)!;
    for (const word of [e.n, e.o[0]!, e.d, e.c]) expect(text, e.c).toContain(word);
  }
  // The other pages are indexed in full, apart from the units.
  expect([...fragments('pagefind').values()].join(' ')).toContain('Xin chào');
}, 120_000);
