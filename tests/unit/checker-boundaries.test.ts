/**
 * The in-browser checker checks boundary files too (issue 12.2): from the reference data the checker page
 * embeds (JSON round trip, as in the page), a dropped outline file is reported exactly as validateData
 * reports it in the data folder, at the same feature and property; a file the index does not name is
 * reported and its features still checked; a KML says what to convert it to. Real outlines: Huế's wards
 * after 2025-07-01 (tests/fixtures/geo, MIT) and the demo register.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkFile, checkerContext, registerOf, type CheckerContext } from '../../src/lib/data/validate/check-file.ts';
import { isBoundaryFile } from '../../src/lib/data/validate/check-boundary.ts';
import type { DataIssue } from '../../src/lib/data/types.ts';
import { modelWith, validateWith } from './support/data.ts';

const WARDS = JSON.parse(readFileSync(new URL('../fixtures/geo/hue-2025-wards.geojson', import.meta.url), 'utf8')) as {
  features: { properties: Record<string, unknown>; geometry: { type: string; coordinates: number[][][][] } | null }[];
};
const ward = (code: string) => structuredClone(WARDS.features.find((f) => f.properties.code === code)!);
const collection = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const bytes = (text: string) => new TextEncoder().encode(text);
const ctx = JSON.parse(JSON.stringify(checkerContext(modelWith()))) as CheckerContext;
const check = (name: string, text: string) =>
  checkFile(ctx, { dataset: ctx.datasets[0]!.id, year: 2025, name, bytes: bytes(text) }, registerOf(ctx));
const located = (issues: readonly DataIssue[]) =>
  issues.map((i) => `${i.file} #${i.row} ${i.column} ${i.code} ${i.severity}: ${i.message_vi}`).sort();

/** The demo's outline file, as the index names it. */
const OUTLINE = ctx.boundaries[0]!.file;

describe('checker: boundary files', () => {
  it('the site’s own outline file passes, every feature drawn', () => {
    const text = readFileSync(new URL(`../../data/${OUTLINE}`, import.meta.url), 'utf8');
    const r = check(OUTLINE.split('/').pop()!, text);
    expect(r.kind).toBe('boundaries');
    expect(r.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(r.published).toBe(modelWith().boundaries.shapes.length);
  });

  it('each problem is reported as validateData reports it, at the same feature', () => {
    const open = ward('19975');
    open.geometry!.coordinates[0]![0]!.pop();
    const bowtie = [
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
    const text = collection([
      ward('19969'),
      { type: 'Feature', properties: { name: 'no code' }, geometry: ward('19960').geometry },
      { type: 'Feature', properties: { code: '20122' }, geometry: { type: 'Point', coordinates: [107.8, 16.3] } },
      open,
      { type: 'Feature', properties: { code: '99999' }, geometry: ward('19777').geometry },
      { type: 'Feature', properties: { code: '19960' }, geometry: { type: 'MultiPolygon', coordinates: bowtie } },
      ward('19969'),
      { ...ward('19777'), properties: { code: '19777', valid_to: '2020-12-31' } },
    ]);
    const r = check(OUTLINE.split('/').pop()!, text);
    const v = validateWith({ [`${OUTLINE}`]: text });
    const expected = v.issues.filter((i) => i.file === OUTLINE);
    expect(located(r.issues)).toEqual(located(expected));
    const codes = r.issues.map((i) => `${i.row} ${i.code}`);
    for (const want of [
      '2 boundary-code-missing',
      '3 boundary-not-polygon',
      '4 boundary-ring-open',
      '5 boundary-code-unknown',
      '6 boundary-self-intersection',
      '7 boundary-duplicate',
      '8 boundary-code-not-valid',
    ])
      expect(codes).toContain(want);
    expect(r.issues.every((i) => i.problem.vi && i.problem.en)).toBe(true);
  });

  it('truncated JSON is a located error, not a crash', () => {
    const text = collection([ward('19969')]);
    const r = check('moi.geojson', text.slice(0, text.length / 2));
    expect(r.issues.map((i) => i.code)).toContain('boundary-json');
  });

  it('a file the index does not name is reported, and its features are still checked with their own periods', () => {
    const r = check('moi.geojson', collection([ward('19969')]));
    expect(r.path).toBe('boundaries/moi.geojson');
    const codes = r.issues.map((i) => `${i.row} ${i.code} ${i.severity}`);
    expect(codes).toContain('null boundary-source-missing error');
    // No period: the code 19969 was borne by different units over time, so the shape is ambiguous.
    expect(codes).toContain('1 boundary-ambiguous warning');
  });

  it('a KML or a zipped shapefile is an error saying what to convert it to', () => {
    for (const name of ['ranh-gioi.kml', 'wards.zip']) {
      expect(isBoundaryFile(name, bytes('x'))).toBe(true);
      const r = check(name, 'x');
      expect(r.issues.map((i) => i.code)).toEqual(['boundary-format']);
      expect(r.issues[0]!.message_vi).toContain('GeoJSON');
    }
  });

  it('spreadsheets stay year files; JSON content under another name is taken as outlines', () => {
    expect(isBoundaryFile('2025.csv', bytes('{"a":1}'))).toBe(false);
    expect(isBoundaryFile('2025.xlsx', bytes('PK'))).toBe(false);
    expect(isBoundaryFile('ranh-gioi', bytes('\uFEFF  {"type":"FeatureCollection"}'))).toBe(true);
    expect(check('2025.csv', 'commune_code\n').kind).toBe('table');
  });
});
