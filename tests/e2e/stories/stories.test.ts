/**
 * Good-practice stories as a reader meets them in the built site (OUT_DIR or dist/): each story in both
 * site languages with its illustrative label, the index and its filters with JavaScript off, links from
 * commune pages, the Atom feeds, full-text search and the sitemap. What to expect is read from the story
 * files and the data, never typed here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/site.ts';
import { model } from '../helpers/expected.ts';
import { absolute, assetUrl, urls } from '../../../src/lib/site/urls.ts';
import { LANGS } from '../../../src/lib/site/i18n/locales.ts';
import { matchRoute } from '../../../src/lib/site/routes.ts';
import { SITEMAP_INDEX } from '../../../scripts/quality/site.ts';

interface Front {
  title: string;
  lang: 'vi' | 'en';
  communes: string[];
  criteria: string[];
  year: number;
  illustrative: boolean;
  date: string | Date;
}
const dir = 'src/content/stories';
const files = readdirSync(dir).filter((f) => f.endsWith('.mdx') && !f.startsWith('_'));
const stories = new Map<string, Partial<Record<'vi' | 'en', Front>>>();
for (const f of files) {
  const data = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, f), 'utf8'))![1]!) as Front;
  const slug = f.replace(/(\.en)?\.mdx$/, '');
  stories.set(slug, { ...stories.get(slug), [data.lang]: data });
}
const slugs = [...stories.keys()].sort();
const main = (slug: string) => (stories.get(slug)!.vi ?? stories.get(slug)!.en)!;
const districtsOf = (s: Front) => {
  const reg = model().register;
  return new Set(
    s.communes.flatMap((code) => {
      const units = reg.communesWithCode(code);
      const inYear = units.filter(
        (u) => u.from <= `${s.year}-12-31` && (u.to === null || u.to >= `${s.year}-01-01`) && u.districtCode,
      );
      return (inYear.length ? inYear : units).map((u) => u.districtCode).filter((d): d is string => d !== null);
    }),
  );
};

const site = useSite();

const storyLinks = (page: Page) =>
  page
    .locator('main a')
    .evaluateAll((as) => [...new Set(as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))])
    .then((paths) =>
      paths
        .map((p) => matchRoute(p))
        .filter((m) => m?.name === 'story')
        .map((m) => m!.params.slug!)
        .sort(),
    );

describe('story pages', () => {
  for (const slug of slugs) {
    for (const lang of ['vi', 'en'] as const) {
      it(`${lang} ${slug}: title, illustrative label and body, without JavaScript`, async () => {
        const { page, problems } = await site.open(urls.story(slug, lang), {
          javaScriptEnabled: false,
        });
        const shown = stories.get(slug)![lang] ?? main(slug);
        await expect(page.locator('h1').innerText()).resolves.toBe(shown.title);
        const label = lang === 'vi' ? 'Câu chuyện minh họa' : 'Illustrative story';
        if (shown.illustrative)
          await expect(page.getByText(label, { exact: false }).first().isVisible()).resolves.toBe(true);
        expect(await page.locator('article').innerText()).not.toMatch(/undefined|NaN|\[object/);
        expect(problems).toEqual([]);
      });
    }
  }
});

describe('stories index and filters (JavaScript off)', () => {
  it('lists every story, each once', async () => {
    const { page } = await site.open(urls.stories('vi'), { javaScriptEnabled: false });
    expect(await storyLinks(page)).toEqual(slugs);
  });

  it('each filter link opens a page listing exactly the matching stories', async () => {
    const { page } = await site.open(urls.stories('vi'), { javaScriptEnabled: false });
    const filters = await page
      .locator('nav.story-filters ul a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const all = slugs.map((s) => main(s));
    const expectedYears = new Set(all.map((s) => s.year));
    const expectedCriteria = new Set(all.flatMap((s) => s.criteria));
    const expectedDistricts = new Set(all.flatMap((s) => [...districtsOf(s)]));
    expect(filters.length).toBe(expectedYears.size + expectedCriteria.size + expectedDistricts.size);
    for (const path of filters) {
      const { name, params } = matchRoute(path)!;
      const want = slugs.filter((slug) => {
        const s = main(slug);
        return name === 'storiesYear'
          ? s.year === Number(params.year)
          : name === 'storiesCriterion'
            ? s.criteria.includes(`${params.framework}:${params.id}`)
            : districtsOf(s).has(params.code!);
      });
      await page.goto(site.url + path);
      expect(await storyLinks(page), path).toEqual(want);
      await expect(page.locator(`nav.story-filters a[aria-current="page"]`).count()).resolves.toBe(1);
    }
  });
});

describe('links, feeds, search and sitemap', () => {
  it('each commune named in a story links to it from the commune page', async () => {
    for (const slug of slugs) {
      const code = main(slug).communes[0];
      if (!code) continue;
      const { page } = await site.open(urls.commune(code, 'vi'), { javaScriptEnabled: false });
      expect(
        await page.locator(`main a[href$="${urls.story(slug, 'vi')}"]`).count(),
        `${urls.commune(code, 'vi')} → ${slug}`,
      ).toBeGreaterThan(0);
    }
  });

  it('the Atom feeds have one entry per story, linking to its page', async () => {
    for (const lang of LANGS) {
      const { page } = await site.open(urls.stories(lang));
      const links = await page.evaluate(
        async (url) => {
          const xml = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
          if (xml.querySelector('parsererror')) return ['parse error'];
          return [...xml.querySelectorAll('entry > link')].map((l) => new URL(l.getAttribute('href')!).pathname);
        },
        site.url + urls.storiesFeed(lang),
      );
      expect(links.sort()).toEqual(slugs.map((s) => urls.story(s, lang)).sort());
    }
  });

  it('full-text search finds a story by a word from its title', async () => {
    const { page } = await site.open(urls.stories('vi'));
    for (const slug of slugs) {
      const word = main(slug)
        .title.split(/[\s:,]+/)
        .filter((w) => w.length >= 5)
        .at(-1)!;
      // A string, so the test runner does not rewrite the browser's import().
      const found = (await page.evaluate(`(async () => {
        const pf = await import(${JSON.stringify(assetUrl('pagefind/pagefind.js'))});
        const res = await pf.search(${JSON.stringify(word)});
        return Promise.all(res.results.slice(0, 30).map(async (r) => (await r.data()).url));
      })()`)) as string[];
      expect(
        found.some((u: string) => u.endsWith(urls.story(slug, 'vi'))),
        `"${word}" → ${slug}`,
      ).toBe(true);
    }
  });

  it('the sitemap lists every story in both languages, each with its other-language alternate', async () => {
    const { page } = await site.open(urls.stories('vi'));
    const index = await page.evaluate(async (u) => (await fetch(u)).text(), `${site.url}/${SITEMAP_INDEX}`);
    const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(files.length).toBeGreaterThan(0);
    const xml = (
      await Promise.all(files.map((f) => page.evaluate(async (u) => (await fetch(u)).text(), site.url + f)))
    ).join('');
    const entries = [...xml.matchAll(/<url>(.*?)<\/url>/g)].map((m) => m[1]!);
    for (const slug of slugs) {
      for (const lang of LANGS) {
        const entry = entries.find(
          (e) => new URL(/<loc>([^<]+)<\/loc>/.exec(e)![1]!).pathname === urls.story(slug, lang),
        );
        expect(entry, `${slug} (${lang})`).toBeDefined();
        for (const alt of LANGS)
          expect(entry).toContain(`hreflang="${alt}" href="${absolute(urls.story(slug, alt), model().site)}"`);
      }
    }
  });

  it('the author guide shows the template file and live components', async () => {
    const { page } = await site.open(urls.storyGuide('vi'), { javaScriptEnabled: false });
    const template = readFileSync(join(dir, '_mau-cau-chuyen.mdx.txt'), 'utf8');
    expect(await page.locator('pre.template').innerText()).toContain(template.split('\n')[2]!.trim());
    await expect(page.locator('main figure svg[role="img"]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('main .key-number').count()).resolves.toBeGreaterThan(0);
  });
});
