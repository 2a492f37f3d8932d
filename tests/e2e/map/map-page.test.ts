/**
 * The map page as a visitor uses it, against the built site (OUT_DIR or dist/) with every non-local
 * request (tiles) refused: the legend counts units per class for the year in the URL, switching year or
 * district updates the legend and the URL, the finder zooms to a unit (by its name or a former one) and
 * Enter opens its page, data text is shown as text, the first view is fitted to the units, a tap, click
 * or Enter opens a preview card (name, result, link) instead of leaving the page, every unit can be
 * tapped with a 24 px target at the first view (dots closer than that open one card listing them),
 * polygons answer hover and click, and without JavaScript the page lists every unit by district with
 * its result.
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
/** The class name a unit's result reads as in a dataset-year, or "Không được đánh giá". */
function resultName(dataset: string, year: number, code: string): string {
  const m = model();
  const r = m.resultsOf(dataset, year).find((x) => x.code === code);
  return r ? m.frameworks.get(r.framework)!.classes.find((c) => c.id === r.classId)!.name.vi : 'Không được đánh giá';
}

/** Where a position is on the screen (page coordinates of the viewport). */
const screenPoint = (page: Page, lat: number, lon: number) =>
  page.evaluate(
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

  test('the note that the background map failed lies over the map and shifts nothing', async () => {
    const { page, problems } = await site.open(urls.map('vi'), {
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    await drawn(page);
    // Every tile request is refused here, so the note shows once a few tiles have failed.
    await page.locator('[data-map-tiles-note]').waitFor({ state: 'visible', timeout: 15_000 });
    const m = await page.evaluate(async () => {
      const note = document.querySelector<HTMLElement>('[data-map-tiles-note]')!;
      const stage = note.closest('.map-stage')!.getBoundingClientRect();
      const inside = (r: DOMRect) =>
        r.top >= stage.top && r.bottom <= stage.bottom && r.left >= stage.left && r.right <= stage.right;
      const below = [...document.querySelectorAll('main *')].filter(
        (e) => e.getBoundingClientRect().top >= stage.bottom && !note.contains(e),
      );
      const tops = () => below.map((e) => Math.round(e.getBoundingClientRect().top)).join(',');
      const shown = tops();
      note.hidden = true;
      const hidden = tops();
      note.hidden = false;
      // Layout shifts since the page opened (buffered), the note's appearance included.
      let shifts = 0;
      const observer = new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => {
          const shift = e as unknown as { value: number; hadRecentInput: boolean };
          if (!shift.hadRecentInput) shifts += shift.value;
        }),
      );
      observer.observe({ type: 'layout-shift', buffered: true });
      await new Promise((done) => setTimeout(done, 300));
      observer.disconnect();
      return { inside: inside(note.getBoundingClientRect()), same: shown === hidden, below: below.length, shifts };
    });
    expect(m.inside).toBe(true);
    expect(m.below).toBeGreaterThan(0);
    expect(m.same).toBe(true);
    expect(m.shifts).toBeLessThanOrEqual(0.01);
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
    const { page, problems } = await site.open(`${urls.map('vi')}?bo=${ds.id}&nam=${year}`);
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
    // Enter opens the preview card, not the page; focus moves into it, Escape closes it and returns.
    const card = page.locator('[data-map-card]');
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.innerText()).toContain(unit.name);
    expect(await card.innerText()).toContain(resultName(ds.id, year, unit.code));
    expect(page.url()).not.toContain('/xa/');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-map-card]') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-map-canvas'))).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => card.isVisible()).toBe(true);
    await page.keyboard.press('Enter'); // on the card's link
    await page.waitForURL(`**/xa/${unit.code}/`);
    expect(problems).toEqual([]);
  });

  test('the first view fits the units; a tap on any unit opens its card with a 24 px target', async () => {
    const m = model();
    const ds = m.datasets[0]!;
    const year = ds.years.at(-1)!;
    const units = m.register.communesOn(referenceDate(year)).filter((u) => u.lat !== null && u.lon !== null);
    const { page, problems } = await site.open(`${urls.map('vi')}?bo=${ds.id}&nam=${year}`, {
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    await drawn(page);
    await page.locator('[data-map-canvas]').scrollIntoViewIfNeeded();
    const at = (lat: number, lon: number) => screenPoint(page, lat, lon);
    const box = (await page.locator('[data-map-canvas]').boundingBox())!;
    // What the map drew for the units (dots or outlines, not the context outline), as boxes on screen.
    const drawnBoxes = await page.evaluate(() => {
      type Pt = { x: number; y: number };
      type Layer = {
        options: { pane?: string };
        getBounds?(): { getNorthWest(): unknown; getSouthEast(): unknown };
        getLatLng?(): unknown;
      };
      const root = document.querySelector('[data-map-root]') as HTMLElement & {
        leafletMap: { eachLayer(f: (l: Layer) => void): void; latLngToContainerPoint(l: unknown): Pt };
      };
      const map = root.leafletMap;
      const c = root.querySelector('[data-map-canvas]')!.getBoundingClientRect();
      const on = (l: unknown) => {
        const p = map.latLngToContainerPoint(l);
        return { x: c.left + p.x, y: c.top + p.y };
      };
      const out: { nw: Pt; se: Pt }[] = [];
      map.eachLayer((l) => {
        if (l.options.pane === 'context') return;
        if (l.getBounds) out.push({ nw: on(l.getBounds().getNorthWest()), se: on(l.getBounds().getSouthEast()) });
        else if (l.getLatLng && 'getRadius' in l) out.push({ nw: on(l.getLatLng()), se: on(l.getLatLng()) });
      });
      return out;
    });
    expect(drawnBoxes.length).toBeGreaterThanOrEqual(units.length);
    // Fitted: everything drawn is inside the map, and together it spans most of the map's width or height.
    const [left, top] = [Math.min(...drawnBoxes.map((b) => b.nw.x)), Math.min(...drawnBoxes.map((b) => b.nw.y))];
    const [right, bottom] = [Math.max(...drawnBoxes.map((b) => b.se.x)), Math.max(...drawnBoxes.map((b) => b.se.y))];
    expect(left).toBeGreaterThanOrEqual(box.x);
    expect(top).toBeGreaterThanOrEqual(box.y);
    expect(right).toBeLessThanOrEqual(box.x + box.width);
    expect(bottom).toBeLessThanOrEqual(box.y + box.height);
    expect(Math.max((right - left) / box.width, (bottom - top) / box.height)).toBeGreaterThan(0.6);

    const card = page.locator('[data-map-card]');
    for (const [k, u] of units.entries()) {
      // A tap 10 px from the dot's centre still reaches it (a 24 × 24 px target), alone or in a group card.
      let p = await at(u.lat!, u.lon!); // again: tapping the card's button may scroll the page
      if (p.y < 20 || p.y > 720) {
        await page.evaluate((dy) => window.scrollBy(0, dy), p.y - 370);
        p = await at(u.lat!, u.lon!);
      }
      await page.touchscreen.tap(p.x + 7, p.y - 7);
      await expect.poll(() => card.innerText().catch(() => ''), { timeout: 3000 }).toContain(u.name);
      const text = await card.innerText();
      expect(text).toContain(resultName(ds.id, year, u.code));
      const link = card.locator(`a[href$="/xa/${u.code}/"]`);
      expect(await link.count()).toBe(1);
      const size = (await card
        .locator('a, button')
        .evaluateAll((els) =>
          els.map((e) => e.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)),
        )) as number[];
      expect(Math.min(...size)).toBeGreaterThanOrEqual(24);
      if (k < units.length - 1) {
        await card.locator('.map-card-close').tap(); // the card covers the map's lower edge
        await expect.poll(() => card.isVisible()).toBe(false);
        await page.waitForTimeout(400); // two quick taps would be a double tap (zoom), as on a phone
      }
    }
    expect(page.url()).not.toContain('/xa/');
    // The card's link opens the commune page.
    await card.locator('a').first().click();
    await page.waitForURL('**/xa/*/');
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
    const point = await screenPoint(page, lat, lon);
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
    const card = page.locator('[data-map-card]');
    await expect.poll(() => card.innerText().catch(() => '')).toContain(name);
    expect(page.url()).not.toContain('/xa/');
    await card.locator(`a[href$="/xa/${code}/"]`).click();
    await page.waitForURL(`**/xa/${code}/`);
    expect(problems).toEqual([]);
  });

  test('without JavaScript: no empty controls, the year tables and every unit by district with its result', async () => {
    const m = model();
    const { page } = await site.open(urls.map('vi'), {
      javaScriptEnabled: false,
      viewport: { width: 360, height: 740 },
    });
    expect(await page.locator('.map-nojs').isVisible()).toBe(true);
    for (const sel of ['select', '[data-map-canvas]', '[data-map-legend]', 'input[name=tim]'])
      expect(await page.locator(`main ${sel}`).first().isVisible(), sel).toBe(false);
    for (const y of m.years())
      expect(await page.locator(`main a[href$="${urls.year(y, 'vi')}"]`).count()).toBeGreaterThan(0);
    const ds = m.datasets[0]!;
    const year = ds.years.at(-1)!;
    const units = m.register.communesOn(referenceDate(year));
    const rows = await page.locator('.map-area li').evaluateAll((lis) =>
      lis.map((li) => ({
        code: li
          .querySelector('a')!
          .getAttribute('href')!
          .match(/xa\/([^/]+)\//)![1]!,
        text: (li as HTMLElement).innerText.replace(/\s+/g, ' '),
        district: li.closest('.map-area')!.querySelector('h4')!.textContent!,
      })),
    );
    expect(rows.map((r) => r.code).sort()).toEqual(units.map((u) => u.code).sort());
    for (const r of rows) {
      const u = units.find((x) => x.code === r.code)!;
      expect(r.text).toContain(u.name);
      expect(r.text).toContain(resultName(ds.id, year, u.code));
      if (u.districtCode) expect(r.district).toContain(m.register.district(u.districtCode, referenceDate(year))!.name);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
