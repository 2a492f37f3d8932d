/**
 * Provenance per result row (issue 12.8): on an illustrative site a row with a source is a published
 * result and never illustrative, a row without stays illustrative; the downloads' note says which, and a
 * site of real data carries no illustrative note at all.
 */
import { describe, expect, it } from 'vitest';
import { modelWith } from './support/data.ts';
import { illustrativeNote, isIllustrative, provenanceOf, sourcedCount } from '../../src/lib/data/model/provenance.ts';
import { readme } from '../../src/lib/data/export/readme.ts';

describe('provenance', () => {
  const m = modelWith();
  const sourced = m.results.filter((r) => r.source !== '');

  it('a row with a source is not illustrative; one without is, on an illustrative site only', () => {
    expect(sourced.length).toBeGreaterThan(0);
    for (const r of sourced) expect(isIllustrative(true, r)).toBe(false);
    const plain = m.results.find((r) => r.source === '')!;
    expect(isIllustrative(true, plain)).toBe(true);
    expect(isIllustrative(false, plain)).toBe(false);
  });

  it('a year with both says which rows are which', () => {
    const year = sourced[0]!;
    const rows = m.resultsOf(year.dataset, year.year);
    const p = provenanceOf(true, rows);
    expect(p.sourced.map((r) => r.code)).toEqual(
      sourced.filter((r) => r.year === year.year && r.dataset === year.dataset).map((r) => r.code),
    );
    expect(p.illustrative).toBe(rows.length - p.sourced.length);
    expect(provenanceOf(false, rows).illustrative).toBe(0);
  });

  it('the downloads’ README says all rows are illustrative except the sourced ones', () => {
    const text = readme(m, []);
    const note = illustrativeNote(true, sourcedCount(m.results))!;
    expect(note.vi).toContain(`trừ ${sourced.length} dòng có cột source`);
    expect(text).toContain(note.vi);
    expect(text).toContain(note.en);
    expect(illustrativeNote(true, 0)!.vi).not.toContain('trừ');
    expect(illustrativeNote(false, 3)).toBeNull();
  });
});
