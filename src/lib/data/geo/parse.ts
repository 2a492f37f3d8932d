/**
 * Read the text of one boundary file into plain features: a GeoJSON FeatureCollection as it is, a
 * TopoJSON topology decoded by topojson-client (every object, in its order). Nothing is checked here
 * beyond the file's outer shape; problems come back as values, never thrown, so validation can locate them.
 */
import { feature as topoFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

/** One feature as found in the file: its 1-based number in file order, properties and geometry. */
export interface RawFeature {
  number: number;
  properties: Record<string, unknown>;
  geometry: { type?: unknown; coordinates?: unknown } | null;
}

export type ParsedFile =
  | { ok: true; format: 'geojson' | 'topojson'; features: RawFeature[] }
  | { ok: false; problem: 'json' | 'type' | 'topojson'; message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Features of a GeoJSON FeatureCollection; a member that is not a Feature keeps its number with no geometry. */
function geojsonFeatures(doc: Record<string, unknown>): RawFeature[] {
  const list = Array.isArray(doc.features) ? (doc.features as unknown[]) : [];
  return list.map((f, i) => ({
    number: i + 1,
    properties: isObject(f) && isObject(f.properties) ? f.properties : {},
    geometry: isObject(f) && isObject(f.geometry) ? f.geometry : null,
  }));
}

/** Features of every object of a topology, decoded (quantisation and delta encoding undone). */
function topologyFeatures(doc: Record<string, unknown>): RawFeature[] {
  if (!Array.isArray(doc.arcs) || !isObject(doc.objects)) throw new Error('"arcs" or "objects" is missing');
  const topology = doc as unknown as Topology;
  const out: RawFeature[] = [];
  for (const name of Object.keys(topology.objects)) {
    const decoded = topoFeature(topology, name) as unknown as
      | { type: 'FeatureCollection'; features: { properties: unknown; geometry: unknown }[] }
      | { type: 'Feature'; properties: unknown; geometry: unknown };
    const features = decoded.type === 'FeatureCollection' ? decoded.features : [decoded];
    for (const f of features) {
      out.push({
        number: out.length + 1,
        properties: isObject(f.properties) ? f.properties : {},
        geometry: isObject(f.geometry) ? f.geometry : null,
      });
    }
  }
  return out;
}

/** Parse a boundary file's text (a leading BOM is allowed). */
export function parseBoundaryText(text: string): ParsedFile {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problem: 'json', message: error instanceof Error ? error.message : String(error) };
  }
  if (!isObject(doc)) return { ok: false, problem: 'type', message: String(doc === null ? 'null' : typeof doc) };
  if (doc.type === 'FeatureCollection') return { ok: true, format: 'geojson', features: geojsonFeatures(doc) };
  if (doc.type === 'Topology') {
    try {
      return { ok: true, format: 'topojson', features: topologyFeatures(doc) };
    } catch (error) {
      return { ok: false, problem: 'topojson', message: error instanceof Error ? error.message : String(error) };
    }
  }
  return { ok: false, problem: 'type', message: String(doc.type ?? '(no type)') };
}
