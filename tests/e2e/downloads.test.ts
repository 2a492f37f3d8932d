/**
 * The journalist's journey: open the data page, download a year's CSV and read it back as Excel would
 * (UTF-8 with BOM, codes as text with leading zeros, one row per assessed commune of that year).
 * TODO(downloads): skipped while /du-lieu/ is not in the built site; it switches on when the page lands.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { useSite, hasPage } from './helpers/site.ts';
import { model } from './helpers/expected.ts';

const DATA = hasPage('/du-lieu/');
const site = useSite(DATA);

describe.skipIf(!DATA)('the data page', () => {
  test("a year CSV downloads, opens as UTF-8 with BOM and holds that year's communes", async () => {
    const m = model();
    const { page, problems } = await site.open('/du-lieu/');
    // Prefer the latest year of the first dataset; fall back to any CSV link.
    const dataset = m.datasets[0]!;
    const year = dataset.years.at(-1)!;
    const links = page.locator('a[href$=".csv"]');
    expect(await links.count(), 'CSV download links on /du-lieu/').toBeGreaterThan(0);
    const exact = links.filter({
      has: page.locator(`xpath=self::*[contains(@href, "${dataset.id}") and contains(@href, "${year}")]`),
    });
    const link = (await exact.count()) > 0 ? exact.first() : links.first();
    const href = (await link.getAttribute('href'))!;
    // A click must download the file (download attribute or a CSV content type), not display it.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), link.click()]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)], `${href} starts with a UTF-8 BOM for Excel`).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors, `${href} parses as CSV`).toEqual([]);
    const codes = parsed.data.map((row) => row.commune_code ?? '');
    expect(codes.length, `${href} has rows`).toBeGreaterThan(0);
    const known = new Set(m.register.communeCodeList());
    expect(
      codes.filter((c) => !known.has(c)),
      `${href}: every commune_code is a register code as text`,
    ).toEqual([]);
    if (href.includes(dataset.id) && href.includes(String(year)) && parsed.meta.fields?.includes('commune_code')) {
      const expected = new Set(m.resultsOf(dataset.id, year).map((r) => r.code));
      expect(new Set(codes), `${href}: the communes assessed in ${year}`).toEqual(expected);
    }
    expect(problems).toEqual([]);
  });
});
