/**
 * The Atom feed of stories (/cau-chuyen/feed.atom, /en/cau-chuyen/feed.atom): newest first, each entry
 * with its summary, author, tags and a link to the story page. Output depends only on the stories
 * (the feed's <updated> is the newest story date), so the same input gives the same bytes.
 */
import { getModel } from '../../lib/data/load.ts';
import { translator, tr, type Lang } from '../../lib/site/i18n/index.ts';
import { absolute, urls } from '../../lib/site/urls.ts';
import { storyIndex } from '../../lib/site/stories.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The feed XML for readers of `lang`. */
export async function storiesFeed(lang: Lang): Promise<string> {
  const index = await storyIndex();
  const t = translator(lang);
  const site = getModel().site;
  const abs = (path: string) => absolute(path, site);
  const self = abs(urls.storiesFeed(lang));
  const updated = index.stories[0]?.date.toISOString() ?? '2000-01-01T00:00:00.000Z';
  const entries = index.stories.map((s) => {
    const m = index.pick(s, lang);
    const link = abs(urls.story(s.slug, lang));
    const label = m.illustrative ? `[${t('stories.illustrative')}] ` : '';
    return [
      `  <entry xml:lang="${m.lang}">`,
      `    <title>${esc(label + m.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${esc(link)}"/>`,
      `    <id>${esc(link)}</id>`,
      `    <published>${m.date.toISOString()}</published>`,
      `    <updated>${m.date.toISOString()}</updated>`,
      `    <author><name>${esc(m.author)}</name></author>`,
      ...m.tags.map((tag) => `    <category term="${esc(tag)}"/>`),
      `    <summary type="text">${esc(m.summary)}</summary>`,
      `  </entry>`,
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `  <title>${esc(`${t('stories.title')} · ${tr(getModel().site.title, lang)}`)}</title>`,
    `  <subtitle>${esc(t('stories.intro'))}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${esc(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${esc(abs(urls.stories(lang)))}"/>`,
    `  <id>${esc(self)}</id>`,
    `  <updated>${updated}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
