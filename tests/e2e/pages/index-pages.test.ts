/**
 * Index pages (issue 15.6): /xa/, /huyen/ and /nam/ (and /en/…) answer with a page, not 404, list every
 * commune, district and year the data holds, link each to its page, and are in the sitemap. Result pills
 * never wrap into two lines at 360 px. Expected values come from the data (loadData).
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { loadData } from '../../../src/lib/data/load.ts';
import { urls, withoutBase } from '../../../src/lib/site/urls.ts';
import { sitemapEntries, sitePathOf } from '../../../scripts/quality/site.ts';
import { districtEnd } from '../../../src/lib/data/model/fates.ts';
import { formatDate } from '../../../src/lib/site/format.ts';
import { useSite } from '../helpers/site.ts';

const model = loadData().model!;
const reg = model.register;
const site = useSite();
const LANGS = ['vi', 'en'] as const;

/** The hrefs of the links in the page's main content. */
const links = async (page: Page) =>
  page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));

describe('index pages', () => {
  for (const lang of LANGS) {
    test(`/xa/ lists every commune code, today's and ended ones (${lang})`, async () => {
      const { page, problems } = await site.open(urls.communes(lang), { javaScriptEnabled: false });
      expect(await page.locator('h1').count()).toBe(1);
      const hrefs = new Set(await links(page));
      for (const code of reg.communeCodeList()) expect(hrefs.has(urls.commune(code, lang)), code).toBe(true);
      expect(problems).toEqual([]);
    });

    test(`/huyen/ lists every district code, ended ones apart (${lang})`, async () => {
      const { page, problems } = await site.open(urls.districts(lang), { javaScriptEnabled: false });
      const codes = [...new Set(reg.districts.map((d) => d.code))];
      const current = codes.filter((c) => reg.districtsWithCode(c).at(-1)!.to === null);
      const listed = async (id: string) =>
        page
          .getByTestId(id)
          .locator('li > a:first-child')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      const now = (
        await Promise.all(
          (await page.getByTestId('districts-current').all()).map((l) =>
            l.locator('li > a:first-child').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)),
          ),
        )
      ).flat();
      expect(now.sort()).toEqual(current.map((c) => urls.district(c, lang)).sort());
      const ended = codes.filter((c) => !current.includes(c));
      if (ended.length > 0)
        expect((await listed('districts-ended')).sort()).toEqual(ended.map((c) => urls.district(c, lang)).sort());
      // Each ended district says the day it ended and links what followed it.
      for (const c of ended) {
        const end = districtEnd(reg, reg.districtsWithCode(c).at(-1)!)!;
        const item = page.getByTestId('districts-ended').locator(`li[data-code="${c}"]`);
        expect(await item.innerText(), c).toContain(formatDate(end.date, lang));
        for (const d of end.becameDistricts)
          expect(await item.locator(`a[href="${urls.district(d.code, lang)}"]`).count()).toBe(1);
        for (const u of end.becameCommunes)
          expect(await item.locator(`a[href="${urls.commune(u.code, lang)}"]`).count()).toBe(1);
      }
      // Where no district is left (2025 on) the page says so, with the day, instead of counting none.
      if (current.length === 0 && ended.length > 0) {
        const last = ended
          .map((c) => districtEnd(reg, reg.districtsWithCode(c).at(-1)!)!.date)
          .sort()
          .at(-1)!;
        expect(await page.locator('main .lede').innerText()).toContain(formatDate(last, lang));
      }
      expect(problems).toEqual([]);
    });

    test(`/nam/ lists every year with results and how many units reached each class (${lang})`, async () => {
      const { page, problems } = await site.open(urls.years(lang), { javaScriptEnabled: false });
      const groups = model.datasetYears().filter((g) => g.results.length > 0);
      for (const year of new Set(groups.map((g) => g.year))) {
        const card = page.locator(`[data-year="${year}"]`);
        expect(await card.locator(`a[href="${urls.year(year, lang)}"]`).count(), String(year)).toBe(1);
        const text = (await card.innerText()).replace(/\s+/g, ' ');
        for (const g of groups.filter((x) => x.year === year))
          for (const c of g.framework.classes) {
            const n = g.results.filter((r) => r.classId === c.id).length;
            if (n > 0)
              expect(text, `${year} ${c.id}`).toContain(
                `${c.name[lang]}: ${n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')}`,
              );
          }
      }
      expect(problems).toEqual([]);
    });
  }

  test('the sitemap lists the index pages in both languages', () => {
    const paths = new Set(sitemapEntries().map((a) => sitePathOf(a)));
    for (const lang of LANGS)
      for (const url of [urls.communes(lang), urls.districts(lang), urls.years(lang)])
        expect(paths.has(withoutBase(url)), url).toBe(true);
  });
});

describe('result pills at 360 px', () => {
  const richest = reg
    .communeCodeList()
    .sort((a, b) => model.resultsOfCode(b).length - model.resultsOfCode(a).length || a.localeCompare(b))[0]!;
  const pages = LANGS.flatMap((lang) => [
    urls.years(lang),
    urls.commune(richest, lang),
    urls.year(model.years().at(-1)!, lang),
  ]);

  test.each(pages)('never wrap onto two lines: %s', async (path) => {
    const { page } = await site.open(path, { viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const wrapped = await page.locator('main .badge').evaluateAll((els) =>
      els
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .filter((el) => {
          const lh = parseFloat(getComputedStyle(el).fontSize) * 1.6;
          return el.getClientRects().length > 1 || el.getBoundingClientRect().height > lh * 1.5;
        })
        .map((el) => el.textContent),
    );
    expect(await page.locator('main .badge').count()).toBeGreaterThan(0);
    expect(wrapped).toEqual([]);
  });
});
