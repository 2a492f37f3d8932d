/**
 * The map's JSON: results per dataset-year match the model, units are those valid on 31/12 of the year,
 * points without boundaries and simplified polygons (decodable back to the fixture squares) with them.
 */
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/lib/data/load.ts';
import { referenceDate } from '../../../src/lib/data/model/periods.ts';
import { modelWith } from '../support/data.ts';
import { squaresModel, withBoundaries } from '../support/geo.ts';
import { mapResults, mapShapes, mapUnits, shapeProvinces, unitFileYears } from '../../../src/lib/site/map-data.ts';
import { GEO_SCALE, expandRuns } from '../../../src/lib/site/map-types.ts';
import { classSlot } from '../../../src/lib/site/palette.ts';

const model = loadData('data').model!;
/** The demo data without outlines, and with the test squares as outlines of 2015–2025. */
const plain = modelWith(withBoundaries({}, null));
const squares = squaresModel();
const shapeOf = (code: string, year: number) => {
  const unit = squares.register.commune(code, referenceDate(year));
  return unit ? squares.boundaries.shapeOf(unit.key, referenceDate(year))?.shape : undefined;
};

describe('results per dataset-year', () => {
  it('holds exactly the assessed codes with their class index and total', () => {
    for (const { dataset, year, framework, results } of model.datasetYears()) {
      const json = mapResults(model, dataset.id, year);
      expect(Object.keys(json.r).sort()).toEqual(results.map((r) => r.code).sort());
      for (const r of results) {
        const [k, total] = json.r[r.code]!;
        expect(json.classes[k]!.id).toBe(r.classId);
        expect(total).toBeCloseTo(r.total, 2);
      }
      expect(json.classes.map((c) => c.id)).toEqual(framework.classes.map((c) => c.id));
      expect(json.kind).toBe(framework.kind);
    }
  });

  it('gives the failing class the same colour slot whatever the number of classes', () => {
    expect([0, 1, 2, 3].map((i) => classSlot(i, 4))).toEqual([1, 2, 3, 4]);
    expect([0, 1, 2].map((i) => classSlot(i, 3))).toEqual([1, 2, 4]);
  });
});

describe('units per year', () => {
  it('are the units valid on 31 December, as points when there are no boundaries', () => {
    for (const year of plain.years()) {
      const json = mapUnits(plain, year);
      const valid = plain.register.communesOn(referenceDate(year));
      expect(json.kind).toBe('points');
      expect(json.g).toBeUndefined();
      expect(json.ctx).toBeUndefined();
      expect(json.u.map((u) => u[0]).sort()).toEqual(valid.map((u) => u.code).sort());
      for (const u of json.u) {
        const unit = valid.find((v) => v.code === u[0])!;
        expect([u[1], u[3], u[4]]).toEqual([unit.name, unit.lat, unit.lon]);
        expect(u[2] === -1 ? null : json.districts[u[2]]![0]).toBe(unit.districtCode);
      }
    }
  });

  it('share one file between years whose units are the same', () => {
    const files = unitFileYears(model);
    for (const [year, file] of files) {
      const a = model.register
        .communesOn(referenceDate(year))
        .map((u) => u.key)
        .sort();
      const b = model.register
        .communesOn(referenceDate(file))
        .map((u) => u.key)
        .sort();
      expect(a).toEqual(b);
      expect(file).toBeLessThanOrEqual(year);
    }
  });

  it('years without outlines for their period are points over a faint context outline', () => {
    for (const year of model.years().filter((y) => y < 2025)) {
      const json = mapUnits(model, year);
      expect(json.kind).toBe('points');
      expect(json.ctx!.length).toBeGreaterThan(0);
    }
  });

  it('become polygons with the fixture, decoding back to the squares within the 4-decimal grid', () => {
    const year = 2018;
    const json = mapUnits(squares, year);
    expect(json.kind).toBe('polygons');
    json.u.forEach((u, i) => {
      const shape = shapeOf(u[0], year);
      const g = json.g![i];
      if (!shape) return expect(g).toBeNull();
      expect(g).toHaveLength(shape.length);
      const ring = g![0]![0]!;
      const pts: [number, number][] = [];
      for (let k = 0, x = 0, y = 0; k < ring.length; k += 2) {
        x += ring[k]!;
        y += ring[k + 1]!;
        pts.push([x / GEO_SCALE, y / GEO_SCALE]);
      }
      const outer = shape[0]![0]!;
      expect(Math.min(...pts.map((p) => p[0]))).toBeCloseTo(Math.min(...outer.map((p) => p[0])), 4);
      expect(Math.max(...pts.map((p) => p[1]))).toBeCloseTo(Math.max(...outer.map((p) => p[1])), 4);
    });
    expect(json.g!.filter((g) => g !== null).length).toBe(json.u.filter((u) => shapeOf(u[0], year)).length);
  });
});

describe('outlines per province at national scale', () => {
  it('a large units file carries points and per-province outline files that add up to the same outlines', () => {
    const year = 2018;
    const whole = mapUnits(squares, year);
    // Lower the threshold so the 41 demo units count as "large".
    const lazy = mapUnits(squares, year, 10);
    expect(lazy.g).toBeUndefined();
    expect(lazy.u).toEqual(whole.u);
    const parts = lazy.parts!;
    expect(parts.map((p) => p.province)).toEqual(shapeProvinces(squares, year, 10));
    const covered = parts.flatMap((p) => expandRuns(p.runs)).sort((a, b) => a - b);
    expect(covered).toEqual(lazy.u.map((_, i) => i));
    for (const part of parts) {
      const shapes = mapShapes(squares, year, part.province);
      const idx = expandRuns(part.runs);
      expect(shapes.g).toHaveLength(idx.length);
      idx.forEach((i, k) => expect(shapes.g[k]).toEqual(whole.g![i]));
      for (const i of idx) {
        const [, , , lat, lon] = lazy.u[i]!;
        if (lat === null || lon === null) continue;
        const [s, w, n, e] = part.bbox;
        expect(lat >= s && lat <= n && lon >= w && lon <= e).toBe(true);
      }
    }
  });
});
