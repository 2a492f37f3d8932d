/**
 * The names in `boundaries/`: outline files (GeoJSON, TopoJSON), the index, and GIS formats staff export
 * by habit, which must be converted first (an error that says how). Kept apart from the index schema so
 * the in-browser checker can sort a dropped file's name without loading the YAML and schema code.
 */
import type { IssueList } from './issues.ts';

export const BOUNDARY_DIR = 'boundaries';
export const BOUNDARY_INDEX = `${BOUNDARY_DIR}/boundaries.yaml`;

/** Outline files: GeoJSON or TopoJSON. */
export const OUTLINE = /\.(geojson|topojson|json)$/i;
/** GIS formats staff export by habit, with the tool step that turns each into GeoJSON. */
export const CONVERTIBLE = /\.(shp|shx|dbf|prj|cpg|qix|sbn|sbx|zip|kml|kmz|gpkg|gml|gpx|tab|mif|mid|dxf|sqlite|fgb|csv|wkt)$/i;

/**
 * True when `name` (inside boundaries/) is an outline file to read; any other name but the index is
 * reported: a GIS format with the conversion step (error), anything else as ignored (warning).
 */
export function isOutlineName(name: string, issues: IssueList): boolean {
  const file = `${BOUNDARY_DIR}/${name}`;
  if (OUTLINE.test(name)) return true;
  if (file === BOUNDARY_INDEX) return false;
  if (CONVERTIBLE.test(name)) issues.add('boundary-format', { file }, { name, ext: name.split('.').pop()!.toLowerCase() });
  else issues.add('boundary-file-ignored', { file }, { name });
  return false;
}
