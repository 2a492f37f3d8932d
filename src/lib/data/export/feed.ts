/**
 * The Atom feed of data releases and corrections (du-lieu/phat-hanh.atom), from CHANGELOG.md, so
 * journalists and re-users can subscribe. Dates come from the changelog only: the feed is repeatable.
 */
import type { ChangelogEntry } from '../validate/changelog.ts';
import type { SiteModel } from '../model/index.ts';
import { absoluteUrl, DOWNLOAD_DIR, releaseDate } from './meta.ts';
import { atomFeed } from './atom.ts';

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
  const page = absoluteUrl(model, DOWNLOAD_DIR);
  const anchors = changelogAnchors(model.changelog);
  return atomFeed({
    lang: 'vi',
    title: `${model.site.title.vi} · Các lần phát hành dữ liệu / Data releases`,
    self: absoluteUrl(model, DOWNLOAD_DIR + RELEASE_FEED),
    alternate: page,
    updated: `${releaseDate(model) || '1970-01-01'}T00:00:00Z`,
    author: model.site.publisher.vi,
    rights: model.site.licence.name,
    entries: model.changelog.map((e, i) => ({
      title: e.title,
      link: `${page}#${anchors[i]}`,
      updated: `${e.date}T00:00:00Z`,
      content: e.body,
    })),
  });
}
