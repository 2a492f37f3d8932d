/**
 * Page weight budgets (see scripts/quality/budgets.ts for what is counted) and reading with JavaScript
 * off: commune, district, year and story pages ≤ 100 KB on a first visit and readable without scripts;
 * the map page ≤ 250 KB without tiles. The table of figures is printed on every run.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { useSite, distDir, mainText } from './helpers/site.ts';
import { formatTable, heaviestPages, measurePage, overBudget, type Measure } from '../../scripts/quality/budgets.ts';
import { pageType } from '../../scripts/quality/site.ts';

const pages = heaviestPages(distDir());
const NO_JS = new Set(['commune', 'district', 'year', 'story']);
const site = useSite();
const measures: Measure[] = [];
afterAll(async () => {
  if (measures.length) process.stdout.write('\n' + formatTable(measures) + '\n');
});

describe('page weight on a first visit (heaviest page of each type)', () => {
  for (const path of pages) {
    test(`${pageType(path)}: ${path}`, async () => {
      const m = await measurePage(site.browser, site.url, distDir(), path);
      measures.push(m);
      expect(
        overBudget(m),
        `${path} (${m.type}) weighs ${(m.total / 1024).toFixed(1)} KB, budget ${m.budgetKb} KB: ${JSON.stringify(m.bytes)}`,
      ).toBe(false);
    });
  }
});

describe('pages that must work with JavaScript off', () => {
  for (const path of pages.filter((p) => NO_JS.has(pageType(p)))) {
    test(`${pageType(path)}: ${path} shows its heading and content without scripts`, async () => {
      const { page } = await site.open(path, { javaScriptEnabled: false });
      await expect(page.locator('h1').first().isVisible(), `${path}: h1 visible`).resolves.toBe(true);
      expect((await mainText(page)).length, `${path}: main content`).toBeGreaterThan(40);
      // Tables outside <details> are the page's own data and must show; chart tables may sit in a closed <details>.
      const tables = page.locator('main table:not(details table)');
      if ((await tables.count()) > 0)
        await expect(tables.first().isVisible(), `${path}: data table visible`).resolves.toBe(true);
    });
  }
});
