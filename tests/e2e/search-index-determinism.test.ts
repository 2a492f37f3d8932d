/**
 * The same pages give the same search index bytes on any filesystem. Pagefind's output depends on the
 * order pages are added (checked here, so the test can fail), and directory listing order differs between
 * filesystems; the build's finishing step is handed the same pages in two orders and must write
 * byte-identical indexes.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, expect, it } from 'vitest';
import { distDir } from './helpers/site.ts';
import { finishSite, htmlFiles, writeSearchIndex } from '../../scripts/lib/finish-site.ts';

const base = mkdtempSync(join(tmpdir(), 'search-index-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Copy the HTML pages of the built site into `to`, creating files in `order`. */
function copyPages(files: string[], to: string): void {
  for (const f of files) {
    mkdirSync(dirname(join(to, f)), { recursive: true });
    copyFileSync(join(distDir(), f), join(to, f));
  }
}

/** Every file under `dir` with its SHA-256, in sorted order. */
function digest(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(`${full.slice(dir.length)} ${createHash('sha256').update(readFileSync(full)).digest('hex')}`);
    }
  };
  walk(dir);
  return out;
}

it('the search index is the same bytes whatever order the pages are listed in', async () => {
  const files = htmlFiles(distDir());
  const [a, b, c] = ['a', 'b', 'c'].map((n) => join(base, n)) as [string, string, string];
  for (const dir of [a, b, c]) copyPages(files, dir);
  // Pagefind alone is order-dependent: the same pages added in reverse give other bytes.
  await writeSearchIndex(c, [...files].reverse());
  // No build cache: b must compute its own index, not reuse a's.
  await finishSite(a, () => [...files], null);
  await finishSite(b, () => [...files].reverse(), null);
  const da = digest(join(a, 'pagefind'));
  expect(da.length).toBeGreaterThan(5);
  expect(digest(join(c, 'pagefind'))).not.toEqual(da);
  expect(digest(join(b, 'pagefind'))).toEqual(da);
}, 180_000);
