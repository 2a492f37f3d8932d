/** /sitemap.xml: every HTML page in Vietnamese and English, from the same path lists as the routes. */
import type { APIRoute } from 'astro';
import { allRoutes } from '../lib/site/sitemap-routes.ts';
import { absoluteUrl, href } from '../lib/site/urls.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export const GET: APIRoute = async ({ site }) => {
  const routes = await allRoutes();
  const lines = routes.flatMap((path) =>
    (['vi', 'en'] as const).map((lang) => `<url><loc>${esc(absoluteUrl(href(path, lang), site))}</loc></url>`),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${lines.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
