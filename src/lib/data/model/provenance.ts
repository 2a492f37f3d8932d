/**
 * Provenance per result row, one rule for pages, downloads and feeds: on a site whose data is marked
 * illustrative (`illustrative: true` in site.yaml), a row is illustrative unless it carries a `source`
 * (the web address or document that published it); a row with a source is a published result and is
 * never labelled illustrative. On a site of real data no row is illustrative.
 */
import type { AssessmentRow, Localised } from '../types.ts';

type Row = Pick<AssessmentRow, 'source'>;

/** True when the row names where its result was published. */
export const isSourced = (row: Row): boolean => row.source.trim() !== '';

/** True when the row is illustrative: the site's data is illustrative and the row has no source. */
export const isIllustrative = (siteIllustrative: boolean, row: Row): boolean => siteIllustrative && !isSourced(row);

/** Rows split by provenance: the published (sourced) ones and the number of illustrative ones. */
export function provenanceOf<R extends Row>(siteIllustrative: boolean, rows: readonly R[]): { sourced: R[]; illustrative: number } {
  const sourced = rows.filter(isSourced);
  return { sourced, illustrative: siteIllustrative ? rows.length - sourced.length : 0 };
}

/**
 * The downloads' note on illustrative data (README, workbook "about" sheet), or null on a site of real
 * data: every score illustrative, or all but the `sourced` rows, which say where they were published.
 */
export function illustrativeNote(siteIllustrative: boolean, sourced: number): Localised | null {
  if (!siteIllustrative) return null;
  const vi = 'Điểm số và kết quả trong các tệp này là dữ liệu minh họa, không phải kết quả chính thức';
  const en = 'The scores and results in these files are illustrative, not official results';
  if (sourced === 0) return { vi: `${vi}.`, en: `${en}.` };
  return {
    vi: `${vi}, trừ ${sourced} dòng có cột source: đó là kết quả đã công bố, cột source ghi nơi công bố.`,
    en: `${en}, except ${sourced} ${sourced === 1 ? 'row' : 'rows'} with a source column: those are published results, and the source says where.`,
  };
}

const sourcedCounts = new WeakMap<readonly Row[], number>();

/** How many of `rows` carry a source (memoised per array: every page's banner asks). */
export function sourcedCount(rows: readonly Row[]): number {
  let n = sourcedCounts.get(rows);
  if (n === undefined) sourcedCounts.set(rows, (n = rows.filter(isSourced).length));
  return n;
}
