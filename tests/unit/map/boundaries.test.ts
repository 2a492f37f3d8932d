/**
 * Boundaries with a period (issue 12.1–12.2, 14.3): every problem of a boundary file is reported by
 * validateData at its file, feature and property; an outline belongs to one unit-period, so a reused code
 * draws each period's own shape and an outline without a period under a reused code is drawn for none.
 * Real outlines: Huế's wards after 2025-07-01 (tests/fixtures/geo, MIT); the demo register.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bboxOf } from '../../../src/lib/data/geo/geometry.ts';
import { referenceDate } from '../../../src/lib/data/model/periods.ts';
import { mapUnits } from '../../../src/lib/site/map-data.ts';
import { GEO_SCALE } from '../../../src/lib/site/map-types.ts';
import type { Shape } from '../../../src/lib/data/geo/types.ts';
import { errors, expectIssue, listIssues, modelWith, validateWith } from '../support/data.ts';
import { indexEntry as entry, withBoundaries } from '../support/geo.ts';

const WARDS = JSON.parse(
  readFileSync(new URL('../../fixtures/geo/hue-2025-wards.geojson', import.meta.url), 'utf8'),
) as {
  features: { properties: Record<string, unknown>; geometry: { type: string; coordinates: Shape } | null }[];
};
const ward = (code: string) => structuredClone(WARDS.features.find((f) => f.properties.code === code)!);
const collection = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const square = (lon: number, lat: number, d = 0.01): Shape => [
  [
    [
      [lon - d, lat - d],
      [lon + d, lat - d],
      [lon + d, lat + d],
      [lon - d, lat + d],
      [lon - d, lat - d],
    ],
  ],
];
const polygon = (code: string, shape: Shape, extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  properties: { code, ...extra },
  geometry: { type: 'MultiPolygon', coordinates: shape },
});

const F = 'boundaries/t.geojson';
const validate = (features: unknown[], from: string | null = '2025-07-01', to: string | null = null) =>
  validateWith(withBoundaries({ 't.geojson': collection(features) }, entry('t.geojson', from, to)));

describe('the demo boundaries', () => {
  it('validate clean and bind each of the 13 outlines to its unit of 2025-07-01', () => {
    const model = modelWith();
    const shapes = model.boundaries.shapes;
    const units = model.register.communesOn('2025-07-01');
    expect(
      shapes
        .map((s) => s.unitKeys)
        .flat()
        .sort(),
    ).toEqual(units.map((u) => u.key).sort());
    expect(model.boundaries.sources.map((s) => s.licence.id)).toEqual(['MIT']);
  });
});

describe('boundary files are validated by validateData, each problem at its feature', () => {
  it.each([['wards.shp'], ['wards.zip'], ['ranh-gioi.kml'], ['ranh-gioi.gpkg']])(
    '%s: an error saying how to convert it',
    (name) => {
      const v = validateWith(withBoundaries({ [name]: 'binary' }, null));
      const issue = expectIssue(v, {
        file: `boundaries/${name}`,
        row: null,
        column: null,
        code: 'boundary-format',
        severity: 'error',
      });
      expect(issue.message_vi).toContain('GeoJSON');
      expect(issue.message_en).toContain('EPSG:4326');
    },
  );

  it('truncated JSON, a JSON that is no collection, and bad TopoJSON are located errors, not crashes', () => {
    const text = collection([ward('19969')]);
    const v = validateWith(
      withBoundaries(
        {
          'a.geojson': text.slice(0, text.length / 2),
          'b.json': '{"type":"Feature"}',
          'c.topojson': '{"type":"Topology","arcs":[],"objects":{"x":{"type":"Polygon","arcs":[[7]]}}}',
        },
        entry('a.geojson') + entry('b.json') + entry('c.topojson'),
      ),
    );
    expectIssue(v, { file: 'boundaries/a.geojson', row: null, column: null, code: 'boundary-json', severity: 'error' });
    expectIssue(v, { file: 'boundaries/b.json', row: null, column: null, code: 'boundary-type', severity: 'error' });
    expectIssue(v, {
      file: 'boundaries/c.topojson',
      row: null,
      column: null,
      code: 'boundary-topojson',
      severity: 'error',
    });
  });

  it('a feature without code, a null geometry, a point, an open ring, projected coordinates', () => {
    const open = ward('19975');
    open.geometry!.coordinates[0]![0]!.pop();
    const v = validate([
      ward('19969'),
      { type: 'Feature', properties: { name: 'no code' }, geometry: ward('19960').geometry },
      { type: 'Feature', properties: { code: '20107' }, geometry: null },
      { type: 'Feature', properties: { code: '20122' }, geometry: { type: 'Point', coordinates: [107.8, 16.3] } },
      open,
      polygon('20131', square(770_000, 1_800_000, 500)),
    ]);
    expectIssue(v, { file: F, row: 2, column: 'code', code: 'boundary-code-missing', severity: 'error' });
    expect(
      expectIssue(v, { file: F, row: 3, column: 'geometry', code: 'boundary-not-polygon', severity: 'error' })
        .message_en,
    ).toContain('null');
    expect(
      expectIssue(v, { file: F, row: 4, column: 'geometry', code: 'boundary-not-polygon', severity: 'error' })
        .message_en,
    ).toContain('Point');
    expectIssue(v, { file: F, row: 5, column: 'geometry', code: 'boundary-ring-open', severity: 'error' });
    expectIssue(v, { file: F, row: 6, column: 'geometry', code: 'boundary-projected', severity: 'error' });
    expect(errors(v, F)).toHaveLength(5);
  });

  it('a code unknown to the register, or valid at no time of the shape', () => {
    const v = validate(
      [
        ward('19969'),
        polygon('99999', square(107.7, 16.3)),
        { ...ward('19777'), properties: { code: '19777', valid_to: '2020-12-31' } },
      ],
      null,
    );
    expectIssue(v, { file: F, row: 2, column: 'code', code: 'boundary-code-unknown', severity: 'error' });
    const issue = expectIssue(v, {
      file: F,
      row: 3,
      column: 'valid_from',
      code: 'boundary-code-not-valid',
      severity: 'error',
    });
    expect(issue.message_vi).toContain('Phường Vỹ Dạ (2025-07-01');
  });

  it('self-intersections and overlaps between units of one period are warnings; two shapes for one unit-period an error', () => {
    const bowtie: Shape = [
      [
        [
          [107.6, 16.4],
          [107.62, 16.42],
          [107.62, 16.4],
          [107.6, 16.42],
          [107.6, 16.4],
        ],
      ],
    ];
    const a = ward('19969');
    const b = ward('19975');
    const shifted = polygon(
      '19975',
      a.geometry!.coordinates.map((p) => p.map((r) => r.map(([x, y]) => [x + 0.005, y] as [number, number]))),
    );
    const v = validate([a, polygon('19960', bowtie), shifted, b]);
    expect(
      expectIssue(v, { file: F, row: 2, column: 'geometry', code: 'boundary-self-intersection', severity: 'warning' })
        .message_en,
    ).toContain('16.41');
    const overlap = expectIssue(v, {
      file: F,
      row: 3,
      column: 'geometry',
      code: 'boundary-overlap',
      severity: 'warning',
    });
    expect(overlap.message_vi).toContain('19969');
    expectIssue(v, { file: F, row: 4, column: 'code', code: 'boundary-duplicate', severity: 'error' });
    // The clean real wards of one period neither cross themselves nor overlap.
    const clean = validate(
      WARDS.features.filter((f) => ['19969', '19975', '19960', '19777'].includes(String(f.properties.code))),
    );
    expect(
      clean.issues.filter((i) => i.file === F),
      listIssues(clean.issues),
    ).toEqual([]);
  });

  it('an outline file needs an index entry with its source and licence, and the index names only real files', () => {
    const none = validateWith(withBoundaries({ 't.geojson': collection([ward('19969')]) }, null));
    expectIssue(none, {
      file: 'boundaries/boundaries.yaml',
      row: null,
      column: null,
      code: 'boundary-index-missing',
      severity: 'error',
    });
    const other = validateWith(withBoundaries({ 't.geojson': collection([ward('19969')]) }, entry('u.geojson')));
    expectIssue(other, { file: F, row: null, column: null, code: 'boundary-source-missing', severity: 'error' });
    expectIssue(other, {
      file: 'boundaries/boundaries.yaml',
      row: null,
      column: 'files.u.geojson',
      code: 'boundary-index-unknown-file',
      severity: 'error',
    });
  });
});

describe('a reused code draws the shape of each period', () => {
  // 19969 was Phường Thủy Dương until 2025-06-30, then Phường Thanh Thủy (Thủy Dương merged with two others).
  const old = square(107.621, 16.43, 0.008);
  const features = [ward('19969'), polygon('19969', old, { valid_from: null, valid_to: '2025-06-30' })];
  const model = modelWith(withBoundaries({ 't.geojson': collection(features) }, entry('t.geojson', '2025-07-01')));
  const decodeBox = (g: number[][][]) => {
    let x = 0;
    let y = 0;
    const pts: [number, number][] = [];
    for (let i = 0; i < g[0]![0]!.length; i += 2) {
      x += g[0]![0]![i]!;
      y += g[0]![0]![i + 1]!;
      pts.push([x / GEO_SCALE, y / GEO_SCALE]);
    }
    return bboxOf([[pts]]);
  };

  it.each([2018, 2024])('in %i the old unit gets the old shape', (year) => {
    const units = mapUnits(model, year);
    const i = units.u.findIndex((u) => u[0] === '19969');
    expect(units.u[i]![1]).toBe(model.register.commune('19969', referenceDate(year))!.name);
    decodeBox(units.g![i]!).forEach((v, k) => expect(v).toBeCloseTo(bboxOf(old)[k]!, 3));
    // Units with no outline for their period are points (no shape), never another period's outline.
    const other = units.u.findIndex((u) => u[0] === '19975');
    expect(units.g![other]).toBeNull();
  });

  it('from 2025-07-01 the new unit gets the new shape', () => {
    const units = mapUnits(model, 2025);
    const i = units.u.findIndex((u) => u[0] === '19969');
    expect(units.u[i]![1]).toBe('Phường Thanh Thủy');
    const box = bboxOf(ward('19969').geometry!.coordinates);
    decodeBox(units.g![i]!).forEach((v, k) => expect(v).toBeCloseTo(box[k]!, 2));
  });

  it('an outline without a period under a code borne by different units is reported and drawn for none', () => {
    const v = validate([ward('19969'), ward('19975')], null);
    const issue = expectIssue(v, {
      file: F,
      row: 1,
      column: 'valid_from',
      code: 'boundary-ambiguous',
      severity: 'warning',
    });
    expect(issue.message_vi).toContain('Phường Thủy Dương');
    expect(issue.message_vi).toContain('Phường Thanh Thủy');
    expect(errors(v)).toEqual([]);
    expect(v.data!.boundaries.shapes).toHaveLength(0);
  });

  it('a unit that continues 1:1 (moved district, became a ward) keeps one outline across its rows', () => {
    // 19963: Xã Thủy Vân → Phường Thủy Vân (2021) → in Thuận Hóa (2025-01-01), then merged into Vỹ Dạ.
    const v = validate([polygon('19963', square(107.619, 16.482, 0.006), { valid_to: '2025-06-30' })], null);
    expect(errors(v), listIssues(v.issues)).toEqual([]);
    const rows = v.data!.register.communesWithCode('19963');
    expect(v.data!.boundaries.shapes[0]!.unitKeys).toEqual(rows.map((u) => u.key));
  });
});
