/**
 * Boundaries: GeoJSON and TopoJSON read into the same shapes keyed by `code`, problems reported rather
 * than thrown, and Douglas–Peucker simplification that drops needless positions but keeps the outline.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBoundaries } from '../../../src/lib/data/geo/read.ts';
import { emptyBoundaries, parseBoundaryFile } from '../../../src/lib/data/geo/boundaries.ts';
import { simplifyLine, simplifyShape } from '../../../src/lib/data/geo/simplify.ts';
import type { Ring } from '../../../src/lib/data/geo/types.ts';

const fixturePath = new URL('../../fixtures/boundaries/huong-thuy-squares.geojson', import.meta.url);
const fixtureText = readFileSync(fixturePath, 'utf8');
const fixture = JSON.parse(fixtureText) as {
  features: { properties: { code?: string }; geometry: { type: string; coordinates: unknown } }[];
};

describe('reading boundaries', () => {
  it('reads every coded feature of the GeoJSON fixture and reports the one without a code', () => {
    const b = emptyBoundaries();
    parseBoundaryFile(fixtureText, 'boundaries/x.geojson', b);
    const coded = fixture.features.filter((f) => f.properties.code);
    expect([...b.shapes.keys()].sort()).toEqual(coded.map((f) => f.properties.code!).sort());
    for (const f of coded) {
      const polygons = f.geometry.type === 'MultiPolygon' ? (f.geometry.coordinates as unknown[]).length : 1;
      expect(b.shapes.get(f.properties.code!)!.length).toBe(polygons);
    }
    expect(b.problems).toHaveLength(1);
    expect(b.problems[0]).toContain('boundaries/x.geojson');
  });

  it('reads a quantised TopoJSON with shared and reversed arcs into the same rings', () => {
    // Two 1° squares side by side sharing the arc at lon 101 (arc 1), quantised at 0.5° per unit.
    const topo = {
      type: 'Topology',
      transform: { scale: [0.5, 0.5], translate: [100, 10] },
      arcs: [
        [
          [2, 0],
          [-2, 0],
          [0, 2],
          [2, 0],
        ], // (1,0)→(0,0)→(0,1)→(1,1)
        [
          [2, 2],
          [0, -2],
        ], // (1,1)→(1,0)
        [
          [2, 2],
          [2, 0],
          [0, -2],
          [-2, 0],
        ], // (1,1)→(2,1)→(2,0)→(1,0), then arc 1 reversed
      ],
      objects: {
        communes: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', arcs: [[0, 1]], properties: { code: '00001' } },
            { type: 'Polygon', arcs: [[2, ~1]], properties: { code: '00002' } },
            { type: 'Polygon', arcs: [[0]], properties: {} },
          ],
        },
      },
    };
    const b = emptyBoundaries();
    parseBoundaryFile(JSON.stringify(topo), 'boundaries/t.topojson', b);
    expect([...b.shapes.keys()]).toEqual(['00001', '00002']);
    const left = b.shapes.get('00001')![0]![0]!;
    expect(left[0]).toEqual([101, 10]);
    expect(left).toContainEqual([100, 11]);
    expect(left.at(-1)).toEqual(left[0]);
    expect(left).toHaveLength(5);
    const right = b.shapes.get('00002')![0]![0]!;
    expect(right.map(([x]) => x).every((x) => x >= 101)).toBe(true);
    expect(right).toContainEqual([102, 11]);
    expect(right.at(-1)).toEqual(right[0]);
  });

  it('reads every boundary file of a data folder (GeoJSON and TopoJSON), ignoring other files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'map-bounds-'));
    mkdirSync(join(dir, 'boundaries'));
    copyFileSync(fixturePath, join(dir, 'boundaries/a.geojson'));
    writeFileSync(
      join(dir, 'boundaries/b.topojson'),
      JSON.stringify({
        type: 'Topology',
        arcs: [
          [
            [1, 1],
            [2, 1],
            [2, 2],
            [1, 1],
          ],
        ],
        objects: {
          x: {
            type: 'GeometryCollection',
            geometries: [{ type: 'Polygon', arcs: [[0]], properties: { code: '99999' } }],
          },
        },
      }),
    );
    writeFileSync(join(dir, 'boundaries/notes.txt'), 'not a boundary');
    try {
      const b = readBoundaries(dir);
      const coded = fixture.features.filter((f) => f.properties.code).length;
      expect(b.shapes.size).toBe(coded + 1);
      expect(b.shapes.get('99999')![0]![0]).toEqual([
        [1, 1],
        [2, 1],
        [2, 2],
        [1, 1],
      ]);
      expect(readBoundaries(join(dir, 'missing')).shapes.size).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports text that is not JSON or not a collection instead of throwing', () => {
    const b = emptyBoundaries();
    parseBoundaryFile('{nope', 'boundaries/a.geojson', b);
    parseBoundaryFile('{"type":"Feature"}', 'boundaries/b.geojson', b);
    expect(b.shapes.size).toBe(0);
    expect(b.problems.map((p) => p.split(':')[0])).toEqual(['boundaries/a.geojson', 'boundaries/b.geojson']);
  });
});

describe('simplification', () => {
  it('removes near-collinear positions of the fixture squares but keeps their corners', () => {
    const b = emptyBoundaries();
    parseBoundaryFile(fixtureText, 'f', b);
    for (const shape of b.shapes.values()) {
      const simple = simplifyShape(shape, 0.0008);
      expect(simple).toHaveLength(shape.length);
      simple.forEach((polygon, k) => {
        const original = shape[k]![0]!;
        const ring = polygon[0]!;
        expect(ring.length).toBeLessThan(original.length);
        expect(ring.at(-1)).toEqual(ring[0]);
        const xs = original.map((p) => p[0]);
        const ys = original.map((p) => p[1]);
        // The bounding box survives to the 4-decimal grid.
        expect(Math.min(...ring.map((p) => p[0]))).toBeCloseTo(Math.min(...xs), 4);
        expect(Math.max(...ring.map((p) => p[1]))).toBeCloseTo(Math.max(...ys), 4);
      });
    }
  });

  it('keeps every position that deviates more than the tolerance', () => {
    const zigzag: Ring = Array.from({ length: 21 }, (_, i) => [i, i % 2 === 0 ? 0 : 1]);
    expect(simplifyLine(zigzag, 0.5)).toHaveLength(21);
    expect(simplifyLine(zigzag, 2)).toEqual([zigzag[0], zigzag[20]]);
  });

  it('drops a polygon that collapses below a triangle', () => {
    const tiny: Ring = [
      [0, 0],
      [0.00001, 0],
      [0.00001, 0.00001],
      [0, 0.00001],
      [0, 0],
    ];
    expect(simplifyShape([[tiny]], 0.0008)).toEqual([]);
  });
});
