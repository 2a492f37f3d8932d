/**
 * Identity is code + period (issue 12.4–12.5): names at the reference date, a unit's own latest result,
 * its predecessors' results as theirs, and one series per unit, never joined across units that shared a
 * code. Expected names come from the register, not typed by hand where the data can give them.
 */
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/lib/data/load.ts';
import { nowPartOf, placeOfResult, placesDuring } from '../../src/lib/data/model/places.ts';
import { predecessorsOf, successorsOf } from '../../src/lib/data/model/history.ts';
import { referenceDate } from '../../src/lib/data/model/periods.ts';

const model = loadData('data').model!;
const reg = model.register;

describe('names at the reference date', () => {
  it("Phường Thủy Dương's 2018 result is named in Tỉnh Thừa Thiên Huế and Thị xã Hương Thủy, not today's city", () => {
    const r = model.resultsOfUnit(reg.commune('19969', '2018-12-31')!.key).find((x) => x.year === 2018)!;
    const place = placeOfResult(reg, r);
    expect(place.unit.name).toBe('Phường Thủy Dương');
    expect(place.province!.name).toBe('Tỉnh Thừa Thiên Huế');
    expect(place.district!.name).toBe('Thị xã Hương Thủy');
    expect(reg.province('46', '2025-07-01')!.name).not.toBe(place.province!.name);
  });

  it('every result is named by records valid on its reference date', () => {
    for (const r of model.results) {
      const p = placeOfResult(reg, r);
      const date = referenceDate(r.year);
      for (const rec of [p.unit, p.district, p.province]) {
        if (rec) expect(rec.from <= date && (rec.to === null || date <= rec.to)).toBe(true);
      }
    }
  });

  it('a unit card of 2015–2025 names each province in its own stretch', () => {
    const spans = placesDuring(reg, reg.commune('19969', '2018-12-31')!);
    expect(spans.map((s) => [s.from, s.to, s.province!.name])).toEqual([
      ['2015-01-01', '2024-12-31', 'Tỉnh Thừa Thiên Huế'],
      ['2025-01-01', '2025-06-30', 'Thành phố Huế'],
    ]);
  });

  it('today is only "now part of": the units still valid that the land went to', () => {
    const now = nowPartOf(reg, reg.commune('19969', '2018-12-31')!);
    expect(now.map((u) => u.name)).toEqual(['Phường Thanh Thủy']);
    expect(nowPartOf(reg, reg.commune('20119', '2018-12-31')!).map((u) => u.name)).toEqual(['Xã Vinh Lộc']);
  });
});

describe('merged and reused codes', () => {
  it('20122 was borne by three units: three histories, three series', () => {
    const hs = model.histories('20122');
    expect(hs.map((h) => h.last.name)).toEqual(['Xã Vinh Giang', 'Xã Giang Hải', 'Xã Vinh Lộc']);
    const keys = hs.map((h) => new Set(model.resultsOfHistory(h).map((r) => r.unitKey)));
    keys.forEach((k, i) => expect([...k].every((key) => hs[i]!.rows.some((u) => u.key === key))).toBe(true));
    // The code's results all belong to exactly one of its histories.
    expect(hs.reduce((n, h) => n + model.resultsOfHistory(h).length, 0)).toBe(model.resultsOfCode('20122').length);
  });

  it("Vinh Lộc's latest result is its own; Giang Hải's 2024 result is a predecessor's", () => {
    const vinhLoc = model.histories('20122').at(-1)!;
    // Its own, or none: never a result of another unit that bore 20122.
    expect(model.latestOfHistory(vinhLoc).every((r) => r.unitKey === vinhLoc.last.key)).toBe(true);
    expect(model.latestOfHistory(vinhLoc).every((r) => r.year >= 2025)).toBe(true);
    const before = predecessorsOf(reg, vinhLoc);
    expect(before.map((h) => h.last.name).sort()).toEqual([
      'Xã Giang Hải',
      'Xã Vinh Hiền',
      'Xã Vinh Hưng',
      'Xã Vinh Mỹ',
    ]);
    const giangHai = before.find((h) => h.last.name === 'Xã Giang Hải')!;
    const latest = model.latestOfHistory(giangHai);
    expect(latest.length).toBeGreaterThan(0);
    expect(latest.every((r) => r.unitKey === giangHai.last.key)).toBe(true);
    expect(successorsOf(reg, giangHai).map((h) => h.key)).toEqual([vinhLoc.key]);
  });

  it('a unit that continued 1:1 (moved district, became a township) is one history with one series', () => {
    const [kheTre, xaKheTre] = model.histories('20161');
    expect(kheTre!.rows.map((u) => u.districtCode)).toEqual(['483', '482']);
    expect(xaKheTre!.rows).toHaveLength(1);
    const [locSon] = model.histories('20131');
    expect(locSon!.rows.map((u) => u.name)).toEqual(['Xã Lộc Sơn', 'Thị trấn Lộc Sơn']);
  });
});
