/**
 * What the quality checks know about a built site: where it is, its base URL and path, which pages it
 * has and what kind of page each one is (from the route table). Pages are discovered from the output (the
 * sitemap and every HTML file), so every page added later is checked without touching the harness.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';

/** The built site folder: OUT_DIR when set (parallel builds), else dist/. */
export function distDir(): string {
  return resolve(process.env.OUT_DIR ?? 'dist');
}

export interface SiteBase {
  /** The public address from site.yaml, always ending in "/". */
  url: string;
  /** The path prefix of every internal link, always starting and ending in "/". */
  path: string;
}

/** Base URL and path as the build used them (data/site.yaml, or DATA_DIR's). */
export function siteBase(): SiteBase {
  const file = join(process.env.DATA_DIR || 'data', 'site.yaml');
  const site = (existsSync(file) ? parse(readFileSync(file, 'utf8')) : {}) as { base_url?: string; base_path?: string };
  const url = (site.base_url ?? 'https://example.org').replace(/\/?$/, '/');
  const path = `/${(site.base_path ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return { url, path };
}

/** Every file under `dir`, as sorted relative paths with "/" separators. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

/** Every HTML file of the site (relative paths). */
export function htmlFiles(dir = distDir()): string[] {
  return listFiles(dir).filter((f) => f.endsWith('.html'));
}

/** The site-relative URL path a visitor uses for an HTML file: "xa/1/index.html" → "/xa/1/". */
export function pathOfFile(file: string): string {
  return '/' + file.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * The file a site-relative path is served from (as the static host does: a folder gets its index.html),
 * or null when there is none.
 */
export function fileOfPath(dir: string, path: string): string | null {
  let clean: string;
  try {
    clean = decodeURIComponent(path.split(/[?#]/)[0]!).replace(/^\/+/, '');
  } catch {
    return null;
  }
  if (clean.split('/').includes('..')) return null;
  const full = join(dir, clean);
  if (existsSync(full) && statSync(full).isFile()) return full;
  const index = join(full, 'index.html');
  return existsSync(index) ? index : null;
}

/** The sitemap index @astrojs/sitemap writes (it lists the sitemap files, sitemap-0.xml …). */
export const SITEMAP_INDEX = 'sitemap-index.xml';

/** The <loc> addresses of an XML file of the site. */
function locs(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) =>
    m[1]!.replace(/&amp;/g, '&'),
  );
}

/** A site address's path with the base path (of base_url or base_path) removed: "/cdht/xa/1/" → "/xa/1/". */
export function sitePathOf(address: string, base = siteBase()): string {
  const path = new URL(address).pathname;
  const prefix = [new URL(base.url).pathname, base.path].find((p) => path.startsWith(p));
  return prefix ? '/' + path.slice(prefix.length) : path;
}

/**
 * Every page address the sitemap lists, following the sitemap index to each sitemap file as a crawler
 * does; [] when the site has no sitemap.
 */
export function sitemapEntries(dir = distDir(), base = siteBase()): string[] {
  const index = join(dir, SITEMAP_INDEX);
  if (!existsSync(index)) return [];
  return locs(index).flatMap((address) => {
    const file = fileOfPath(dir, sitePathOf(address, base));
    return file ? locs(file) : [];
  });
}

/**
 * The pages to check, as site-relative paths ("/", "/xa/19966/"): the sitemap's entries together with
 * every built index.html (a page missing from the sitemap is still checked), plus the 404 page.
 * Sitemap addresses are mapped by their path, so a wrong base URL (reported by the link check) does
 * not hide pages from the other checks.
 */
export function pagePaths(dir = distDir()): string[] {
  const paths = htmlFiles(dir)
    .filter((f) => f.endsWith('index.html'))
    .map(pathOfFile);
  for (const address of sitemapEntries(dir)) {
    const path = sitePathOf(address);
    if (fileOfPath(dir, path)?.endsWith('.html')) paths.push(path);
  }
  if (existsSync(join(dir, '404.html'))) paths.push('/404.html');
  return [...new Set(paths)].sort();
}

export { pageType, type PageType } from '../../src/lib/site/routes.ts';

/** Whether the built site has a page at this site-relative path. */
export function hasPage(path: string, dir = distDir()): boolean {
  return fileOfPath(dir, path) !== null;
}
