/**
 * The Atom feed of stories (/cau-chuyen/feed.atom, /en/cau-chuyen/feed.atom): newest first, each entry
 * with its summary, author, tags and a link to the story page, written by the one XML writer
 * (src/lib/data/export/atom.ts). Output depends only on the stories (the feed's <updated> is the newest
 * story date), so the same input gives the same bytes.
 */
import { getModel } from '../data/load.ts';
import { atomFeed } from '../data/export/atom.ts';
import { translator, tr, type Lang } from './i18n/index.ts';
import { absolute, urls } from './urls.ts';
import { storyIndex } from './stories.ts';

/** The feed XML for readers of `lang`. */
export async function storiesFeed(lang: Lang): Promise<string> {
  const index = await storyIndex();
  const t = translator(lang);
  const site = getModel().site;
  const abs = (path: string) => absolute(path, site);
  return atomFeed({
    lang,
    title: `${t('stories.title')} · ${tr(site.title, lang)}`,
    subtitle: t('stories.intro'),
    self: abs(urls.storiesFeed(lang)),
    alternate: abs(urls.stories(lang)),
    updated: index.stories[0]?.date.toISOString() ?? '2000-01-01T00:00:00.000Z',
    entries: index.stories.map((s) => {
      const m = index.pick(s, lang);
      return {
        lang: m.lang,
        title: (m.illustrative ? `[${t('stories.illustrative')}] ` : '') + m.title,
        link: abs(urls.story(s.slug, lang)),
        published: m.date.toISOString(),
        updated: m.date.toISOString(),
        author: m.author,
        categories: m.tags,
        summary: m.summary,
      };
    }),
  });
}
