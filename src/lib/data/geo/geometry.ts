/**
 * Turn a feature's geometry into a Shape, with every structural problem found: not a polygon, malformed
 * or projected coordinates, rings that are not closed or too short. Plus the planar helpers the other
 * checks share (bounding boxes, ring areas).
 */
import type { BBox, Polygon, Position, Ring, Shape } from './types.ts';

export type GeometryProblem =
  | { kind: 'not-polygon'; type: string }
  | { kind: 'coordinates' }
  | { kind: 'projected'; position: Position }
  | { kind: 'ring-open'; polygon: number; ring: number }
  | { kind: 'ring-short'; polygon: number; ring: number };

const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);

/** Read one ring; records problems against its polygon and ring number (1-based). */
function readRing(raw: unknown, polygon: number, ring: number, problems: GeometryProblem[]): Ring | null {
  if (!Array.isArray(raw) || !raw.every(isPosition)) {
    problems.push({ kind: 'coordinates' });
    return null;
  }
  const out: Ring = raw.map((p) => [p[0], p[1]]);
  const off = out.find(([x, y]) => Math.abs(x) > 180 || Math.abs(y) > 90);
  if (off) problems.push({ kind: 'projected', position: off });
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length < 4) problems.push({ kind: 'ring-short', polygon, ring });
  else if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) problems.push({ kind: 'ring-open', polygon, ring });
  return out;
}

/** The Shape of a GeoJSON geometry, or null with the reasons when it cannot be used as an outline. */
export function readShape(geometry: { type?: unknown; coordinates?: unknown } | null): {
  shape: Shape | null;
  problems: GeometryProblem[];
} {
  const problems: GeometryProblem[] = [];
  const type = geometry?.type;
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    return { shape: null, problems: [{ kind: 'not-polygon', type: geometry === null ? 'null' : String(type) }] };
  }
  const raw = geometry!.coordinates;
  const polygons = type === 'Polygon' ? [raw] : raw;
  if (!Array.isArray(polygons) || polygons.length === 0 || !polygons.every((p) => Array.isArray(p) && p.length > 0)) {
    return { shape: null, problems: [{ kind: 'coordinates' }] };
  }
  const shape: Shape = [];
  (polygons as unknown[][]).forEach((rings, i) => {
    const polygon: Polygon = [];
    rings.forEach((r, j) => {
      const ring = readRing(r, i + 1, j + 1, problems);
      if (ring) polygon.push(ring);
    });
    shape.push(polygon);
  });
  // One problem of each kind is enough to locate the fault; a broken ring repeats in every ring.
  const seen = new Set<string>();
  const unique = problems.filter((p) => (seen.has(p.kind) ? false : (seen.add(p.kind), true)));
  return { shape: unique.length === 0 ? shape : null, problems: unique };
}

/** The bounding box of a shape. */
export function bboxOf(shape: Shape): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of shape) {
    for (const [x, y] of polygon[0] ?? []) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  }
  return box;
}

/** True when two boxes share more than an edge. */
export const boxesMeet = (a: BBox, b: BBox): boolean => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Signed planar area of a ring in square degrees (positive counter-clockwise). */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1]![0] * ring[i]![1] - ring[i]![0] * ring[i - 1]![1];
  return sum / 2;
}

/** Planar area of a shape in square degrees: outer rings minus holes. */
export function shapeArea(shape: Shape): number {
  let area = 0;
  for (const [outer, ...holes] of shape) {
    area += Math.abs(ringArea(outer ?? []));
    for (const h of holes) area -= Math.abs(ringArea(h));
  }
  return area;
}

/** Square degrees to hectares near latitude `lat` (for messages; planar approximation). */
export const hectares = (squareDegrees: number, lat: number): number =>
  (squareDegrees * 111_320 * 111_320 * Math.cos((lat * Math.PI) / 180)) / 10_000;
