/**
 * Internal link check over a built site, as a visitor's browser follows links: every href/src/srcset in
 * every HTML page, every url() in inline and linked CSS, and every sitemap entry must reach a file of the
 * site, and every #fragment must name an element on the target page. External links are not fetched
 * (no network in tests), but absolute links to the site's own address are checked like internal ones.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileOfPath, htmlFiles, listFiles, pathOfFile, siteBase, type SiteBase } from './site.ts';
import { decodeEntities } from '../../src/lib/site/html-text.ts';

export interface BrokenLink {
  /** The page (or stylesheet, or sitemap) holding the link, as a site path. */
  from: string;
  /** The link as written. */
  link: string;
  reason: string;
}

const ATTR = /\s(href|src|srcset|poster|action|data-src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ID = /\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g;

/** Remove script bodies and comments, keep tags; return the style bodies separately. */
function splitHtml(html: string): { markup: string; styles: string[] } {
  const styles: string[] = [];
  const markup = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>')
    .replace(/(<style\b[^>]*>)([\s\S]*?)<\/style>/gi, (_m, open: string, body: string) => {
      styles.push(body);
      return `${open}</style>`;
    });
  return { markup, styles };
}

/** Links and ids of one HTML document. */
export function scanHtml(html: string): { links: string[]; ids: Set<string> } {
  const { markup, styles } = splitHtml(html);
  const links: string[] = [];
  const ids = new Set<string>();
  for (const tag of markup.matchAll(TAG)) {
    const attrs = tag[2] ?? '';
    for (const a of attrs.matchAll(ATTR)) {
      const value = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '').trim();
      if (a[1]!.toLowerCase() === 'srcset')
        links.push(
          ...value
            .split(',')
            .map((c) => c.trim().split(/\s+/)[0]!)
            .filter(Boolean),
        );
      else links.push(value);
    }
    for (const m of attrs.matchAll(ID)) ids.add(decodeEntities(m[1] ?? m[2] ?? m[3] ?? ''));
  }
  for (const css of styles) links.push(...cssUrls(css));
  return { links, ids };
}

/** The url(...) references of a stylesheet (not data: URIs nor same-document #refs such as Leaflet's old-IE `#default#VML`). */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(CSS_URL)]
    .map((m) => (m[1] ?? m[2] ?? m[3] ?? '').trim())
    .filter((u) => u && !u.startsWith('data:') && !u.startsWith('#'));
}

/** Turn a link into a site path (relative to the base), or null when it leaves the site. */
export function toSitePath(
  link: string,
  fromPath: string,
  base: SiteBase,
): { path: string; hash: string } | { outside: string } | null {
  if (/^(mailto|tel|data|javascript|blob):/i.test(link)) return null;
  const pageUrl = new URL(fromPath.replace(/^\//, ''), base.url);
  let url: URL;
  try {
    url =
      link.startsWith('/') && !link.startsWith('//') ? new URL(link, new URL(base.url).origin) : new URL(link, pageUrl);
  } catch {
    return { outside: 'not a valid URL' };
  }
  const root = new URL(base.url);
  if (url.origin !== root.origin) return null;
  const full = url.pathname;
  const prefix = link.startsWith('/') && !link.startsWith('//') ? base.path : root.pathname;
  if (!full.startsWith(prefix)) return { outside: `outside the site's base (${prefix})` };
  return { path: '/' + full.slice(prefix.length), hash: decodeURIComponent(url.hash.slice(1)) };
}

/** Check every internal link of the site in `dir`. */
export function checkLinks(dir: string, base: SiteBase = siteBase()): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idCache.get(file);
    if (!ids) idCache.set(file, (ids = scanHtml(readFileSync(file, 'utf8')).ids));
    return ids;
  };
  const check = (from: string, link: string) => {
    if (!link || link === '#') return;
    const target = toSitePath(link, from, base);
    if (target === null) return;
    if ('outside' in target) return void broken.push({ from, link, reason: target.outside });
    const file = fileOfPath(dir, target.path);
    if (!file) return void broken.push({ from, link, reason: 'no such file in the site (404)' });
    if (target.hash && !target.hash.startsWith(':~:') && file.endsWith('.html') && !idsOf(file).has(target.hash)) {
      broken.push({ from, link, reason: `no element with id "${target.hash}" on ${target.path}` });
    }
  };
  for (const file of htmlFiles(dir)) {
    const from = pathOfFile(file);
    const { links, ids } = scanHtml(readFileSync(join(dir, file), 'utf8'));
    idCache.set(join(dir, file), ids);
    for (const link of links) check(from, link);
  }
  for (const file of listFiles(dir).filter((f) => f.endsWith('.css'))) {
    for (const link of cssUrls(readFileSync(join(dir, file), 'utf8'))) check('/' + file, link);
  }
  for (const sitemap of listFiles(dir).filter((f) => /^sitemap[^/]*\.xml$/.test(f))) {
    // Each <loc> and each hreflang alternate (<xhtml:link href="…">) must be a page of the site.
    const xml = readFileSync(join(dir, sitemap), 'utf8');
    for (const m of xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>|<xhtml:link\b[^>]*\bhref="([^"]+)"/g)) {
      const loc = decodeEntities((m[1] ?? m[2])!);
      if (!loc.startsWith(base.url))
        broken.push({ from: '/' + sitemap, link: loc, reason: `not under the site address ${base.url}` });
      else check('/' + sitemap, loc);
    }
  }
  return broken;
}

/** A readable report: one line per broken target, with how many pages link to it and a few examples. */
export function formatBroken(broken: BrokenLink[], limit = 40): string {
  const byTarget = new Map<string, BrokenLink[]>();
  for (const b of broken) {
    // Links outside the base are one mistake (a wrong base URL/path), so they are reported together.
    const grouped = b.reason.startsWith('outside') || b.reason.startsWith('not under');
    const key = grouped ? `absolute links ${b.reason}` : `${b.link} — ${b.reason}`;
    byTarget.set(key, [...(byTarget.get(key) ?? []), b]);
  }
  const lines = [...byTarget]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([key, list]) => {
      const pages = [...new Set(list.map((b) => b.from))];
      const links = [...new Set(list.map((b) => b.link))];
      const examples = links.length > 1 ? `\n    ${links.length} links, e.g. ${links.slice(0, 3).join(', ')}` : '';
      return `✘ ${key}${examples}\n    on ${pages.length} page(s): ${pages.slice(0, 3).join(', ')}${pages.length > 3 ? ', …' : ''}`;
    });
  const more = lines.length > limit ? `\n… and ${lines.length - limit} more broken targets` : '';
  return `${broken.length} broken link(s) to ${byTarget.size} target(s):\n${lines.slice(0, limit).join('\n')}${more}`;
}
