/**
 * Check one boundary file on its own, as the in-browser checker does: the dropped file is read as
 * `boundaries/<name>` with its entry of the site's index (source, licence and period, parsed at build
 * time) by the very readOutlines the build runs, against the register's communes. So a
 * truncated file, a feature without `code`, an unknown code or one not valid in the shape's period, a
 * point instead of a polygon, an open ring, a self-intersection, a KML or zipped shapefile are reported
 * at the feature, as `npm run validate` reports them. What needs the site's other outline files (overlaps
 * with their units, a second shape in another file) is checked by `npm run validate` and the build.
 */
import type { BoundarySource } from '../geo/types.ts';
import type { Register } from '../model/register.ts';
import { memorySource } from '../read/source.ts';
import { IssueList, sortIssues } from './issues.ts';
import { readOutlines } from './boundaries.ts';
import { BOUNDARY_DIR, CONVERTIBLE, OUTLINE, isOutlineName } from './boundary-names.ts';

/** A spreadsheet or CSV name: checked as a year file, never as outlines. */
const TABLE = /\.(xlsx|xls|csv|txt|tsv)$/i;

/**
 * True when a dropped file is meant as outlines: a GeoJSON/TopoJSON name, a GIS format that must be
 * converted first, or JSON content under another name.
 */
export function isBoundaryFile(name: string, bytes: Uint8Array): boolean {
  if (OUTLINE.test(name) || (CONVERTIBLE.test(name) && !TABLE.test(name))) return true;
  if (TABLE.test(name)) return false;
  const first = bytes.slice(0, 64).findIndex((b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0xef && b !== 0xbb && b !== 0xbf);
  return first >= 0 && bytes[first] === 0x7b; // "{"
}

/** The outcome of a boundary file check: its path, the issues and how many features would be drawn. */
export interface BoundaryCheck {
  path: string;
  issues: ReturnType<typeof sortIssues>;
  features: number;
}

/**
 * Check a boundary file as `boundaries/<name>` against the register and the site's index entry of that
 * name (`sources`); a name the index lacks is reported (source and licence are needed to publish) and its
 * features are still checked, with the periods they give themselves.
 */
export function checkBoundaryFile(sources: readonly BoundarySource[], name: string, bytes: Uint8Array, register: Register): BoundaryCheck {
  const base = name.split(/[\\/]/).pop() || 'ranh-gioi.geojson';
  const path = `${BOUNDARY_DIR}/${base}`;
  const issues = new IssueList();
  const known = sources.find((s) => s.file === path);
  if (!isOutlineName(base, issues)) return { path, issues: sortIssues(issues.items), features: 0 };
  if (!known) issues.add('boundary-source-missing', { file: path }, { name: base });
  const licence = { id: '—', name: '—', url: '' };
  const entry = known ?? { file: path, title: { vi: '—', en: '—' }, url: '', licence, from: null, to: null };
  const set = readOutlines([{ file: path, from: entry.from, to: entry.to, source: entry }], memorySource({ [path]: bytes }), register, issues);
  return { path, issues: sortIssues(issues.items), features: set.shapes.length };
}
