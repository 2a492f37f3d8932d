/**
 * The map page as a visitor uses it, against the built site (OUT_DIR or dist/) with every non-local
 * request (tiles) refused: the legend counts units per class for the year in the URL, switching year or
 * district updates the legend and the URL, the finder zooms to a unit (by its name or a former one) and
 * Enter opens its page, data text is shown as text, polygons draw and answer hover and click, and the page is usable without JavaScript.
 * Expected counts come from the data model, never from the page's own files.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/site.ts';
import { model } from '../helpers/expected.ts';
import { referenceDate } from '../../../src/lib/data/model/periods.ts';
import { squaresModel } from '../../unit/support/geo.ts';
import { mapUnits } from '../../../src/lib/site/map-data.ts';
import { fold } from '../../../src/lib/data/text.ts';
import { urls } from '../../../src/lib/site/urls.ts';

const site = useSite();

/** What the legend must say for a dataset-year, optionally within one district: "<class>: <n>" lines. */
function expectedLegend(dataset: string, year: number, district = ''): string[] {
  const m = model();
  const dy = m.datasetYears().find((d) => d.dataset.id === dataset && d.year === year)!;
  const units = m.register.communesOn(referenceDate(year)).filter((u) => !district || u.districtCode === district);
  const byCode = new Map(dy.results.map((r) => [r.code, r.classId]));
  const lines = dy.framework.classes.map(
    (c) => `${c.name.vi}: ${units.filter((u) => byCode.get(u.code) === c.id).length}`,
  );
  return [...lines, `Không được đánh giá: ${units.filter((u) => !byCode.has(u.code)).length}`];
}

const legend = (page: Page) =>
  page
    .locator('[data-map-legend] li')
    .allInnerTexts()
    .then((xs) => xs.map((x) => x.replace(/\s+/g, ' ').trim()));
const drawn = (page: Page, mark = 'map:drawn') =>
  page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 15_000 });

describe('the map page', () => {
  test('the URL chooses dataset and year; the legend counts every unit of that year', async () => {
    const m = model();
    const ds = m.datasets[0]!;
    const year = ds.years[Math.floor(ds.years.length / 2)]!;
    const { page, problems } = await site.open(`${urls.map('vi')}?bo=${ds.id}&nam=${year}`);
    await drawn(page);
    expect(await page.locator('select[name=nam]').inputValue()).toBe(String(year));
    expect(await legend(page)).toEqual(expectedLegend(ds.id, year));
    const total = (await legend(page)).reduce((n, line) => n + Number(line.split(': ').at(-1)), 0);
    expect(total).toBe(m.register.communesOn(referenceDate(year)).length);
    expect(await page.locator('[data-map-tiles-note]').isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });

  test('switching year and district updates the legend and the shareable URL', async () => {
    const m = model();
    const ds = m.datasets[0]!;
    const [a, b] = [ds.years[0]!, ds.years.at(-1)!];
    const { page, problems } = await site.open(`${urls.map('vi')}?bo=${ds.id}&nam=${a}`);
    await drawn(page);
    await page.selectOption('select[name=nam]', String(b));
    await drawn(page, 'map:switched');
    await expect.poll(() => legend(page)).toEqual(expectedLegend(ds.id, b));
    expect(new URL(page.url()).searchParams.get('nam')).toBe(String(b));

    await page.selectOption('select[name=nam]', String(a));
    const district = m.register.communesOn(referenceDate(a)).find((u) => u.districtCode)!.districtCode!;
    await page.selectOption('select[name=huyen]', district);
    await expect.poll(() => legend(page)).toEqual(expectedLegend(ds.id, a, district));
    expect(new URL(page.url()).searchParams.get('huyen')).toBe(district);
    await page.locator('[data-map-list] summary').click();
    const listed = () =>
      page
        .locator('[data-map-list] li a')
        .allInnerTexts()
        .then((xs) => xs.sort());
    await expect.poll(listed).toEqual(
      m.register
        .communesOn(referenceDate(a))
        .filter((u) => u.districtCode === district)
        .map((u) => u.name)
        .sort(),
    );
    expect(problems).toEqual([]);
  });

  test('the finder zooms to a unit typed without diacritics; Enter then opens its page', async () => {
    const m = model();
    const ds = m.datasets[0]!;
    const year = ds.years.at(-1)!;
    const unit = m.register.communesOn(referenceDate(year)).find((u) => u.lat !== null)!;
    const result = ds && m.resultsOf(ds.id, year).find((r) => r.code === unit.code);
    const cls = result
      ? m.frameworks.get(result.framework)!.classes.find((c) => c.id === result.classId)!.name.vi
      : 'Không được đánh giá';
    const { page, problems } = await site.open(`${urls.map('vi')}?bo=${ds.id}&nam=${year}`);
    await drawn(page);
    const typed = unit.name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase();
    await page.fill('input[name=tim]', typed);
    await page.press('input[name=tim]', 'Tab');
    const info = page.locator('[data-map-info]');
    await expect.poll(() => info.innerText()).toContain(unit.name);
    expect(await info.innerText()).toContain(cls);
    expect(await page.locator('.leaflet-tooltip').innerText()).toContain(unit.name);
    await page.focus('input[name=tim]');
    await page.press('input[name=tim]', 'Enter');
    await page.waitForURL(`**/xa/${unit.code}/`);
    expect(problems).toEqual([]);
  });

  test('the finder knows former names, as the home page finder does', async () => {
    const m = model();
    const ds = m.datasets[0]!;
    const year = ds.years.at(-1)!;
    const shown = m.register.communesOn(referenceDate(year));
    const current = new Set(shown.map((u) => fold(u.name)));
    // A unit shown that year whose code bore another name before, a name no shown unit has now.
    const { unit, former } = shown
      .flatMap((unit) =>
        m.register
          .communesWithCode(unit.code)
          .filter((o) => o.name !== unit.name && !current.has(fold(o.name)))
          .map((o) => ({ unit, former: o.name })),
      )
      .at(0)!;
    const { page, problems } = await site.open(`/ban-do/?bo=${ds.id}&nam=${year}`);
    await drawn(page);
    await page.fill('input[name=tim]', fold(former));
    await page.press('input[name=tim]', 'Tab');
    await expect.poll(() => page.locator('[data-map-info]').innerText()).toContain(unit.name);
    expect(problems).toEqual([]);
  });

  test('keyboard on the map: the unit at the centre is announced and Enter opens its page', async () => {
    const m = model();
    const ds = m.datasets[0]!;
    const year = ds.years.at(-1)!;
    const unit = m.register
      .communesOn(referenceDate(year))
      .filter((u) => u.lat !== null)
      .at(-1)!;
    const { page, problems } = await site.open(`${urls.map('vi')}?bo=${ds.id}&nam=${year}`);
    await drawn(page);
    const moveEnded = () =>
      page.evaluate(
        () =>
          new Promise<void>((done) =>
            (
              document.querySelector('[data-map-root]') as HTMLElement & {
                leafletMap: { once(e: string, f: () => void): void };
              }
            ).leafletMap.once('moveend', () => done()),
          ),
      );
    await page.fill('input[name=tim]', unit.code);
    const zoomed = moveEnded();
    await page.press('input[name=tim]', 'Enter');
    await zoomed;
    await page.focus('[data-map-canvas]');
    // Pan away and back with the arrow keys: each move ends with the centre unit read out.
    for (const key of ['ArrowRight', 'ArrowLeft']) {
      const ended = moveEnded();
      await page.keyboard.press(key);
      await ended;
    }
    await expect.poll(() => page.locator('[data-map-status]').innerText(), { timeout: 5000 }).toContain(unit.name);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/xa/${unit.code}/`);
    expect(problems).toEqual([]);
  });

  test('names from the data are shown as text, never run as HTML', async () => {
    const m = model();
    const ds = m.datasets[0]!;
    const year = ds.years.at(-1)!;
    const { page, context } = await site.open(`${urls.map('vi')}?bo=${ds.id}&nam=${year}`);
    await drawn(page);
    const evil = '<img src=x onerror="window.__xss=1">Xã Thử';
    await context.route('**/ban-do/du-lieu/don-vi/*.json', async (route) => {
      const body = JSON.parse(await (await route.fetch()).text());
      body.u[0][1] = evil;
      await route.fulfill({ json: body });
    });
    await page.reload();
    await drawn(page);
    await page.locator('[data-map-list] summary').click();
    await expect.poll(() => page.locator('[data-map-list] li').filter({ hasText: evil }).count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('[data-map-list] img').count()).toBe(0);
  });

  test('with boundary polygons the map is a choropleth that answers hover and click', async () => {
    // The demo data with test squares as outlines of 2015–2025 (the built site serves the real 2025 ones).
    const m = squaresModel();
    const ds = m.datasets[0]!;
    const year = ds.years.find((y) => y < 2025)!;
    const polygons = mapUnits(m, year);
    const { page, context, problems } = await site.open(`${urls.map('vi')}?bo=${ds.id}&nam=${year}`);
    await context.route('**/ban-do/du-lieu/don-vi/*.json', (route) => route.fulfill({ json: polygons }));
    await page.reload();
    await drawn(page);
    expect(await legend(page)).toEqual(expectedLegend(ds.id, year));
    const date = referenceDate(year);
    const unit = m.register.communesOn(date).find((u) => m.boundaries.shapeOf(u.key, date))!;
    const [code, name] = [unit.code, unit.name];
    // The centre of the fixture square, on screen.
    const [lon, lat] = m.boundaries
      .shapeOf(unit.key, date)!
      .shape[0]![0]!.reduce(([x, y], p, _, all) => [x + p[0] / all.length, y + p[1] / all.length], [0, 0]);
    const point = await page.evaluate(
      ([la, lo]) => {
        const root = document.querySelector('[data-map-root]') as HTMLElement & {
          leafletMap: { latLngToContainerPoint(l: [number, number]): { x: number; y: number } };
        };
        const p = root.leafletMap.latLngToContainerPoint([la!, lo!]);
        const box = root.querySelector('[data-map-canvas]')!.getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y };
      },
      [lat, lon],
    );
    await page.mouse.move(point.x, point.y);
    await expect
      .poll(() =>
        page
          .locator('.leaflet-tooltip')
          .innerText()
          .catch(() => ''),
      )
      .toContain(name);
    await page.mouse.click(point.x, point.y);
    await page.waitForURL(`**/xa/${code}/`);
    expect(problems).toEqual([]);
  });

  test('without JavaScript: a note, the year tables and every unit by area as links', async () => {
    const m = model();
    const { page } = await site.open(urls.map('vi'), { javaScriptEnabled: false });
    expect(await page.locator('.map-nojs').isVisible()).toBe(true);
    for (const y of m.years())
      expect(await page.locator(`main a[href$="${urls.year(y, 'vi')}"]`).count()).toBeGreaterThan(0);
    const latest = m.years().at(-1)!;
    const units = m.register.communesOn(referenceDate(latest));
    const links = await page
      .locator('details.map-area a[href*="/xa/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.map((h) => h!.match(/xa\/([^/]+)\//)![1]).sort()).toEqual(units.map((u) => u.code).sort());
  });
});
