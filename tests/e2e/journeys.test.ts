/**
 * What people do on the site, in a real browser against the built site: find a commune, read its results
 * (expected values come from the data, not from this file), switch language, read pages with JavaScript
 * off, and search from the home page. The map, downloads and checker journeys have their own files
 * (tests/e2e/map/, downloads/, checker/). Every journey runs: none is skipped because a page is missing.
 */
import { describe, expect, test } from 'vitest';
import { useSite, hasPage, mainText, openFolds } from './helpers/site.ts';
import { communeFacts, richestCommune } from './helpers/expected.ts';
import { urls } from '../../src/lib/site/urls.ts';

/** The commune of the brief's example ("thuy thanh" → /xa/19966/), or the richest one if it is gone. */
const CODE = hasPage(urls.commune('19966', 'vi')) ? '19966' : richestCommune();

const site = useSite();

describe('a citizen finds a commune and reads its results', () => {
  test('home page → commune page by clicking its name', async () => {
    const facts = communeFacts(CODE);
    const { page, problems } = await site.open(urls.home('vi'));
    await page.getByRole('link', { name: facts.name, exact: true }).first().click();
    await page.waitForURL(`**/xa/${CODE}/`);
    await expect(page.locator('h1').innerText()).resolves.toContain(facts.name);
    expect(problems).toEqual([]);
  });

  test('the commune page shows every result the data holds for its code (JavaScript off)', async () => {
    const facts = communeFacts(CODE);
    expect(facts.results.length, 'the example commune has results').toBeGreaterThan(0);
    const { page } = await site.open(urls.commune(CODE, 'vi'), { javaScriptEnabled: false });
    // The detail is folded below the summary; the reader opens it (no JavaScript needed).
    await openFolds(page);
    const text = await mainText(page);
    for (const r of facts.results) {
      expect(text, `year ${r.year} on /xa/${CODE}/`).toContain(String(r.year));
      expect(text, `total ${r.total} (${r.dataset} ${r.year}) on /xa/${CODE}/`).toContain(r.total);
      expect(text, `result "${r.className}" (${r.dataset} ${r.year}) on /xa/${CODE}/`).toContain(r.className);
    }
  });

  test('typing a name without diacritics on the home page reaches the commune', async () => {
    const facts = communeFacts(CODE);
    const { page, problems } = await site.open(urls.home('vi'));
    const box = page.locator('input[type="search"]').first();
    await box.fill(facts.query);
    // Results appear in the element the box controls (live search) or, after Enter, on a results page.
    const controls = await box.getAttribute('aria-controls');
    const scope = controls ? page.locator(`#${controls}`) : page.locator('main');
    const target = scope.locator(`a[href$="${urls.commune(CODE, 'vi')}"]:visible`);
    const narrowed = async () =>
      (await target.count()) > 0 && (await scope.locator('a[href*="/xa/"]:visible').count()) <= 10;
    await expect
      .poll(narrowed, { timeout: 3000 })
      .toBe(true)
      .catch(async () => {
        await box.press('Enter');
        await page.waitForLoadState('load');
        const results = page.locator('main');
        await expect
          .poll(async () => (await results.locator(`a[href$="${urls.commune(CODE, 'vi')}"]:visible`).count()) > 0, {
            timeout: 5000,
            message: `"${facts.query}" should list /xa/${CODE}/`,
          })
          .toBe(true);
      });
    await page
      .locator(`a[href$="${urls.commune(CODE, 'vi')}"]:visible`)
      .first()
      .click();
    await page.waitForURL(`**/xa/${CODE}/`);
    await expect(page.locator('h1').innerText()).resolves.toContain(facts.name);
    expect(problems).toEqual([]);
  });
});

describe('switching language', () => {
  test('the language link on a commune page opens the same commune in English', async () => {
    const facts = communeFacts(CODE, 'en');
    const { page, problems } = await site.open(urls.commune(CODE, 'vi'));
    await page.locator('a[hreflang="en"]').first().click();
    await page.waitForURL(`**/en/xa/${CODE}/`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await openFolds(page);
    const text = await mainText(page);
    expect(text).toContain(facts.name);
    for (const r of facts.results) expect(text, `English total ${r.total} (${r.year})`).toContain(r.total);
    await page.locator('a[hreflang="vi"]').first().click();
    await page.waitForURL(`**/xa/${CODE}/`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('vi');
    expect(problems).toEqual([]);
  });
});
