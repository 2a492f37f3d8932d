/**
 * The security headers every response of the site carries, on every host that can set headers (nginx,
 * object storage metadata where supported). The Content-Security-Policy is the built site's own: the
 * policy Astro writes into every page's <meta> (src/lib/site/csp.ts; the build checks all pages carry
 * the same one, hashes included) plus what only a header can say (frame-ancestors), so header and page
 * agree byte for byte and a page passes both.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { headerPolicy } from '../../src/lib/site/csp.ts';
import { sitePolicy } from '../lib/finish-site.ts';

/**
 * The Content-Security-Policy header for the site built in `dir`: the one policy all its pages carry
 * (`sitePolicy` throws naming a page without it or with another one) plus the header-only directives.
 */
export function contentSecurityPolicy(dir: string): string {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no built site: build it first`);
  return headerPolicy(sitePolicy(dir));
}

/** Header name → value for every response of the site built in `dir`. */
export function securityHeaders(dir: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(dir),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
  };
}
