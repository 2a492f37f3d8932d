/**
 * Time-true pages in the browser (issue 12.8, 12.9, 12.1, 12.6, 12.7): a published result without criteria
 * says the criteria were not published (no zeros) and shows its source, and a year with published and
 * illustrative rows says which is which; an ended district says when it ended, what succeeded it and
 * what its communes are part of today, its ended communes listed apart with their fate; the map of a year after 2025-07-01 draws
 * the real outlines of that period, and a year before draws points over the faint context outline only.
 * Expected values come from the model of the built data.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distDir, openFolds, useSite } from '../helpers/site.ts';
import { model } from '../helpers/expected.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { referenceDate } from '../../../src/lib/data/model/periods.ts';
import { districtEnd, fateOf } from '../../../src/lib/data/model/fates.ts';
import { provenanceOf } from '../../../src/lib/data/model/provenance.ts';
import { formatDate } from '../../../src/lib/site/format.ts';

const site = useSite();

const drawn = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('map:drawn').length > 0, undefined, { timeout: 15_000 });

/** What the map's canvas layers hold: filled polygons and circle markers, read from Leaflet. */
const layers = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('[data-map-root]') as HTMLElement & {
      leafletMap: {
        eachLayer(f: (l: { _latlngs?: unknown; _radius?: number; options: { interactive?: boolean } }) => void): void;
      };
    };
    let polygons = 0;
    let points = 0;
    let context = 0;
    root.leafletMap.eachLayer((l) => {
      if (l._latlngs && l.options.interactive === false) context++;
      else if (l._latlngs) polygons++;
      else if (l._radius !== undefined) points++;
    });
    return { polygons, points, context };
  });

describe('published results', () => {
  const m = model();
  const published = m.results.find((r) => r.source !== '' && !r.criteriaPublished)!;

  test('a result published without criteria says so instead of showing zeros, and shows its source', async () => {
    expect(published).toBeDefined();
    const { page, problems } = await site.open(`/xa/${published.code}/`);
    // The published row is the latest of its framework here, so its criteria open in full.
    const group = page.locator(`#tc-${published.dataset}-${published.year}`);
    await group.evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await expect.poll(() => group.getByTestId('criteria-not-published').isVisible()).toBe(true);
    // If other years of the group have criteria, the published year's column says "not published", never 0.
    const table = group.locator('table.criteria');
    if ((await table.count()) > 0) {
      const years = await table.locator('thead th').allTextContents();
      const col = years.indexOf(String(published.year));
      expect(col).toBeGreaterThan(0);
      const cells = await table.locator(`tbody tr td:nth-child(${col + 1})`).allTextContents();
      expect(cells.length).toBeGreaterThan(0);
      expect(new Set(cells)).toEqual(new Set(['không công bố']));
    }
    // The year's row links the source: in the history chart's table (the code's current unit) or in the
    // unit's own table further down.
    const year = `tr:has(a[href$="/nam/${published.year}/"])`;
    const row = page.locator(`section[aria-labelledby="history"] ${year}, [data-unit="${published.unitKey}"] ${year}`);
    expect(await row.locator(`a[href="${published.source}"]`).count()).toBeGreaterThanOrEqual(1);
    expect(problems).toEqual([]);
  });
});

describe('the map before and after 2025-07-01', () => {
  const m = model();
  const ds = m.datasets.find((d) => d.years.some((y) => y >= 2025) && d.years.some((y) => y < 2025))!;
  const after = ds.years.find((y) => y >= 2025)!;
  const before = [...ds.years].reverse().find((y) => y < 2025)!;

  test(`${after}: every unit of the period is drawn with its own outline`, async () => {
    const units = m.register.communesOn(referenceDate(after));
    const outlined = units.filter((u) => m.boundaries.shapeOf(u.key, referenceDate(after)));
    expect(outlined.length).toBeGreaterThan(0);
    const { page, problems } = await site.open(`/ban-do/?bo=${ds.id}&nam=${after}`);
    await drawn(page);
    expect(await layers(page)).toEqual({
      polygons: outlined.length,
      points: units.length - outlined.length,
      context: 0,
    });
    expect(problems).toEqual([]);
  });

  test(`${before}: no outline of another period, points over the faint context outline`, async () => {
    const units = m.register.communesOn(referenceDate(before));
    expect(units.every((u) => !m.boundaries.shapeOf(u.key, referenceDate(before)))).toBe(true);
    const { page, problems } = await site.open(`/ban-do/?bo=${ds.id}&nam=${before}`);
    await drawn(page);
    const l = await layers(page);
    expect(l).toEqual({ polygons: 0, points: units.filter((u) => u.lat !== null).length, context: 1 });
    expect(problems).toEqual([]);
  });
});

describe('commune pages: identity is code + period', () => {
  const m = model();
  const reg = m.register;

  test('ranks are named by the province of the reference date, not the one the unit ended in', async () => {
    // A unit whose own latest ranked result predates the province's change of name (Tỉnh → Thành phố Huế).
    const unit = reg.communes.find((u) => {
      const r = m.latestOfHistory(m.history(u.key)).find((x) => x.rankProvince !== null);
      return (
        u.to !== null &&
        r &&
        reg.province(u.provinceCode, referenceDate(r.year))!.name !== reg.province(u.provinceCode, u.to)!.name &&
        reg.communesWithCode(u.code).at(-1) === u
      );
    })!;
    const r = m.latestOfHistory(m.history(unit.key)).find((x) => x.rankProvince !== null)!;
    const { page } = await site.open(`/xa/${unit.code}/`);
    const card = page.locator(`article.latest[data-dataset="${r.dataset}"]`);
    const then = reg.province(unit.provinceCode, referenceDate(r.year))!.name;
    // Inside a sentence the type is written in lower case ("trong tỉnh Thừa Thiên Huế"): compare names so.
    const text = (await card.innerText()).toLocaleLowerCase('vi');
    expect(text).toContain(then.toLocaleLowerCase('vi'));
    expect(text).not.toContain(reg.province(unit.provinceCode, unit.to!)!.name.toLocaleLowerCase('vi'));
  });

  test('a unit formed by a merger under a reused code: its own latest result, its predecessors listed with theirs', async () => {
    const current = m.histories('20122').at(-1)!;
    const own = m.latestOfHistory(current);
    const { page, problems } = await site.open('/xa/20122/');
    const cards = page.locator('article.latest');
    expect(await cards.count()).toBe(own.length);
    for (const r of own)
      expect(await page.locator(`article.latest[data-dataset="${r.dataset}"]`).innerText()).toContain(String(r.year));
    const before = page.getByTestId('before-merger');
    for (const k of current.rows[0]!.predecessors) {
      const p = reg.communeByKey(k)!;
      const item = before.locator('li').filter({ hasText: p.name });
      expect(await item.locator(`a[href*="/xa/${p.code}/"]`).count()).toBe(1);
      for (const r of m.latestOfHistory(m.history(k))) expect(await item.innerText()).toContain(String(r.year));
    }
    expect(problems).toEqual([]);
  });

  test('a unit card names each province of its period: Phường Thủy Dương was in Tỉnh Thừa Thiên Huế until 2024', async () => {
    const unit = reg.commune('19969', '2018-12-31')!;
    const { page } = await site.open('/xa/19969/');
    // The unit cards are folded below the summary; a reader opens them.
    await openFolds(page);
    const card = await page.locator(`[data-unit="${unit.key}"] dl`).innerText();
    expect(card).toContain(reg.province('46', '2018-12-31')!.name);
    expect(card).toContain(reg.province('46', '2025-03-01')!.name);
  });
});

describe('current units first', () => {
  const m = model();
  const reg = m.register;
  const latest = reg.communeCodeList().map((c) => reg.communesWithCode(c).at(-1)!);

  test("the commune list on the home page: today's units, then ended ones apart, each with what it is now part of", async () => {
    const { page, problems } = await site.open('/');
    const links = await page
      .locator('.commune-list > div:not(.ended) a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const current = latest.filter((u) => u.to === null).map((u) => u.code);
    expect(links.map((h) => h.match(/xa\/([^/]+)\//)![1]).sort()).toEqual(current.sort());
    const ended = page.getByTestId('ended-units');
    for (const u of latest.filter((x) => x.to !== null)) {
      const item = ended.locator('li').filter({ has: page.locator(`a[href$="/xa/${u.code}/"]`) });
      expect(await item.count()).toBe(1);
      for (const now of reg.descendants(u.key).filter((d) => d.to === null)) {
        expect(await item.locator(`a[href$="/xa/${now.code}/"]`).count()).toBe(1);
      }
    }
    expect(problems).toEqual([]);
  });

  test('the map page without JavaScript: each listed unit of the latest year is today’s or marked, ended units one link away', async () => {
    const date = referenceDate(m.years().at(-1)!);
    const { page, problems } = await site.open('/ban-do/', { javaScriptEnabled: false });
    for (const u of reg.communesOn(date)) {
      const item = page.locator('.map-area li').filter({ has: page.locator(`a[href$="/xa/${u.code}/"]`) });
      expect(await item.count(), u.key).toBe(1);
      expect(await item.locator('.fate').count(), u.key).toBe(u.to === null ? 0 : 1);
    }
    const link = page.getByTestId('map-ended-link').locator('a');
    expect(await link.getAttribute('href')).toMatch(/\/tim-kiem\/#don-vi-khong-con$/);
    await link.click();
    expect(await page.locator('#don-vi-khong-con li').count()).toBe(latest.filter((u) => u.to !== null).length);
    expect(problems).toEqual([]);
  });

  test('the finder marks an ended code with the unit it is now part of', async () => {
    const gone = latest.find((u) => u.to !== null && reg.descendants(u.key).some((d) => d.to === null))!;
    const now = reg.descendants(gone.key).find((d) => d.to === null)!;
    const { page } = await site.open('/tim-kiem/');
    await page.locator('form[data-finder] input[type=search]').first().fill(gone.code);
    const hit = page.locator('.finder-results li').filter({ hasText: gone.name }).first();
    await expect.poll(() => hit.innerText().catch(() => '')).toContain(now.name);
  });
});

describe('provenance: illustrative only where rows are', () => {
  const m = model();
  const sourced = m.results.filter((r) => r.source !== '');
  const year = sourced[0]!;
  const rows = m.resultsOf(year.dataset, year.year);

  test(`${year.year}: the published rows are named and tagged with their source, the rest said to be illustrative`, async () => {
    const p = provenanceOf(m.site.illustrative, rows);
    expect(p.sourced.length).toBeGreaterThan(0);
    expect(p.illustrative).toBeGreaterThan(0);
    const { page, problems } = await site.open(`/nam/${year.year}/`);
    const note = await page.getByTestId('year-provenance').innerText();
    for (const r of p.sourced) expect(note).toContain(m.unitOf(r).name);
    expect(note).toContain(String(p.illustrative));
    const tags = page.locator(`#bang-${year.dataset} [data-testid="row-published"]`);
    expect(await tags.count()).toBe(p.sourced.length);
    for (const r of p.sourced) {
      const row = page
        .locator(`#bang-${year.dataset} tbody tr`)
        .filter({ has: page.locator(`a[href$="/xa/${r.code}/"]`) });
      expect(await row.getByTestId('row-published').getAttribute('href')).toBe(r.source);
    }
    // The site-wide banner no longer calls every score illustrative.
    expect(await page.locator('.banner').innerText()).toContain('có ghi nguồn');
    expect(problems).toEqual([]);
  });

  test('the downloads’ README says the sourced rows are published results', () => {
    const text = readFileSync(join(distDir(), 'du-lieu', 'README.md'), 'utf8');
    expect(text).toContain(`trừ ${sourced.length} dòng có cột source`);
  });
});

describe('ended districts', () => {
  const m = model();
  const reg = m.register;

  test('Huyện Phú Lộc says it ended on 2025-06-30, what its communes are part of now, and lists them with their fate', async () => {
    const phuLoc = reg.districtsWithCode('482').at(-1)!;
    const end = districtEnd(reg, phuLoc)!;
    const { page, problems } = await site.open('/huyen/482/');
    const box = page.getByTestId('district-ended');
    const text = await box.innerText();
    expect(text).toContain(formatDate(end.date, 'vi'));
    expect(text).toContain(formatDate(phuLoc.to!, 'vi'));
    for (const u of end.communesNow) expect(await box.locator(`a[href$="/xa/${u.code}/"]`).count(), u.name).toBe(1);
    // Every commune record of the district, today's first, the ended ones apart with what became of them.
    const records = reg.communes.filter((u) => u.districtCode === '482');
    const current = records.filter((u) => u.to === null);
    expect(await page.locator('[data-testid="district-current"] li').count()).toBe(current.length);
    const ended = page.locator('[data-testid="district-ended-units"] li');
    expect(await ended.count()).toBe(records.length - current.length);
    for (const u of records.filter((x) => x.to !== null)) {
      const item = ended.filter({ has: page.locator(`a[href$="/xa/${u.code}/#tu-${u.from}"]`) });
      expect(await item.count(), u.key).toBe(1);
      const fate = fateOf(reg, u);
      expect(await item.locator('.fate').getAttribute('data-fate')).toBe(fate.kind);
      for (const n of fate.now) expect(await item.locator(`.fate a[href$="/xa/${n.code}/"]`).count()).toBe(1);
    }
    expect(await page.getByText('đã sáp nhập vào').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  test('Huyện Nam Đông links to the district that succeeded it', async () => {
    const namDong = reg.districtsWithCode('483').at(-1)!;
    const end = districtEnd(reg, namDong)!;
    expect(end.becameDistricts.length).toBeGreaterThan(0);
    const { page } = await site.open('/huyen/483/');
    const successors = page.getByTestId('district-successors');
    for (const d of end.becameDistricts)
      expect(await successors.locator(`a[href$="/huyen/${d.code}/"]`).count()).toBe(1);
  });
});
