/**
 * Every page goes through here once, as it is built: the HTML loses the end tags HTML lets it leave out
 * (lib/site/html-compact.ts says which and why), and during the build its bytes go to the precompressor
 * (lib/site/page-hook.ts). Other files (CSV, JSON, feeds) pass untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { compactHtml } from './lib/site/html-compact.ts';
import { pageRenderedHook } from './lib/site/page-hook.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  // Handed back as UTF-8 bytes, which is what Astro writes: no second conversion of the page.
  const body = new TextEncoder().encode(compactHtml(await response.text()));
  await pageRenderedHook()?.(body);
  return new Response(body, { status: response.status, headers: response.headers });
});
