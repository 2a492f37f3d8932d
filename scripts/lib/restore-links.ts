/**
 * Astro's incremental build restores an unchanged page by copying its cached output
 * (`<cacheDir>/dist/…`) into the new site: at national scale 24,000 copies, 800 MB written again on
 * every warm build, and the second largest step of one after starting Astro. This makes a restore a
 * hard link instead, and makes the cache safe to link from:
 *
 * - the cache's copy of a page is put beside its place and renamed in (Astro writes it in place), so
 *   a file a built or published site links to is never written again: the site keeps its bytes. The
 *   copy of a page Astro has just rendered is itself a link to the new site's file, so a cold build
 *   writes each page once, not twice;
 * - Astro writes the pages it renders into the new site as new files (the staging folder starts
 *   empty, and a path is either restored or rendered), never through a restored link;
 * - nothing after Astro writes through a file of the site (precompression and the search index add new
 *   files, replacing, never writing through: copy-tree.ts), and the published site is only renamed and
 *   deleted (publish.ts).
 *
 * A link that cannot be made (another filesystem, EXDEV; too many links) falls back to Astro's copy.
 * Applied by the build gate only (scripts/build.ts), and only to the Astro version it was checked
 * against: with another, Astro's own copying is kept and the build says so.
 */
import { copyFile, link, mkdir, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** The Astro release whose IncrementalBuildCache (dist/core/build/incremental.js) this was checked against. */
export const CHECKED_ASTRO = '7.3.5';

interface Settings {
  config: { cacheDir: URL; outDir: URL };
}
interface CacheProto {
  restoreOutputFile(settings: Settings, outputFile: string, destination: URL): Promise<boolean>;
  writeOutputFile(settings: Settings, outputFile: string, body: Uint8Array): Promise<void>;
}

const cached = (settings: Settings, outputFile: string) =>
  new URL(outputFile, new URL('dist/', settings.config.cacheDir));

/** Make `dir` once per build (Astro does the same for its copies). */
const made = new Set<string>();
async function ensureDir(dir: URL): Promise<void> {
  if (made.has(dir.href)) return;
  await mkdir(dir, { recursive: true });
  made.add(dir.href);
}

let serial = 0;

/**
 * Patch Astro's incremental cache in this process (before `build()`): restores link, cache writes
 * rename. Returns false (and changes nothing) when the installed Astro is not CHECKED_ASTRO.
 */
export async function linkRestores(root = process.cwd()): Promise<boolean> {
  const require = createRequire(pathToFileURL(`${root}/package.json`));
  const pkg = require.resolve('astro/package.json');
  if ((require(pkg) as { version: string }).version !== CHECKED_ASTRO) return false;
  const module = (await import(new URL('./dist/core/build/incremental.js', pathToFileURL(pkg)).href)) as {
    IncrementalBuildCache: { prototype: CacheProto };
  };
  const proto = module.IncrementalBuildCache.prototype;
  proto.restoreOutputFile = async function (settings, outputFile, destination) {
    const from = cached(settings, outputFile);
    await ensureDir(new URL('./', destination));
    try {
      await link(from, destination);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // No cached copy: Astro renders the path (its own check, without the extra existsSync).
      if (code === 'ENOENT') return false;
      if (code === 'EEXIST') throw error;
      await copyFile(from, destination);
    }
    return true;
  };
  proto.writeOutputFile = async function (settings, outputFile, body) {
    const to = cached(settings, outputFile);
    await ensureDir(new URL('./', to));
    const tmp = new URL(`${to.href}.${process.pid}-${serial++}.tmp`);
    // Astro has just written `body` to the same path of the new site: link that file rather than write
    // the bytes a second time (the site's file is written once and never again, as above).
    try {
      await link(new URL(outputFile, settings.config.outDir), tmp);
    } catch {
      await writeFile(tmp, body);
    }
    await rename(tmp, to);
  };
  return true;
}
