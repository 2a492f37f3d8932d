/**
 * Self-intersections of an outline: any two edges of its rings that properly cross (touching at a shared
 * position is allowed). Edges are indexed in a packed R-tree (flatbush), so a ring of a million positions
 * costs O(n log n), never O(n²); the count stops at a bound since one located crossing is enough to fix.
 */
import Flatbush from 'flatbush';
import type { Position, Shape } from './types.ts';

const orient = (a: Position, b: Position, c: Position): number =>
  Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));

/** True when segments a–b and c–d cross at a point inside both. */
export function properlyCross(a: Position, b: Position, c: Position, d: Position): boolean {
  return orient(a, b, c) * orient(a, b, d) < 0 && orient(c, d, a) * orient(c, d, b) < 0;
}

/** The crossing point of two segments known to cross. */
function crossing(a: Position, b: Position, c: Position, d: Position): Position {
  const den = (a[0] - b[0]) * (c[1] - d[1]) - (a[1] - b[1]) * (c[0] - d[0]);
  const t = ((a[0] - c[0]) * (c[1] - d[1]) - (a[1] - c[1]) * (c[0] - d[0])) / den;
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

/** The crossings of a shape's edges: how many (up to `limit`) and where the first one is. */
export function selfIntersections(shape: Shape, limit = 100): { count: number; first: Position | null } {
  const segs: { a: Position; b: Position; ring: number; i: number; n: number }[] = [];
  let ringNo = 0;
  for (const polygon of shape) {
    for (const ring of polygon) {
      const n = ring.length - 1;
      for (let i = 0; i < n; i++) segs.push({ a: ring[i]!, b: ring[i + 1]!, ring: ringNo, i, n });
      ringNo++;
    }
  }
  if (segs.length < 2) return { count: 0, first: null };
  const index = new Flatbush(segs.length);
  for (const s of segs) {
    index.add(Math.min(s.a[0], s.b[0]), Math.min(s.a[1], s.b[1]), Math.max(s.a[0], s.b[0]), Math.max(s.a[1], s.b[1]));
  }
  index.finish();
  let count = 0;
  let first: Position | null = null;
  for (let k = 0; k < segs.length && count < limit; k++) {
    const s = segs[k]!;
    const near = index.search(Math.min(s.a[0], s.b[0]), Math.min(s.a[1], s.b[1]), Math.max(s.a[0], s.b[0]), Math.max(s.a[1], s.b[1]));
    for (const j of near) {
      if (j <= k) continue;
      const t = segs[j]!;
      if (t.ring === s.ring && (t.i === s.i + 1 || (s.i === 0 && t.i === s.n - 1))) continue; // neighbours
      if (properlyCross(s.a, s.b, t.a, t.b)) {
        first ??= crossing(s.a, s.b, t.a, t.b);
        if (++count >= limit) break;
      }
    }
  }
  return { count, first };
}
