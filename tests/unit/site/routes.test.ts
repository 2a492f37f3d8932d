/**
 * The route table against the route files: every file under src/pages is one entry of the table and
 * every entry has its file (localised ones under [...lang]/), so URLs, the sitemap and page types cannot
 * drift from the pages that are built. Then the URL rules: encoding, language prefix, matching back.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTES, inSitemap, matchRoute, pageType, routePath, type RouteName } from '../../../src/lib/site/routes.ts';
import { absolute, downloads, routeUrl, urls } from '../../../src/lib/site/urls.ts';

const PAGES = 'src/pages';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [relative(PAGES, full).split(sep).join('/')];
  });
}

/** A route file's pattern as the route table writes it: "xa/[code].astro" → "xa/[code]/". */
function patternOf(file: string): { pattern: string; localised: boolean } {
  const localised = file.startsWith('[...lang]/');
  const path = localised ? file.slice('[...lang]/'.length) : file;
  if (path === '404.astro') return { pattern: '404.html', localised };
  if (path.endsWith('.ts')) return { pattern: path.slice(0, -3), localised };
  const page = path.replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
  return { pattern: page === '' ? '' : `${page}/`, localised };
}

describe('the route table', () => {
  it('lists exactly the route files under src/pages, with the right language scope', () => {
    const fromFiles = files(PAGES)
      .map(patternOf)
      .map((r) => `${r.localised ? '[...lang]/' : ''}${r.pattern}`)
      .sort();
    const fromTable = Object.values(ROUTES)
      .map((r) => `${r.localised ? '[...lang]/' : ''}${r.pattern}`)
      .sort();
    expect(fromTable).toEqual(fromFiles);
  });

  it('matches every route path back to its route, in both languages', () => {
    for (const name of Object.keys(ROUTES) as RouteName[]) {
      const params = Object.fromEntries(
        [...ROUTES[name].pattern.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((m) => [m[1], 'x1']),
      );
      const path = routePath(name, params as never);
      expect(matchRoute(`/${path}`), path).toMatchObject({ name, lang: 'vi', params });
      if (ROUTES[name].localised) expect(matchRoute(`/en/${path}`), path).toMatchObject({ name, lang: 'en' });
      else expect(matchRoute(`/en/${path}`), path).toBeNull();
    }
  });

  it('gives page types by route, a static segment winning over a parameter', () => {
    expect(pageType('/')).toBe('home');
    expect(pageType('/en')).toBe('home');
    expect(pageType('/xa/20122/')).toBe('commune');
    expect(pageType('/en/xa/20122')).toBe('commune');
    expect(pageType('/cau-chuyen/huong-dan-viet-bai/')).toBe('guide');
    expect(pageType('/cau-chuyen/loc-vinh/')).toBe('story');
    expect(pageType('/en/cau-chuyen/nam/2019/')).toBe('stories');
    expect(pageType('/nam/2025/01/')).toBe('year');
    expect(pageType('/404.html')).toBe('other');
    expect(pageType('/khong-co/')).toBe('other');
  });

  it('puts HTML pages in the sitemap, never files or the 404 page', () => {
    expect(inSitemap('/xa/20122/')).toBe(true);
    expect(inSitemap('/en/tim-kiem/')).toBe(true);
    expect(inSitemap('/du-lieu/don-vi.csv')).toBe(false);
    expect(inSitemap('/cau-chuyen/feed.atom')).toBe(false);
    expect(inSitemap('/404.html')).toBe(false);
    expect(inSitemap('/en/du-lieu/don-vi.csv')).toBe(false);
  });
});

describe('URLs', () => {
  it('are the same addresses as before the route table, English under /en/', () => {
    expect(urls.home('vi')).toBe('/');
    expect(urls.home('en')).toBe('/en/');
    expect(urls.commune('01234', 'en')).toBe('/en/xa/01234/');
    expect(urls.yearProvince(2025, '46', 'vi')).toBe('/nam/2025/46/');
    expect(urls.storiesFeed('en')).toBe('/en/cau-chuyen/feed.atom');
    expect(urls.template('cong-dong-hoc-tap', 2025, true)).toBe('/du-lieu/mau/cong-dong-hoc-tap/2025-vi-du.csv');
    expect(downloads.wide('cong-dong-hoc-tap', 2019)).toBe('/du-lieu/cong-dong-hoc-tap/2019.csv');
    expect(downloads.file('xa/20122.json')).toBe('/du-lieu/xa/20122.json');
    expect(urls.unit('20122', 'tu-2020-01-01', 'vi')).toBe('/xa/20122/#tu-2020-01-01');
  });

  it('encode every segment taken from the data, so an id can never change the shape of a URL', () => {
    expect(urls.commune('a/../b?c#d', 'vi')).toBe('/xa/a%2F..%2Fb%3Fc%23d/');
    expect(urls.story('bài viết', 'en')).toBe('/en/cau-chuyen/b%C3%A0i%20vi%E1%BA%BFt/');
    expect(downloads.wide('a/b', 2019)).toBe('/du-lieu/a%2Fb/2019.csv');
    expect(routeUrl('mapResults', { dataset: 'x&y', year: 2020 })).toBe('/ban-do/du-lieu/ket-qua/x%26y/2020.json');
    expect(matchRoute('/xa/a%2F..%2Fb/')?.params).toEqual({ code: 'a/../b' });
    expect(matchRoute('/xa/99%zz/')).toBeNull();
  });

  it('switch language on the same page, and fall back to the home page elsewhere', () => {
    expect(urls.switchLang('/xa/20122/', 'en')).toBe('/en/xa/20122/');
    expect(urls.switchLang('/en/cau-chuyen/nam/2019/')).toBe('/cau-chuyen/nam/2019/');
    expect(urls.switchLang('/en/', 'vi')).toBe('/');
    expect(urls.switchLang('/404.html', 'en')).toBe('/en/');
  });

  it('make absolute addresses with one rule, under a subfolder too', () => {
    const root = { base_url: 'https://example.org', base_path: '/' };
    expect(absolute('/en/xa/1/', root)).toBe('https://example.org/en/xa/1/');
    const sub = { base_url: 'https://example.github.io/cdht/', base_path: '/cdht/' };
    expect(absolute('/xa/1/', sub)).toBe('https://example.github.io/cdht/xa/1/');
  });
});
