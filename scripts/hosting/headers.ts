/**
 * The security headers every response of the site carries, on every host that can set headers (nginx,
 * object storage metadata where supported). frame-ancestors can only be sent as a header (a page's <meta>
 * policy cannot carry it); the page's script and style policy is the page's own.
 */

/** The Content-Security-Policy header: what a <meta> policy cannot say, and nothing the site needs blocked. */
export function contentSecurityPolicy(): string {
  return ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"].join('; ');
}

/** Header name → value for every response. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
  };
}
