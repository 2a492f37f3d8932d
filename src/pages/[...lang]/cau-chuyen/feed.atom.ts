/** Atom feed of stories for readers of each language: /cau-chuyen/feed.atom and /en/cau-chuyen/feed.atom. */
import type { APIRoute } from 'astro';
import { storiesFeed } from '../../../lib/site/stories-feed.ts';
import { localisedPaths } from '../../../lib/site/routes.ts';
import { sitePage } from '../../../lib/site/paths.ts';
import type { Lang } from '../../../lib/site/i18n/locales.ts';

export const getStaticPaths = localisedPaths(sitePage);

export const GET: APIRoute = async ({ props }) =>
  new Response(await storiesFeed((props as { lang: Lang }).lang), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
