/**
 * The one XML writer: every text from the data comes out escaped (never as markup), characters that XML
 * 1.0 forbids are dropped (one of them made the stories feed unreadable), and what remains reads back
 * exactly as written. Both published feeds go through it.
 */
import { describe, expect, it } from 'vitest';
import { atomFeed, xmlText } from '../../../src/lib/data/export/atom.ts';
import { releaseFeed } from '../../../src/lib/data/export/feed.ts';
import { loadData } from '../../../src/lib/data/load.ts';

/** XML 1.0's Char production: what a conforming parser accepts anywhere in a document. */
const XML_CHARS = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const hostile =
  'Xã Thủy Thanh <img src=x onerror=alert(1)> & "trích" \'dẫn\' ]]> =HYPERLINK("http://x") 📚' +
  '\u0001\u0008\u000b\u000c\u001f\ud800 lẻ \udc00 \uffff\ufffe';
const kept = 'Xã Thủy Thanh <img src=x onerror=alert(1)> & "trích" \'dẫn\' ]]> =HYPERLINK("http://x") 📚 lẻ  ';

describe('the XML writer', () => {
  it('escapes markup and drops only the characters XML 1.0 forbids', () => {
    const out = xmlText(hostile);
    expect(out).toMatch(XML_CHARS);
    expect(out).not.toMatch(/[<>"']/);
    expect(unescape(out)).toBe(kept);
    expect(xmlText('tab\tand\r\nlines')).toBe('tab\tand\r\nlines');
  });

  it('writes an Atom feed whose every field reads back as given', () => {
    const xml = atomFeed({
      lang: 'vi',
      title: hostile,
      subtitle: hostile,
      self: 'https://example.org/feed.atom?a=1&b=2',
      alternate: 'https://example.org/',
      updated: '2025-01-31T00:00:00Z',
      author: hostile,
      entries: [
        {
          title: hostile,
          link: 'https://example.org/x?a=1&b="2"',
          updated: '2025-01-31T00:00:00Z',
          categories: [hostile],
          summary: hostile,
          content: hostile,
        },
      ],
    });
    expect(xml).toMatch(XML_CHARS);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(
      true,
    );
    expect(xml).not.toContain('<img');
    const texts = [...xml.matchAll(/<(title|subtitle|name|summary|content)[^>]*>([^<]*)</g)].map((m) =>
      unescape(m[2]!),
    );
    expect(texts).toEqual(Array(6).fill(kept));
    expect(unescape(/<category term="([^"]*)"/.exec(xml)![1]!)).toBe(kept);
    expect(xml).toContain('href="https://example.org/x?a=1&amp;b=&quot;2&quot;"');
    expect(xml.match(/<entry>/g)).toHaveLength(1);
  });

  it('writes the release feed of the demo data with one entry per changelog entry', () => {
    const model = loadData('data').model!;
    const xml = releaseFeed(model);
    expect(xml).toMatch(XML_CHARS);
    expect(xml.match(/<entry>/g)).toHaveLength(model.changelog.length);
    for (const e of model.changelog) expect(xml).toContain(`<title>${xmlText(e.title)}</title>`);
  });
});
