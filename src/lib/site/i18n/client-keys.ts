/**
 * The messages each browser client needs: the page embeds these keys of its language (clientMessages)
 * and the client formats them with the same translate.ts, so no dictionary is shipped to the browser and
 * each client can only ask for a key it declared (the types below).
 */
import type { MessageKey } from './index.ts';

/** The map (tooltips, status line, legend, list, zoom buttons). */
export const MAP_KEYS = [
  'map.zoomIn',
  'map.zoomOut',
  'map.loading',
  'map.loadFailed',
  'map.allDistricts',
  'map.openUnit',
  'map.notAssessed',
  'map.noPlace',
  'map.describe',
  'map.legendCount',
  'map.cardClose',
  'map.cardMany',
  'map.cardZoom',
] as const satisfies readonly MessageKey[];
export type MapKey = (typeof MAP_KEYS)[number];

/** The data checker (result summary, issue table, preview). */
export const CHECKER_KEYS = [
  'checker.yearOption',
  'checker.yearOptionPublished',
  'checker.noFile',
  'checker.checking',
  'checker.ok',
  'checker.bad',
  'checker.okBoundaries',
  'checker.badBoundaries',
  'checker.colFeature',
  'checker.issuesCaption',
  'checker.colSeverity',
  'checker.colRow',
  'checker.colColumn',
  'checker.colMessage',
  'checker.colFix',
  'checker.wholeFile',
  'checker.severityError',
  'checker.severityWarning',
  'checker.severityInfo',
  'checker.previewCaption',
  'checker.rowHeader',
  'checker.cellError',
  'checker.cell',
  'checker.failed',
  'checker.tooLarge',
  'checker.moreIssues',
] as const satisfies readonly MessageKey[];
export type CheckerKey = (typeof CHECKER_KEYS)[number];

/** The filter of result tables ("Showing 3 of 41 rows"). */
export const TABLE_KEYS = ['year.shown'] as const satisfies readonly MessageKey[];
export type TableKey = (typeof TABLE_KEYS)[number];
