/**
 * Decode TopoJSON (the compact topology format mapshaper and QGIS export) into plain polygons, so data
 * staff may commit either GeoJSON or TopoJSON boundaries. Only what boundaries need: Polygon and
 * MultiPolygon geometries, quantised or not.
 */
import type { Polygon, Ring, Shape } from './types.ts';

interface TopoGeometry {
  type: string;
  arcs?: unknown;
  properties?: Record<string, unknown>;
}
export interface Topology {
  type: 'Topology';
  transform?: { scale: [number, number]; translate: [number, number] };
  arcs: [number, number][][];
  objects: Record<string, { type: string; geometries?: TopoGeometry[] } & TopoGeometry>;
}

/** Absolute positions of every arc (undoing delta encoding and quantisation). */
function decodeArcs(topo: Topology): Ring[] {
  const t = topo.transform;
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([a, b]) => {
      if (!t) return [a, b] as [number, number];
      x += a;
      y += b;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] as [number, number];
    });
  });
}

/** Join arc references (negative = reversed, ~i) into one ring. */
function ring(refs: number[], arcs: Ring[]): Ring {
  const out: Ring = [];
  for (const ref of refs) {
    const arc = ref >= 0 ? arcs[ref] : [...(arcs[~ref] ?? [])].reverse();
    if (!arc) continue;
    arc.forEach((p, i) => {
      if (i > 0 || out.length === 0) out.push(p);
    });
  }
  return out;
}

/** Every geometry with a `code` property as a shape; features without a code are counted as problems. */
export function topologyShapes(topo: Topology): { code: string; shape: Shape }[] {
  const arcs = decodeArcs(topo);
  const out: { code: string; shape: Shape }[] = [];
  for (const object of Object.values(topo.objects)) {
    const geometries = object.type === 'GeometryCollection' ? (object.geometries ?? []) : [object];
    for (const g of geometries) {
      const code = g.properties?.['code'];
      let shape: Shape | null = null;
      if (g.type === 'Polygon') shape = [(g.arcs as number[][]).map((r) => ring(r, arcs))];
      if (g.type === 'MultiPolygon') shape = (g.arcs as number[][][]).map((p): Polygon => p.map((r) => ring(r, arcs)));
      if (shape && code !== undefined && code !== null) out.push({ code: String(code), shape });
    }
  }
  return out;
}
