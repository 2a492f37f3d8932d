/**
 * Simplify outlines together, with their topology, so the map stays light on phones and neighbours keep
 * one common border: the shapes become one TopoJSON topology (topojson-server, positions snapped to a
 * fine grid so borders digitised twice become shared arcs), every arc is simplified once (Visvalingam
 * through topojson-simplify: a heap, O(n log n)), then the arcs are stitched back into rings and rounded
 * to the map's grid. A position budget picks the weight directly from the weights, not by trial.
 */
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Topology } from 'topojson-specification';
import type { Position, Ring, Shape } from './types.ts';

export interface SimplifyOptions {
  /** Smallest triangle area kept, in square degrees (≈ (tolerance in degrees)² / 2). */
  minArea: number;
  /**
   * Most positions kept in the topology's arcs (a shared border counts once; the rings written out hold
   * up to about twice as many); the area threshold is raised until they fit.
   */
  budget: number;
  /** Decimals kept (4 ≈ 11 m). */
  digits: number;
}

/** Snap grid of the topology: 10⁶ steps over the shapes' extent (≈ 0.1 m for a province). */
const QUANTISATION = 1e6;

type WeightedArc = [number, number, number][];

/** Build the topology of `shapes` (empty shapes stay empty), with a weight on every arc position. */
function weighted(shapes: readonly Shape[]): Topology<{ units: GeometryCollection }> {
  const collection = {
    type: 'FeatureCollection' as const,
    features: shapes.map((s) => ({ type: 'Feature' as const, properties: {}, geometry: s.length > 0 ? { type: 'MultiPolygon' as const, coordinates: s } : null })),
  };
  const built = topology({ units: collection }, QUANTISATION) as unknown as Topology;
  const topo = presimplify(built as Parameters<typeof presimplify>[0]) as unknown as Topology<{ units: GeometryCollection }>;
  protectShortRings(topo);
  return topo;
}

/**
 * A ring made of one closed arc, or of two arcs, would collapse to a line once only arc ends are left:
 * keep its heaviest interior positions (two of a closed arc, one of each of two arcs) whatever the weight.
 */
function protectShortRings(topo: Topology<{ units: GeometryCollection }>): void {
  const arcs = topo.arcs as unknown as WeightedArc[];
  const keep = (index: number, n: number) => {
    const arc = arcs[index < 0 ? ~index : index]!;
    const inner = arc.slice(1, -1).sort((a, b) => b[2] - a[2]);
    for (const p of inner.slice(0, n)) p[2] = Infinity;
  };
  for (const g of topo.objects.units.geometries) {
    if (g.type !== 'MultiPolygon') continue;
    for (const polygon of (g as TopoMultiPolygon).arcs) {
      for (const ring of polygon) if (ring.length <= 2) for (const a of ring) keep(a, ring.length === 1 ? 2 : 1);
    }
  }
}

/** The weight threshold that keeps at most `budget` positions (and at least `minArea`). */
function threshold(topo: Topology, options: SimplifyOptions): number {
  const weights: number[] = [];
  let fixed = 0;
  for (const arc of topo.arcs as unknown as WeightedArc[]) {
    for (const p of arc) {
      if (Number.isFinite(p[2])) weights.push(p[2]);
      else fixed++;
    }
  }
  const kept = weights.filter((w) => w >= options.minArea).length;
  if (kept + fixed <= options.budget) return options.minArea;
  weights.sort((a, b) => b - a);
  const room = Math.max(0, options.budget - fixed);
  return room === 0 ? Infinity : (weights[room - 1] ?? options.minArea);
}

/** Round a ring to the grid, drop repeated positions; null when it no longer encloses an area. */
function roundRing(ring: Position[], f: number): Ring | null {
  const out: Ring = [];
  for (const [x, y] of ring) {
    const q: Position = [Math.round(x * f) / f, Math.round(y * f) / f];
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== q[0] || prev[1] !== q[1]) out.push(q);
  }
  return out.length >= 4 ? out : null;
}

/** Round a decoded MultiPolygon; polygons whose outer ring collapsed are dropped. */
function roundShape(coordinates: Position[][][], digits: number): Shape {
  const f = 10 ** digits;
  const out: Shape = [];
  for (const [outer, ...holes] of coordinates) {
    const o = outer ? roundRing(outer, f) : null;
    if (o) out.push([o, ...holes.map((h) => roundRing(h, f)).filter((h): h is Ring => h !== null)]);
  }
  return out;
}

const asShape = (g: { type: string; coordinates: unknown } | null): Position[][][] =>
  !g ? [] : g.type === 'Polygon' ? [g.coordinates as Position[][]] : (g.coordinates as Position[][][]);

/**
 * Simplify `shapes` together (order kept; a shape that vanishes becomes []). `positions` counts the
 * positions written out, `arcPositions` those of the simplified topology (what the budget bounds).
 */
export function simplifyTogether(
  shapes: readonly Shape[],
  options: SimplifyOptions,
): { shapes: Shape[]; positions: number; arcPositions: number } {
  if (shapes.every((s) => s.length === 0)) return { shapes: shapes.map(() => []), positions: 0, arcPositions: 0 };
  const topo = weighted(shapes);
  const simple = simplify(topo, threshold(topo, options)) as unknown as Topology<{ units: GeometryCollection }>;
  const decoded = feature(simple, simple.objects.units) as unknown as { features: { geometry: { type: string; coordinates: unknown } | null }[] };
  const out = decoded.features.map((f) => roundShape(asShape(f.geometry), options.digits));
  const positions = out.reduce((n, s) => n + s.reduce((m, p) => m + p.reduce((k, r) => k + r.length, 0), 0), 0);
  const arcPositions = simple.arcs.reduce((n, arc) => n + arc.length, 0);
  return { shapes: out, positions, arcPositions };
}

/** The outer outline of all `shapes` dissolved into one (a faint context for maps without outlines). */
export function dissolve(shapes: readonly Shape[], options: SimplifyOptions): Shape {
  const present = shapes.filter((s) => s.length > 0);
  if (present.length === 0) return [];
  const topo = weighted(present);
  const simple = simplify(topo, threshold(topo, options)) as unknown as Topology<{ units: GeometryCollection }>;
  const merged = merge(simple, simple.objects.units.geometries as TopoMultiPolygon[]);
  // Keep outer rings only: the context is an outline, holes of dissolved units are slivers.
  return roundShape(merged.coordinates.map((p) => [p[0]!]) as Position[][][], options.digits);
}
