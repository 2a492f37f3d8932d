/**
 * The security headers every response of the site carries, on every host that can set headers (nginx,
 * object storage metadata where supported). The Content-Security-Policy is the built site's own: the
 * policy Astro writes into every page's <meta> (src/lib/site/csp.ts; the build checks all pages carry
 * the same one, hashes included) plus what only a header can say (frame-ancestors), so header and page
 * agree byte for byte and a page passes both.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headerPolicy, metaPolicy } from '../../src/lib/site/csp.ts';

/** The Content-Security-Policy header for the site built in `dir` (from its home page's policy). */
export function contentSecurityPolicy(dir: string): string {
  const home = join(dir, 'index.html');
  const policy = existsSync(home) ? metaPolicy(readFileSync(home, 'utf8')) : null;
  if (!policy) throw new Error(`${home} has no Content-Security-Policy <meta>: build the site first`);
  return headerPolicy(policy);
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
