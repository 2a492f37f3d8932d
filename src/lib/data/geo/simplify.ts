/**
 * Simplify boundaries at build time so the map stays light on phones: Douglas–Peucker per ring (a ring
 * keeps at least 4 positions, tiny rings are dropped), then positions rounded to a fixed grid.
 * Written here rather than pulled from a package: it is 40 lines and has no dependencies.
 */
import type { Ring, Shape } from './types.ts';

/** Squared distance from p to the segment a–b. */
function segmentDistance2(p: [number, number], a: [number, number], b: [number, number]): number {
  let [x, y] = a;
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) [x, y] = b;
    else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = p[0] - x;
  dy = p[1] - y;
  return dx * dx + dy * dy;
}

/** Douglas–Peucker on an open or closed line, iterative (no recursion depth limit). */
export function simplifyLine(points: Ring, tolerance: number): Ring {
  if (points.length <= 4) return points.slice();
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const tol2 = tolerance * tolerance;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let maxD = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance2(points[i]!, points[first]!, points[last]!);
      if (d > maxD) [maxD, index] = [d, i];
    }
    if (index > 0 && maxD > tol2) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Simplify a closed ring; null when it collapses below a triangle. */
export function simplifyRing(ring: Ring, tolerance: number, digits: number): Ring | null {
  // A closed ring's first and last positions coincide, so split it at its farthest point first.
  let far = 0;
  let farD = -1;
  ring.forEach((p, i) => {
    const d = (p[0] - ring[0]![0]) ** 2 + (p[1] - ring[0]![1]) ** 2;
    if (d > farD) [farD, far] = [d, i];
  });
  const a = simplifyLine(ring.slice(0, far + 1), tolerance);
  const b = simplifyLine(ring.slice(far), tolerance);
  const f = 10 ** digits;
  const out: Ring = [];
  for (const p of [...a, ...b.slice(1)]) {
    const q: [number, number] = [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== q[0] || prev[1] !== q[1]) out.push(q);
  }
  return out.length >= 4 ? out : null;
}

/** Simplify every ring of a shape; polygons whose outer ring collapses are dropped. */
export function simplifyShape(shape: Shape, tolerance: number, digits = 4): Shape {
  const out: Shape = [];
  for (const polygon of shape) {
    const outer = polygon[0] ? simplifyRing(polygon[0], tolerance, digits) : null;
    if (!outer) continue;
    const holes = polygon.slice(1).map((r) => simplifyRing(r, tolerance, digits)).filter((r): r is Ring => r !== null);
    out.push([outer, ...holes]);
  }
  return out;
}
