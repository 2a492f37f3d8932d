/**
 * The Atom feed of data releases and corrections (du-lieu/phat-hanh.atom), from CHANGELOG.md, so
 * journalists and re-users can subscribe. Dates come from the changelog only: the feed is repeatable.
 */
import type { ChangelogEntry } from '../validate/changelog.ts';
import type { SiteModel } from '../model/index.ts';
import { absoluteUrl, DOWNLOAD_DIR, releaseDate } from './meta.ts';

/** Escape text for XML element content and attribute values. */
export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    // Characters XML 1.0 forbids (control characters other than tab and line breaks).
    // eslint-disable-next-line no-control-regex -- matching them is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** Stable anchors for changelog entries on the catalogue page: `phat-hanh-<date>`, `-2` for a repeat. */
export function changelogAnchors(entries: readonly ChangelogEntry[]): string[] {
  const seen = new Map<string, number>();
  return entries.map((e) => {
    const n = (seen.get(e.date) ?? 0) + 1;
    seen.set(e.date, n);
    return `phat-hanh-${e.date}${n > 1 ? `-${n}` : ''}`;
  });
}

/** The feed's path inside the download folder. */
export const RELEASE_FEED = 'phat-hanh.atom';

/** Build the Atom XML of every changelog entry, newest first. */
export function releaseFeed(model: SiteModel): string {
  const self = absoluteUrl(model, DOWNLOAD_DIR + RELEASE_FEED);
  const page = absoluteUrl(model, DOWNLOAD_DIR);
  const updated = `${releaseDate(model) || '1970-01-01'}T00:00:00Z`;
  const anchors = changelogAnchors(model.changelog);
  const entries = model.changelog.map((e, i) => {
    const link = `${page}#${anchors[i]}`;
    return [
      '  <entry>',
      `    <title>${xmlEscape(e.title)}</title>`,
      `    <id>${xmlEscape(link)}</id>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(link)}"/>`,
      `    <updated>${e.date}T00:00:00Z</updated>`,
      `    <content type="text">${xmlEscape(e.body)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
    `  <title>${xmlEscape(`${model.site.title.vi} · Các lần phát hành dữ liệu / Data releases`)}</title>`,
    `  <id>${xmlEscape(self)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(page)}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xmlEscape(model.site.publisher.vi)}</name></author>`,
    `  <rights>${xmlEscape(model.site.licence.name)}</rights>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
