/**
 * The pull-request report shows boundary problems like table problems (issue 12.2): the job log, the
 * annotation and the job summary each give the boundary file, the feature number and property, and the
 * issue code, for a feature without `code` and a point where a polygon belongs.
 */
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/lib/data/validate/report.ts';
import { annotation, jobSummary } from '../../scripts/ci-report.ts';
import { validateWith } from './support/data.ts';
import { indexEntry, withBoundaries } from './support/geo.ts';

const square = [
  [
    [107.6, 16.4],
    [107.61, 16.4],
    [107.61, 16.41],
    [107.6, 16.4],
  ],
];
const features = [
  { type: 'Feature', properties: { code: '19969' }, geometry: { type: 'Point', coordinates: [107.6, 16.4] } },
  { type: 'Feature', properties: { name: 'không có mã' }, geometry: { type: 'Polygon', coordinates: square } },
];
const FILE = 'boundaries/t.geojson';

describe('PR report: boundary issues', () => {
  const v = validateWith(
    withBoundaries(
      { 't.geojson': JSON.stringify({ type: 'FeatureCollection', features }) },
      indexEntry('t.geojson', '2025-07-01'),
    ),
  );
  const issues = v.issues.filter((i) => i.file === FILE);
  const missing = issues.find((i) => i.code === 'boundary-code-missing')!;
  const point = issues.find((i) => i.code === 'boundary-not-polygon')!;

  it('are found at their features', () => {
    expect([missing.row, missing.column]).toEqual([2, 'code']);
    expect([point.row, point.column]).toEqual([1, 'geometry']);
  });

  it('the job log names file, feature, property and code', () => {
    const text = formatReport(v.issues, 'data');
    expect(text).toContain(`▸ ${FILE}`);
    expect(text).toContain('[boundary-code-missing] đối tượng số 2, thuộc tính code / feature 2, property code');
    expect(text).toContain('[boundary-not-polygon] đối tượng số 1, thuộc tính geometry / feature 1, property geometry');
  });

  it('the annotation sits on the feature’s number with the code in its title', () => {
    expect(annotation(missing, 'data')).toMatch(
      /^::error file=data\/boundaries\/t\.geojson,line=2,title=boundary-code-missing · code::/,
    );
  });

  it('the job summary has one row per issue with where and code', () => {
    const summary = jobSummary(v.issues, 'data');
    const row = summary.split('\n').find((l) => l.includes('boundary-code-missing'))!;
    expect(row).toContain('đối tượng số 2, thuộc tính code / feature 2, property code');
    expect(row).toContain('`boundaries/t.geojson`');
    expect(summary).toContain('mã · code');
  });
});
