/**
 * The one XML writer of the site: text escaping that is safe in element content and attribute values
 * and drops what XML 1.0 cannot hold (control characters other than tab and line breaks, lone UTF-16
 * surrogates, U+FFFE and U+FFFF, which make a whole feed unreadable), and the Atom (RFC 4287) writer that
 * both feeds use: data releases (export/feed.ts) and stories (src/lib/site/stories-feed.ts). Output
 * depends only on its input, so the same data gives the same bytes.
 */

// eslint-disable-next-line no-control-regex -- matching the characters XML 1.0 forbids is the point
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text for XML element content or an attribute value: escaped, with characters XML 1.0 forbids dropped. */
export function xmlText(text: string): string {
  return text
    .replace(INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** One Atom entry. `link` is also its id unless `id` is given; dates are RFC 3339 (ISO 8601) strings. */
export interface AtomEntry {
  title: string;
  link: string;
  id?: string;
  updated: string;
  published?: string;
  lang?: string;
  author?: string;
  categories?: readonly string[];
  summary?: string;
  content?: string;
}

/** An Atom feed: its own address (`self`, also its id), the HTML page it mirrors and its entries. */
export interface AtomFeed {
  lang: string;
  title: string;
  subtitle?: string;
  self: string;
  alternate: string;
  updated: string;
  author?: string;
  rights?: string;
  entries: readonly AtomEntry[];
}

const el = (indent: string, name: string, text: string | undefined, attrs = ''): string[] =>
  text === undefined ? [] : [`${indent}<${name}${attrs}>${xmlText(text)}</${name}>`];

/** The Atom XML of a feed, entries in the order given, ending with a newline. */
export function atomFeed(feed: AtomFeed): string {
  const entries = feed.entries.flatMap((e) => [
    e.lang ? `  <entry xml:lang="${xmlText(e.lang)}">` : '  <entry>',
    ...el('    ', 'title', e.title),
    ...el('    ', 'id', e.id ?? e.link),
    `    <link rel="alternate" type="text/html" href="${xmlText(e.link)}"/>`,
    ...el('    ', 'published', e.published),
    ...el('    ', 'updated', e.updated),
    ...(e.author === undefined ? [] : [`    <author><name>${xmlText(e.author)}</name></author>`]),
    ...(e.categories ?? []).map((c) => `    <category term="${xmlText(c)}"/>`),
    ...el('    ', 'summary', e.summary, ' type="text"'),
    ...el('    ', 'content', e.content, ' type="text"'),
    '  </entry>',
  ]);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(feed.lang)}">`,
    ...el('  ', 'title', feed.title),
    ...el('  ', 'subtitle', feed.subtitle),
    ...el('  ', 'id', feed.self),
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.alternate)}"/>`,
    ...el('  ', 'updated', feed.updated),
    ...(feed.author === undefined ? [] : [`  <author><name>${xmlText(feed.author)}</name></author>`]),
    ...el('  ', 'rights', feed.rights),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
