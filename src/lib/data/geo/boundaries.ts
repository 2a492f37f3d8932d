/**
 * Read commune boundaries: GeoJSON FeatureCollections or TopoJSON topologies whose features carry the
 * commune code in the property `code`. Pure (text in, shapes out) so tests and the build share it;
 * problems are collected as text, never thrown, because boundaries are optional decoration.
 */
import type { Boundaries, Shape } from './types.ts';
import { topologyShapes, type Topology } from './topojson.ts';

interface Feature {
  type: 'Feature';
  properties?: Record<string, unknown> | null;
  geometry?: { type: string; coordinates: unknown } | null;
}

function geojsonShape(geometry: Feature['geometry']): Shape | null {
  if (!geometry) return null;
  if (geometry.type === 'Polygon') return [geometry.coordinates as Shape[number]];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as Shape;
  return null;
}

/** Add the shapes of one file (its text and name) to `into`. Later files win for a repeated code. */
export function parseBoundaryFile(text: string, name: string, into: Boundaries): void {
  let doc: { type?: string; features?: Feature[] };
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, '')) as typeof doc;
  } catch {
    into.problems.push(`${name}: không đọc được JSON / not valid JSON`);
    return;
  }
  let found: { code: string; shape: Shape }[] = [];
  if (doc.type === 'Topology') found = topologyShapes(doc as unknown as Topology);
  else if (doc.type === 'FeatureCollection') {
    let missing = 0;
    for (const f of doc.features ?? []) {
      const code = f.properties?.['code'];
      const shape = geojsonShape(f.geometry);
      if (code === undefined || code === null || code === '' || !shape) missing++;
      else found.push({ code: String(code), shape });
    }
    if (missing > 0) into.problems.push(`${name}: ${missing} đối tượng thiếu "code" hoặc không phải vùng / features without "code" or not polygons`);
  } else {
    into.problems.push(`${name}: cần FeatureCollection hoặc Topology / expected a FeatureCollection or Topology`);
    return;
  }
  for (const { code, shape } of found) into.shapes.set(code, shape);
}

/** An empty result, to fill with parseBoundaryFile. */
export const emptyBoundaries = (): Boundaries => ({ shapes: new Map(), problems: [] });
