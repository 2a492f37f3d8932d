/**
 * The site's Content-Security-Policy, in one place. The page frame (layouts/Base.astro) writes it into a
 * <meta http-equiv> on every page (`pagePolicy`); hosting (nginx, a CDN) sends the same policy as a header
 * plus the directives a <meta> cannot carry (`headerPolicy`, read from the built site).
 *
 * What it allows and why: everything from the site itself; images also as data: URIs (Leaflet, the print
 * card's QR code) and from the map tile host of site.yaml, the only other host a page may reach; scripts
 * from the site only, and WebAssembly for the Pagefind search; inline style attributes (the bar charts
 * set widths with `style=`). No plugins, no <base> elsewhere, forms only to the site.
 *
 * Scripts are allowed by 'self' alone: every page loads only the bundled modules under /_astro/ and has
 * no inline script. (Astro's own security.csp would add the SHA-256 hash of every script it bundles, 7 of
 * them, 360 bytes on each of 24,000 pages, which an external script does not need; an inline script is
 * refused either way.)
 */
import { decodeEntities } from './html-text.ts';

/** Directives besides script-src and style-src. */
export function cspDirectives(tilesUrl: string | null): string[] {
  const tiles = tileOrigin(tilesUrl);
  return [
    "default-src 'self'",
    `img-src 'self' data:${tiles ? ` ${tiles}` : ''}`,
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

/** Sources of script-src besides Astro's hashes: the site, and WebAssembly for Pagefind. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];

/** Sources of style-src: the site's stylesheets and inline style attributes (no hashes are possible for those). */
export const STYLE_SOURCES = ["'self'", "'unsafe-inline'"];

/** Directives only a response header can carry (ignored in <meta>): no framing of the site by others. */
export const HEADER_ONLY = ["frame-ancestors 'none'"];

/** The policy every page carries in its CSP <meta>: one and the same string on every page. */
export function pagePolicy(tilesUrl: string | null): string {
  return [
    ...cspDirectives(tilesUrl),
    `script-src ${SCRIPT_SOURCES.join(' ')}`,
    `style-src ${STYLE_SOURCES.join(' ')}`,
  ].join(';');
}

/** The origin of a tile URL template ("https://{s}.tile.example.org/{z}/{x}/{y}.png" → "https://*.tile.example.org"). */
export function tileOrigin(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.replace(/\{s\}/g, 'subdomain').replace(/\{[^}]*\}/g, '0'));
    const host = parsed.host.replace(/^subdomain\./, '*.');
    return `${parsed.protocol}//${host}`;
  } catch {
    return null;
  }
}

/** The policy of a built page: the content of its CSP <meta>, or null. */
export function metaPolicy(html: string): string | null {
  const match = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return match ? decodeEntities(match[1]!) : null;
}

/**
 * The header to send with every page of a built site, given the policy of its pages (`metaPolicy` of any
 * page: the build checks they are all the same): that policy plus HEADER_ONLY, normalised to one line.
 */
export function headerPolicy(pagePolicy: string): string {
  const directives = pagePolicy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter((d) => d !== '');
  return [...directives, ...HEADER_ONLY].join('; ');
}
