/**
 * The district mini map drawn at build time: every unit of the district valid that year, in its class
 * colour (the model's result, or not assessed), as its outline when the data has one (the test squares)
 * or as a dot otherwise (the demo data of 2024, with the dissolved latest outlines as context), all inside
 * the picture; the legend counts what the model says.
 */
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/lib/data/load.ts';
import { referenceDate } from '../../../src/lib/data/model/periods.ts';
import type { SiteModel } from '../../../src/lib/data/model/index.ts';
import { squaresModel } from '../support/geo.ts';
import { MINI_WIDTH, miniMap } from '../../../src/lib/site/mini-map.ts';
import { classSlot } from '../../../src/lib/site/palette.ts';

const demo = loadData('data').model!;
const squares = squaresModel();
const HUONG_THUY = '479';

/** What the model says of a district in a dataset-year: units, and each one's class slot and name. */
function expected(model: SiteModel, dataset: string, year: number, district: string) {
  const units = model.register.communesOn(referenceDate(year)).filter((u) => u.districtCode === district);
  const dy = model.datasetYears().find((d) => d.dataset.id === dataset && d.year === year)!;
  const classes = dy.framework.classes;
  const slotOf = (code: string) => {
    const i = classes.findIndex((c) => c.id === dy.results.find((r) => r.code === code)?.classId);
    return i < 0 ? null : classSlot(i, classes.length);
  };
  const counts = classes.map(
    (c) => units.filter((u) => dy.results.some((r) => r.code === u.code && r.classId === c.id)).length,
  );
  return { units, slotOf, counts, none: units.length - counts.reduce((a, b) => a + b, 0) };
}

/** Every absolute position a path visits (M, then relative l steps). */
function positions(d: string): [number, number][] {
  const out: [number, number][] = [];
  for (const ring of d.split('z').filter(Boolean)) {
    const [head, steps = ''] = ring.slice(1).split('l');
    let [x, y] = head!.trim().split(' ').map(Number) as [number, number];
    out.push([x, y]);
    const nums = steps.match(/-?\d+/g)?.map(Number) ?? [];
    for (let i = 0; i < nums.length; i += 2) out.push([(x += nums[i]!), (y += nums[i + 1]!)]);
  }
  return out;
}

describe('the district mini map', () => {
  it('draws each unit of the district as its outline (a dot without one), in its class colour, inside the picture', () => {
    const dataset = squares.datasets[0]!.id;
    const year = 2018;
    const pic = miniMap(squares, { dataset, year, district: HUONG_THUY, lang: 'vi' })!;
    const want = expected(squares, dataset, year, HUONG_THUY);
    expect(pic.units.map((u) => u.code).sort()).toEqual(want.units.map((u) => u.code).sort());
    expect(pic.context).toBeNull();
    const date = referenceDate(year);
    const outlined = want.units.filter((u) => squares.boundaries.shapeOf(u.key, date)).map((u) => u.code);
    expect(outlined.length).toBeGreaterThan(1);
    for (const u of pic.units) {
      expect(u.slot).toBe(want.slotOf(u.code));
      if (!outlined.includes(u.code)) {
        expect(u.d).toBeUndefined(); // no outline that year: a dot at its centre
        continue;
      }
      expect(u.d).toMatch(/^M\d+ \d+l.*z$/);
      for (const [x, y] of positions(u.d!)) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(MINI_WIDTH);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(pic.height);
      }
    }
    expect(pic.legend.map((l) => l.count)).toEqual([...want.counts, want.none]);
  });

  it('draws dots over the context outline when the year has no outlines of its own', () => {
    const dataset = demo.datasets[0]!.id;
    const year = 2024;
    const district = '482';
    const pic = miniMap(demo, { dataset, year, district, lang: 'en' })!;
    const want = expected(demo, dataset, year, district);
    const placed = want.units.filter((u) => u.lat !== null);
    expect(placed.length).toBeGreaterThan(0);
    expect(pic.units.map((u) => u.code).sort()).toEqual(placed.map((u) => u.code).sort());
    expect(pic.context).toMatch(/^M/);
    for (const u of pic.units) {
      expect(u.d).toBeUndefined();
      expect(u.cx).toBeGreaterThanOrEqual(0);
      expect(u.cx).toBeLessThanOrEqual(MINI_WIDTH);
      expect(u.cy).toBeGreaterThanOrEqual(0);
      expect(u.cy).toBeLessThanOrEqual(pic.height);
      expect(u.slot).toBe(want.slotOf(u.code));
    }
    // Units further apart on the ground are further apart in the picture (north is up, east is right).
    const [a, b] = [placed[0]!, placed[1]!];
    const [pa, pb] = [a, b].map((x) => pic.units.find((u) => u.code === x.code)!);
    expect(Math.sign(pb!.cx! - pa!.cx!)).toBe(Math.sign(b.lon! - a.lon!) || 0);
    expect(Math.sign(pb!.cy! - pa!.cy!)).toBe(-Math.sign(b.lat! - a.lat!) || 0);
    expect(pic.legend.map((l) => l.count)).toEqual([...want.counts, want.none]);
  });

  it('is null for a district with no unit that year', () => {
    expect(miniMap(demo, { dataset: demo.datasets[0]!.id, year: 2025, district: '482', lang: 'vi' })).toBeNull();
  });
});
