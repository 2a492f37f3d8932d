/**
 * The district page's mini map as a phone visitor sees it, with JavaScript on and off alike: a picture
 * of the district's units that year, each in its result's colour and a link (named "unit: result") to
 * its commune page, a legend counting units per class as the data holds them, and a link to the full
 * map for that dataset, year and district. The page loads no map library and fetches no map data.
 * Expected units and counts come from loadData(), never from the page's own files.
 */
import { describe, expect, test } from 'vitest';
import { loadData } from '../../../src/lib/data/load.ts';
import { referenceDate } from '../../../src/lib/data/model/periods.ts';
import { classSlot } from '../../../src/lib/site/palette.ts';
import { useSite } from '../helpers/site.ts';
import { urls } from '../../../src/lib/site/urls.ts';

const model = loadData().model!;
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const site = useSite();

/** The district with the most assessed units in the data (its picture has the most to show). */
const assessed = model
  .datasetYears()
  .flatMap((dy) => dy.results.map((r) => model.register.commune(r.code, referenceDate(dy.year))?.districtCode ?? null));
const district = [...new Set(assessed)]
  .filter((c): c is string => c !== null)
  .sort(
    (a, b) => assessed.filter((x) => x === b).length - assessed.filter((x) => x === a).length || a.localeCompare(b),
  )[0]!;

describe('the district mini map', () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`shows the district's units in their result colours, each a link (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const { page, problems } = await site.open(urls.district(district, 'vi'), { ...PHONE, javaScriptEnabled });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.reload({ waitUntil: 'load' });
      const svg = page.locator('svg[data-mini-map]');
      await svg.scrollIntoViewIfNeeded();
      expect(await svg.isVisible()).toBe(true);
      const box = (await svg.boundingBox())!;
      expect(box.width).toBeGreaterThan(250);
      expect(box.x + box.width).toBeLessThanOrEqual(360);

      // The full map link says which dataset and year the picture shows; it is the latest year with
      // results in this district for the first dataset that has any there.
      const full = new URL((await page.locator('.mini-svg figcaption a').getAttribute('href'))!, site.url + '/')
        .searchParams;
      expect(full.get('huyen')).toBe(district);
      const year = Number(full.get('nam'));
      const date = referenceDate(year);
      const units = model.register.communesOn(date).filter((u) => u.districtCode === district);
      const inDistrict = (code: string) => units.some((u) => u.code === code);
      const ds = model.datasets.find((d) =>
        d.years.some((y) => model.resultsOf(d.id, y).some((r) => inDistrict(r.code))),
      )!;
      const years = ds.years.filter((y) =>
        model
          .resultsOf(ds.id, y)
          .some((r) =>
            model.register.communesOn(referenceDate(y)).some((u) => u.code === r.code && u.districtCode === district),
          ),
      );
      expect(full.get('bo')).toBe(ds.id);
      expect(year).toBe(Math.max(...years));

      const classes = model.frameworks.get(model.resultsOf(ds.id, year)[0]!.framework)!.classes;
      const classOf = (code: string) => {
        const r = model.resultsOf(ds.id, year).find((x) => x.code === code);
        return r ? classes.findIndex((c) => c.id === r.classId) : -1;
      };
      const links = await svg.locator('a').evaluateAll((as) =>
        as.map((a) => ({
          href: a.getAttribute('href')!,
          name: a.getAttribute('aria-label')!,
          fill: getComputedStyle(a.querySelector('path, circle:last-child')!).fill,
          slot: a.getAttribute('class')!,
        })),
      );
      const placed = units.filter((u) => u.lat !== null || model.boundaries.shapeOf(u.key, date));
      expect(links.map((l) => l.href).sort()).toEqual(placed.map((u) => urls.commune(u.code, 'vi')).sort());
      for (const u of placed) {
        const link = links.find((l) => l.href === urls.commune(u.code, 'vi'))!;
        const i = classOf(u.code);
        expect(link.name).toBe(`${u.name}: ${i < 0 ? 'Không được đánh giá' : classes[i]!.name.vi}`);
        expect(link.slot).toBe(i < 0 ? 'none' : `s${classSlot(i, classes.length)}`);
        expect(link.fill).not.toBe('rgb(0, 0, 0)'); // coloured by the stylesheet, not the SVG default
      }
      const legend = (await page.locator('.mini-svg-legend li').allInnerTexts()).map((x) =>
        x.replace(/\s+/g, ' ').trim(),
      );
      expect(legend).toEqual([
        ...classes.map((c, i) => `${c.name.vi}: ${units.filter((u) => classOf(u.code) === i).length}`),
        `Không được đánh giá: ${units.filter((u) => classOf(u.code) < 0).length}`,
      ]);
      // No map library and no map data: the picture is in the page.
      expect(requests.filter((r) => /leaflet|MapView|\/ban-do\/du-lieu\//i.test(r))).toEqual([]);
      expect(await page.locator('.leaflet-container').count()).toBe(0);

      // Tapping a unit opens its page.
      const first = svg.locator('a').first();
      const href = await first.getAttribute('href');
      await first.click();
      await page.waitForURL(`**${href}`);
      expect(problems).toEqual([]);
    });
  }
});
