/**
 * The home page's mini map as a phone visitor meets it: nothing of the map (the map library, its data) is
 * downloaded while the visitor reads the top of the page, and once they scroll to it the map draws the
 * latest year with a legend counting every unit of that year. Expected counts come from the data model.
 */
import { describe, expect, test } from 'vitest';
import { useSite } from '../helpers/site.ts';
import { model } from '../helpers/expected.ts';
import { referenceDate } from '../../../src/lib/data/model/periods.ts';
import { urls } from '../../../src/lib/site/urls.ts';

const site = useSite();
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

describe('the home mini map', () => {
  test('loads the map library and data only when scrolled to, then counts every unit of the latest year', async () => {
    const { page, problems } = await site.open(urls.home('vi'), PHONE);
    const scripts = new Map<string, string>();
    const fetched: string[] = [];
    page.on('response', async (r) => {
      fetched.push(r.url());
      if (r.request().resourceType() === 'script') scripts.set(r.url(), await r.text().catch(() => ''));
    });
    await page.reload({ waitUntil: 'load' });
    await page.waitForTimeout(500);
    const leafletLoaded = () => [...scripts.values()].some((body) => body.includes('leaflet-container'));
    expect(scripts.size, 'the page runs scripts of its own').toBeGreaterThan(0);
    expect(leafletLoaded(), 'no map library before the visitor reaches the map').toBe(false);
    expect(fetched.filter((u) => u.includes('/ban-do/du-lieu/'))).toEqual([]);

    const root = page.locator('[data-map-root]');
    await root.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelectorAll('[data-map-legend] li').length > 0, null, {
      timeout: 15_000,
    });
    expect(leafletLoaded(), 'the map library is loaded once the map is near').toBe(true);

    const m = model();
    const latest = Math.max(...m.datasetYears().map((d) => d.year));
    const units = m.register.communesOn(referenceDate(latest)).length;
    const counts = (await page.locator('[data-map-legend] li').allInnerTexts()).map((x) =>
      Number(/(\d+)\s*$/.exec(x.trim())?.[1] ?? NaN),
    );
    expect(counts.every((n) => Number.isInteger(n))).toBe(true);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(units);
    expect(problems).toEqual([]);
  });
});
