/**
 * Goldens of the published files: the small fixture data folder (tests/fixtures/golden-data: a few
 * communes, both frameworks, a 0.25-point step, a merger, a reused code, a hostile note) is built into its
 * own OUT_DIR, and every published data file — CSV, JSON, XLSX, datapackage.json, SHA256SUMS, the
 * sitemaps, the feeds, the map data and the finder index — is compared with tests/golden/, file by file.
 * Pages (HTML) are not goldens: the browser and quality tests check them. Used by tests/e2e/golden.test.ts
 * and by `npm run golden:update`, which rewrites the goldens after an intended change.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';

export const GOLDEN_DATA = resolve('tests/fixtures/golden-data');
export const GOLDEN_DIR = resolve('tests/golden');

/** Published files that are goldens: data downloads and machine-readable files, never HTML pages. */
const PUBLISHED =
  /^(du-lieu\/|ban-do\/du-lieu\/|tim-kiem\/xa\.json$|sitemap[^/]*\.xml$|(en\/)?cau-chuyen\/feed\.atom$)/;
/** Binary files: compared by bytes and reported by size only. */
const BINARY = /\.xlsx$/;
/**
 * Not goldens: pages, the zip (its members are goldens one by one, and tests/unit/export/archive.test.ts
 * checks it holds them byte for byte) and the hosting step's precompressed copies (.gz, .br) of each file.
 */
const DERIVED = /\.(html|zip|gz|br)$/;

/** Build the fixture data into a fresh folder (no stories); throws with the build output when it fails. */
export function buildFixture(): string {
  const work = mkdtempSync(join(tmpdir(), 'golden-'));
  const out = join(work, 'dist');
  const stories = join(work, 'stories');
  mkdirSync(stories);
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      DATA_DIR: GOLDEN_DATA,
      OUT_DIR: out,
      STORIES_DIR: stories,
      ASTRO_CACHE_DIR: join(work, 'astro'),
    },
  });
  if (run.status !== 0)
    throw new Error(`fixture build failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  return out;
}

/** Every file under `dir`, as sorted paths relative to it with / separators. */
function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const visit = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) visit(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  visit(dir);
  return out.sort();
}

/** The published files of a built site that are goldens. */
export const publishedFiles = (site: string): string[] =>
  walk(site).filter((p) => PUBLISHED.test(p) && !DERIVED.test(p));

/** The committed goldens (the README beside them is not one). */
export const goldenFiles = (): string[] => walk(GOLDEN_DIR).filter((p) => p !== 'README.md');

export interface GoldenDiff {
  /** Published, no golden yet. */
  missing: string[];
  /** Golden, no longer published. */
  unexpected: string[];
  /** Both exist and differ: the path and the first differing lines. */
  different: { path: string; detail: string }[];
}

/** The first `max` differing lines of two texts, numbered, golden (−) against built (+). */
export function firstDifferences(golden: string, built: string, max = 5): string {
  const a = golden.split('\n');
  const b = built.split('\n');
  const lines: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length) && lines.length < max * 2; i++) {
    if (a[i] === b[i]) continue;
    lines.push(`  line ${i + 1} − ${a[i] === undefined ? '(none)' : JSON.stringify(a[i]).slice(0, 200)}`);
    lines.push(`  line ${i + 1} + ${b[i] === undefined ? '(none)' : JSON.stringify(b[i]).slice(0, 200)}`);
  }
  return lines.join('\n');
}

/** Compare a built site's published files with the goldens. */
export function compareGoldens(site: string): GoldenDiff {
  const built = new Set(publishedFiles(site));
  const golden = new Set(goldenFiles());
  const diff: GoldenDiff = { missing: [], unexpected: [], different: [] };
  for (const path of built) {
    if (!golden.has(path)) {
      diff.missing.push(path);
      continue;
    }
    const a = readFileSync(join(GOLDEN_DIR, path));
    const b = readFileSync(join(site, path));
    if (a.equals(b)) continue;
    const detail = BINARY.test(path)
      ? `  binary file differs: golden ${a.length} bytes, built ${b.length} bytes`
      : firstDifferences(a.toString('utf8'), b.toString('utf8'));
    diff.different.push({ path, detail });
  }
  for (const path of golden) if (!built.has(path)) diff.unexpected.push(path);
  return diff;
}

/** A readable report of a comparison, '' when the goldens match. */
export function formatGoldenDiff(diff: GoldenDiff): string {
  const parts: string[] = [];
  for (const { path, detail } of diff.different) parts.push(`✘ ${path} differs from tests/golden/${path}:\n${detail}`);
  for (const path of diff.unexpected) parts.push(`✘ tests/golden/${path} is no longer published`);
  for (const path of diff.missing) parts.push(`✘ ${path} is published but has no golden`);
  if (parts.length)
    parts.push('If the change is intended: npm run golden:update, then review and commit tests/golden/.');
  return parts.join('\n');
}

/** Make tests/golden/ hold exactly the published files of `site` (written, replaced, removed). */
export function writeGoldens(site: string, only?: readonly string[]): string[] {
  const paths = only ?? publishedFiles(site);
  if (!only) for (const path of goldenFiles()) if (!paths.includes(path)) rmSync(join(GOLDEN_DIR, path));
  for (const path of paths) {
    const target = join(GOLDEN_DIR, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, readFileSync(join(site, path)));
  }
  return [...paths];
}
