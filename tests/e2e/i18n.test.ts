/**
 * The text browser scripts write, in each language, as a visitor reads it: the checker's verdict (with
 * English plurals: "1 error", not "1 errors"), the result table filter's count, and the map legend. The
 * expected sentences are made by the same dictionaries and t() from the data, never typed here, so the
 * test proves the page's embedded messages, its script and the dictionaries agree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { useSite } from './helpers/site.ts';
import { model } from './helpers/expected.ts';
import { translator } from '../../src/lib/site/i18n/index.ts';
import { LANGS } from '../../src/lib/site/i18n/locales.ts';
import { urls } from '../../src/lib/site/urls.ts';

const site = useSite();

/** A published year file, and the same with its first row repeated (one duplicate-code error). */
function yearFile() {
  const m = model();
  const { dataset, year } = m.datasetYears().find((g) => g.framework.kind === 'points' && g.results.length > 1)!;
  const text = readFileSync(join(process.env.DATA_DIR || 'data', 'datasets', dataset.id, `${year}.csv`), 'utf8');
  const [header, ...rows] = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  return { dataset: dataset.id, year, rows: rows.length, good: text, bad: Papa.unparse([header!, ...rows, rows[0]!]) };
}

describe('text written by browser scripts', () => {
  for (const lang of LANGS) {
    const t = translator(lang);

    it(`the checker's verdict reads naturally (${lang}), plurals included`, async () => {
      const f = yearFile();
      const { page, problems } = await site.open(urls.checker(lang));
      await page.selectOption('#checker-dataset', f.dataset);
      const name = `${f.year}.csv`;
      await page.setInputFiles('#checker-file', { name, mimeType: 'text/csv', buffer: Buffer.from(f.good) });
      await page.waitForSelector('#checker-summary.is-ok', { timeout: 30_000 });
      // A published file is valid; its warnings (if any) are counted in the sentence.
      const warnings = await page.locator('.checker-issues tr.sev-warning').count();
      expect(await page.innerText('#checker-summary')).toBe(t('checker.ok', { file: name, rows: f.rows, warnings }));

      await page.setInputFiles('#checker-file', { name, mimeType: 'text/csv', buffer: Buffer.from(f.bad) });
      await page.waitForSelector('#checker-summary.is-bad', { timeout: 30_000 });
      const summary = await page.innerText('#checker-summary');
      const errors = await page.locator('.checker-issues tr.sev-error').count();
      expect(errors).toBe(1);
      expect(summary).toBe(t('checker.bad', { file: name, errors, warnings }));
      if (lang === 'en') expect(summary).toContain('has 1 error and');
      expect(await page.innerText('.checker-issues caption')).toBe(
        t('checker.issuesCaption', { n: await page.locator('.checker-issues tbody tr').count() }),
      );
      expect(problems).toEqual([]);
    });

    it(`the result table filter counts the rows shown (${lang})`, async () => {
      const m = model();
      const year = m.years().find((y) => m.datasets.some((d) => m.resultsOf(d.id, y).length > 1))!;
      const { page, problems } = await site.open(urls.year(year, lang));
      const table = page.locator('table[data-table-tools]').first();
      const all = await table.locator('tbody tr').count();
      const first = (await table.locator('tbody tr th a').first().innerText()).trim();
      const box = page.locator('.table-filter').first();
      await box.locator('input').fill(first);
      const shown = await table.locator('tbody tr:not([hidden])').count();
      expect(shown).toBeGreaterThan(0);
      expect(await box.locator('.filter-count').innerText()).toBe(t('year.shown', { shown, all }));
      expect(problems).toEqual([]);
    });

    it(`the map legend and status are in the page language (${lang})`, async () => {
      const { page, problems } = await site.open(urls.map(lang));
      await page.waitForSelector('.map-legend li', { timeout: 30_000 });
      const legend = await page.locator('.map-legend li').allInnerTexts();
      expect(legend.at(-1)).toMatch(new RegExp(`^${t('map.notAssessed')}: \\d`));
      expect(await page.getAttribute('.leaflet-control-zoom-in', 'title')).toBe(t('map.zoomIn'));
      expect(problems).toEqual([]);
    });
  }
});
