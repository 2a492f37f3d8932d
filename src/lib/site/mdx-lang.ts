/**
 * The language an author component renders in. Story pages set `Astro.locals.storyLang` to the story's
 * own language before rendering its MDX, so a Vietnamese story shown under /en/ keeps Vietnamese labels
 * next to its Vietnamese text; an explicit `lang` prop wins, and the URL is the last resort.
 */
import type { Lang } from './i18n/locales.ts';
import { matchRoute } from './routes.ts';
import { withoutBase } from './urls.ts';

export function mdxLang(props: { lang?: Lang }, locals: object, url: URL): Lang {
  if (props.lang) return props.lang;
  const fromPage = (locals as { storyLang?: Lang }).storyLang;
  if (fromPage) return fromPage;
  return matchRoute(withoutBase(url.pathname))?.lang ?? 'vi';
}
