/** Atom feed of stories (en). */
import type { APIRoute } from 'astro';
import { storiesFeed } from '../../../components/stories/feed.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(await storiesFeed('en', site ?? new URL('https://example.org/')), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
