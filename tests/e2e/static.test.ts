/**
 * Checks of the built files themselves: HTML validity of every page (html-validate, .htmlvalidate.json)
 * and zero broken internal links (pages, #anchors, downloads, assets, CSS url(), sitemap entries).
 * Failures list the file and rule (HTML) or the link, the reason and the pages it appears on (links).
 */
import { describe, expect, test } from 'vitest';
import { formatHtmlProblems, validateHtml } from '../../scripts/quality/html.ts';
import { checkLinks, formatBroken } from '../../scripts/quality/links.ts';
import { distDir, htmlFiles, siteBase } from '../../scripts/quality/site.ts';

describe('built HTML', () => {
  test('the site has HTML pages', () => expect(htmlFiles(distDir()).length).toBeGreaterThan(0));

  test('every page is valid HTML (html-validate:recommended)', async () => {
    const problems = await validateHtml(distDir());
    expect(problems.length === 0 ? '' : formatHtmlProblems(problems)).toBe('');
  });

  test('site.yaml: base_path is the path of base_url, so links work where the site is published', () => {
    const { url, path } = siteBase();
    expect(
      path,
      `base_url ${url} is published under ${new URL(url).pathname}, but links are built for base_path ${path}`,
    ).toBe(new URL(url).pathname);
  });

  test('no broken internal links, anchors, downloads or assets', () => {
    const broken = checkLinks(distDir());
    expect(broken.length === 0 ? '' : formatBroken(broken)).toBe('');
  });
});
