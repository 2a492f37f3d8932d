/** The instant commune finder's index, /tim-kiem/xa.json (language-neutral, built once). */
import type { APIRoute } from 'astro';
import { searchEntries } from '../../lib/site/search-index.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(searchEntries()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
