/**
 * Topology (issue 12.3, 11.8, 14.4): TopoJSON is read through topojson-client; outlines are simplified
 * together so two neighbours keep one common border; real register lists show how often codes are reused
 * and an outline file without periods is then ambiguous for exactly those codes.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { parseBoundaryText } from '../../../src/lib/data/geo/parse.ts';
import { readShape } from '../../../src/lib/data/geo/geometry.ts';
import { findOverlaps } from '../../../src/lib/data/geo/overlaps.ts';
import { simplifyTogether, dissolve } from '../../../src/lib/data/geo/simplify.ts';
import type { Position, Shape } from '../../../src/lib/data/geo/types.ts';
import { errors, listIssues, validateWith } from '../support/data.ts';

const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
const shapesOf = (text: string): Shape[] => {
  const parsed = parseBoundaryText(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.features.map((f) => readShape(f.geometry).shape!);
};
const key = (p: Position) => `${p[0]},${p[1]}`;
const positions = (s: Shape) => s.flat(2);

describe('TopoJSON through topojson-client', () => {
  it('a quantised topology with shared and reversed arcs gives the same closed rings', () => {
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
        ],
        [
          [2, 2],
          [0, -2],
        ],
        [
          [2, 2],
          [2, 0],
          [0, -2],
          [-2, 0],
        ],
      ],
      objects: {
        communes: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', arcs: [[0, 1]], properties: { code: '00001' } },
            { type: 'Polygon', arcs: [[2, ~1]], properties: { code: '00002' } },
          ],
        },
      },
    };
    const parsed = parseBoundaryText(JSON.stringify(topo));
    expect(parsed.ok && parsed.format).toBe('topojson');
    if (!parsed.ok) return;
    expect(parsed.features.map((f) => f.properties.code)).toEqual(['00001', '00002']);
    const [left, right] = parsed.features.map((f) => readShape(f.geometry).shape![0]![0]!);
    expect(left![0]).toEqual([101, 10]);
    expect(left).toContainEqual([100, 11]);
    expect(left!.at(-1)).toEqual(left![0]);
    expect(right!.every(([x]) => x >= 101)).toBe(true);
    expect(right).toContainEqual([102, 11]);
    expect(right!.at(-1)).toEqual(right![0]);
  });

  it('the demo outlines are TopoJSON and decode to the 13 wards', () => {
    const parsed = parseBoundaryText(
      readFileSync(new URL('../../../data/boundaries/hue-2025-07-01.topojson', import.meta.url), 'utf8'),
    );
    expect(parsed.ok && parsed.format).toBe('topojson');
    if (parsed.ok) expect(parsed.features.every((f) => readShape(f.geometry).problems.length === 0)).toBe(true);
  });
});

describe('simplification keeps shared borders shared', () => {
  // Phường Vỹ Dạ and Phường Thuận Hóa (Huế, 2025) at full resolution: their common border is one line.
  const [vyDa, thuanHoa] = shapesOf(fixture('geo/hue-2025-vy-da-thuan-hoa.geojson'));

  it('two neighbours keep one common border: every position of one on the other is a position of both', () => {
    const { shapes, positions: kept } = simplifyTogether([vyDa!, thuanHoa!], {
      minArea: 0.0008 ** 2 / 2,
      budget: 1e9,
      digits: 4,
    });
    const [a, b] = shapes as [Shape, Shape];
    expect(kept).toBeLessThan((positions(vyDa!).length + positions(thuanHoa!).length) / 4);
    const inB = new Set(positions(b).map(key));
    const shared = positions(a).filter((p) => inB.has(key(p)));
    expect(shared.length).toBeGreaterThan(3);
    // The border edges of one are edges of the other (same consecutive positions), so no gap or sliver opens.
    const edges = (s: Shape) =>
      new Set(s.flatMap((p) => p.flatMap((r) => r.slice(1).map((q, i) => [key(r[i]!), key(q)].sort().join('|')))));
    const eb = edges(b);
    const common = [...edges(a)].filter((e) => eb.has(e));
    expect(common.length).toBeGreaterThan(1);
    expect(findOverlaps([a, b])).toEqual([]);
  });

  it('a position budget is met by the weights, whatever the input size', () => {
    const { arcPositions, positions: written } = simplifyTogether([vyDa!, thuanHoa!], {
      minArea: 0,
      budget: 200,
      digits: 5,
    });
    expect(arcPositions).toBeLessThanOrEqual(200);
    expect(arcPositions).toBeGreaterThan(150);
    expect(written).toBeLessThan(2 * 200 + 8);
    const outline = dissolve([vyDa!, thuanHoa!], { minArea: 0.001 ** 2 / 2, budget: 1e9, digits: 4 });
    expect(outline.length).toBeGreaterThan(0);
  });
});

describe('real unit lists: codes reused at the 2025 reorganisation', () => {
  const units = Object.fromEntries(
    ['provinces', 'districts', 'communes'].map((n) => [`units/${n}.csv`, fixture(`register/hue-2025/units/${n}.csv`)]),
  );
  const rows = Papa.parse<Record<string, string>>(units['units/communes.csv']!, {
    header: true,
    skipEmptyLines: true,
  }).data;
  const before = new Set(rows.filter((r) => r.valid_to === '2025-06-30').map((r) => r.code));
  const after = rows.filter((r) => r.valid_from === '2025-07-01').map((r) => r.code!);
  const reused = after.filter((c) => before.has(c));
  const wards = fixture('geo/hue-2025-wards.geojson');
  const index = (from: string) =>
    `files:\n  wards.geojson:\n    valid_from: ${from}\n    title: {vi: Ranh giới phường xã 2025, en: Ward outlines 2025}\n    url: https://github.com/thanglequoc/vietnamese-provinces-database\n    licence: {id: MIT, name: MIT License, url: https://opensource.org/licenses/MIT}\n`;
  const data = (from: string) => ({
    ...units,
    'datasets/cong-dong-hoc-tap/dataset.yaml': null,
    'datasets/trung-tam-htcd/dataset.yaml': null,
    'datasets/cong-dong-hoc-tap/2016.csv': null,
    'boundaries/hue-2025-07-01.topojson': null,
    'boundaries/wards.geojson': wards,
    'boundaries/boundaries.yaml': index(from),
  });

  it('most post-2025 codes of Huế were borne by an older unit', () => {
    expect(after).toHaveLength(40);
    expect(reused.length).toBeGreaterThan(after.length / 2);
  });

  it('published without a period, the outlines of reused codes are ambiguous and drawn for none', () => {
    const v = validateWith(data('null'));
    const ambiguous = v.issues.filter((i) => i.code === 'boundary-ambiguous');
    expect(ambiguous.map((i) => JSON.parse(wards).features[i.row! - 1].properties.code).sort()).toEqual(
      [...reused].sort(),
    );
    expect(
      v.issues.filter((i) => i.file.startsWith('boundaries/') && i.severity === 'error'),
      listIssues(v.issues),
    ).toEqual([]);
  });

  it('with valid_from 2025-07-01 every outline belongs to its ward after the reorganisation only', () => {
    const v = validateWith(data('2025-07-01'));
    expect(
      v.issues.filter((i) => i.file.startsWith('boundaries/')),
      listIssues(v.issues),
    ).toEqual([]);
    const set = v.data?.boundaries ?? null;
    expect(
      errors(v).filter((i) => !i.file.startsWith('datasets/')),
      listIssues(v.issues),
    ).toEqual([]);
    if (!set) return;
    const reg = v.data!.register;
    for (const code of reused) {
      expect(set.shapeOf(reg.commune(code, '2025-03-01')!.key, '2025-03-01')).toBeUndefined();
      expect(set.shapeOf(reg.commune(code, '2025-12-31')!.key, '2025-12-31')?.code).toBe(code);
    }
  });
});
