/**
 * The build's precompression step: every text file above the size floor gets .gz and .br siblings that
 * decompress to exactly the file, the same bytes on every run; binary formats and tiny files get none;
 * removing them again leaves every published file, including a .gz the site publishes on its own.
 */
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { compressAhead, MIN_BYTES, precompressSite, removeSiblings } from '../../../scripts/hosting/precompress.ts';
import { scanSite } from '../../../scripts/lib/site-scan.ts';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
  made.push(dir);
  mkdirSync(join(dir, 'du-lieu'), { recursive: true });
  const csv =
    '\uFEFFcommune_code,commune_name\r\n' +
    Array.from({ length: 200 }, (_, i) => `${20000 + i},Xã Vinh Hưng ${i}`).join('\r\n');
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="vi"><title>Trang chủ</title>${'<p>Cộng đồng học tập</p>'.repeat(100)}</html>`,
  );
  writeFileSync(join(dir, 'du-lieu/2024.csv'), csv);
  writeFileSync(join(dir, 'du-lieu/tiny.json'), '{"a":1}');
  writeFileSync(join(dir, 'du-lieu/all.zip'), Buffer.alloc(4096, 7));
  writeFileSync(join(dir, 'du-lieu/archive.csv.gz'), Buffer.from([0x1f, 0x8b, 1, 2, 3]));
  return dir;
}

/** The cache's entries (its index.json aside). */
const entries = (dir: string) => list(dir).filter((f) => f !== 'index.json');

const list = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();

describe('precompressed siblings', () => {
  it('decompress to exactly each text file; binary and tiny files get none', async () => {
    const dir = site();
    const summary = await precompressSite(dir);
    expect(summary.files).toBe(2);
    for (const file of ['index.html', 'du-lieu/2024.csv']) {
      const original = readFileSync(join(dir, file));
      expect(gunzipSync(readFileSync(join(dir, file + '.gz'))).equals(original), file).toBe(true);
      expect(brotliDecompressSync(readFileSync(join(dir, file + '.br'))).equals(original), file).toBe(true);
      expect(readFileSync(join(dir, file + '.br')).length).toBeLessThan(original.length);
    }
    expect(readFileSync(join(dir, 'du-lieu/tiny.json')).length).toBeLessThan(MIN_BYTES);
    expect(list(dir).filter((f) => /tiny|zip\.|archive\.csv\.gz\./.test(f))).toEqual(['du-lieu/tiny.json']);
  });

  it('are the same bytes on every run', async () => {
    const [a, b] = [site(), site()];
    await precompressSite(a);
    await precompressSite(b);
    expect(list(a)).toEqual(list(b));
    for (const f of list(a)) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f))), f).toBe(true);
  });

  it('come from the build cache for unchanged files, the same bytes, and the cache forgets removed files', async () => {
    const [cold, warm, cache] = [site(), site(), mkdtempSync(join(tmpdir(), 'precompress-cache-'))];
    made.push(cache);
    await precompressSite(cold);
    await precompressSite(warm, cache);
    // A cached sibling is served as stored: corrupting one shows whether the second run used it.
    const cached = entries(cache);
    expect(cached.length, 'two files × .gz and .br').toBe(4);
    const rerun = site();
    await precompressSite(rerun, cache);
    for (const f of list(cold)) expect(readFileSync(join(rerun, f)).equals(readFileSync(join(cold, f))), f).toBe(true);
    // Replaced by a rename, as the cache itself does, so the sites linked to the entry keep theirs.
    const entry = join(
      cache,
      cached.find((f) => f.endsWith('.br'))!,
    );
    writeFileSync(entry + '.new', Buffer.from('stale'));
    renameSync(entry + '.new', entry);
    const again = site();
    await precompressSite(again, cache);
    expect(list(again).filter((f) => readFileSync(join(again, f)).toString() === 'stale')).toHaveLength(1);
    // A file that is gone leaves the cache on the next run.
    const smaller = site();
    rmSync(join(smaller, 'du-lieu/2024.csv'));
    await precompressSite(smaller, cache);
    expect(entries(cache)).toHaveLength(2);
    expect(
      readFileSync(join(rerun, 'index.html.br')).toString(),
      'a site that linked a removed entry keeps it',
    ).not.toBe('');
  });

  it('linked from the cache, are never written again by a later run, even one that rebuilds the cache', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'precompress-cache-'));
    made.push(cache);
    const live = site();
    await precompressSite(live, cache);
    const siblings = ['du-lieu/2024.csv.br', 'du-lieu/2024.csv.gz', 'index.html.br', 'index.html.gz'];
    expect(list(live)).toEqual(expect.arrayContaining(siblings));
    const linked = siblings.filter((f) => statSync(join(live, f)).nlink > 1);
    expect(linked, 'siblings are hard links into the cache').toEqual(siblings);
    const before = siblings.map((f) => [f, statSync(join(live, f)).mtimeMs, readFileSync(join(live, f))] as const);
    // A build stopped before writing the cache's index: the next run compresses everything again and
    // stores it where the entries the live site links to are; another run changes a file.
    rmSync(join(cache, 'index.json'));
    await new Promise((r) => setTimeout(r, 20));
    await precompressSite(site(), cache);
    const changed = site();
    writeFileSync(join(changed, 'index.html'), readFileSync(join(changed, 'index.html'), 'utf8') + '<p>mới</p>');
    await precompressSite(changed, cache);
    for (const [f, mtime, bytes] of before) {
      expect(statSync(join(live, f)).mtimeMs, f).toBe(mtime);
      expect(readFileSync(join(live, f)).equals(bytes), f).toBe(true);
    }
    expect(gunzipSync(readFileSync(join(live, 'index.html.gz'))).equals(readFileSync(join(live, 'index.html')))).toBe(
      true,
    );
  });

  it('made while the pages render are linked by the finish step; a page written otherwise is compressed again', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'precompress-cache-'));
    made.push(cache);
    const dir = site();
    const page = readFileSync(join(dir, 'index.html'));
    const ahead = compressAhead(cache, 1);
    await ahead.add(page);
    // Bytes that are not what ends up on disk (the file is written otherwise): an entry nothing uses.
    await ahead.add(Buffer.from(readFileSync(join(dir, 'du-lieu/2024.csv'), 'utf8') + '\r\n99999,Xã khác'));
    await ahead.add(Buffer.from('tiny'));
    expect(await ahead.drain()).toBe(2);
    // Swap the page's entry for a marker: the finish step must link the entry, not compress the page.
    const withPage = entries(cache).filter((f) => f.endsWith('.gz') || f.endsWith('.br'));
    expect(withPage).toHaveLength(4);
    const brotliOf = (f: string) => brotliDecompressSync(readFileSync(join(cache, f)));
    const pageEntry = withPage.find((f) => f.endsWith('.br') && brotliOf(f).equals(page))!;
    expect(pageEntry).toBeDefined();
    writeFileSync(join(cache, pageEntry + '.new'), 'marker');
    renameSync(join(cache, pageEntry + '.new'), join(cache, pageEntry));
    await precompressSite(dir, cache);
    expect(readFileSync(join(dir, 'index.html.br')).toString()).toBe('marker');
    // The CSV's siblings are its own, and the unused entry is gone from the cache.
    const csv = readFileSync(join(dir, 'du-lieu/2024.csv'));
    expect(gunzipSync(readFileSync(join(dir, 'du-lieu/2024.csv.gz'))).equals(csv)).toBe(true);
    expect(brotliDecompressSync(readFileSync(join(dir, 'du-lieu/2024.csv.br'))).equals(csv)).toBe(true);
    expect(entries(cache)).toHaveLength(4);
  });

  it('made while rendering by a build that then stopped leave the cache on the next build', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'precompress-cache-'));
    made.push(cache);
    await precompressSite(site(), cache);
    const kept = entries(cache);
    // A build stores siblings of pages it renders, then stops before its finish step.
    const ahead = compressAhead(cache);
    await ahead.add(Buffer.from(`<!doctype html><p>${'trang dừng giữa chừng '.repeat(40)}</p>`));
    await ahead.drain();
    expect(entries(cache).length).toBe(kept.length + 2);
    // The next build is another process: a fresh module, which knows only what is on disk. It keeps
    // what it uses (the same site again) and nothing of the stopped build.
    vi.resetModules();
    const fresh = await import('../../../scripts/hosting/precompress.ts');
    const next = site();
    await fresh.precompressSite(next, cache);
    expect(entries(cache)).toEqual(kept);
    for (const f of ['du-lieu/2024.csv.gz', 'index.html.gz'])
      expect(gunzipSync(readFileSync(join(next, f))).equals(readFileSync(join(next, f.slice(0, -3)))), f).toBe(true);
  });

  it("use the sizes and digests of the finish step's scan without reading the files again", async () => {
    const cache = mkdtempSync(join(tmpdir(), 'precompress-cache-'));
    made.push(cache);
    const [plain, scanned] = [site(), site()];
    await precompressSite(plain, cache);
    const { files } = scanSite(scanned);
    expect(files.map((f) => f.path)).toEqual(list(scanned).filter((f) => !f.endsWith('.gz')));
    // Every sibling comes from the cache by the scan's digest: make the file unreadable to prove it.
    const html = join(scanned, 'index.html');
    const bytes = readFileSync(html);
    rmSync(html);
    mkdirSync(html);
    const summary = await precompressSite(scanned, cache, undefined, files);
    rmSync(html, { recursive: true });
    writeFileSync(html, bytes);
    expect(summary.files).toBe(2);
    expect(list(scanned)).toEqual(list(plain));
    for (const f of list(plain))
      expect(readFileSync(join(scanned, f)).equals(readFileSync(join(plain, f))), f).toBe(true);
  });

  it('can be removed again, keeping every published file', async () => {
    const dir = site();
    const before = list(dir);
    await precompressSite(dir);
    expect(removeSiblings(dir)).toBe(4);
    expect(list(dir)).toEqual(before);
  });
});
