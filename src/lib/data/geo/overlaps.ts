/**
 * Overlaps between outlines valid at the same time, measured on a raster: every shape is scan-filled
 * onto one grid over their extent (cell centres inside, even-odd rule so holes stay empty) and cells
 * claimed by two units are counted per pair. Linear in edges plus cells, so a province or the country
 * checks in well under a second, unlike polygon clipping pair by pair. The grid has at most MAX_CELLS
 * cells (≈ 100 m for a province, ≈ 50 m for three districts); a pair counts when its common cells are more than a small share of the
 * smaller unit, so slivers from digitising one border twice do not.
 */
import { bboxOf } from './geometry.ts';
import type { Position, Shape } from './types.ts';

export const OVERLAP_SHARE = 0.002;
const MIN_CELLS = 4;
const MAX_CELLS = 1_000_000;
const MIN_CELL_DEGREES = 0.0001;

export interface Overlap {
  a: number;
  b: number;
  /** Common area in hectares (from the grid), and as a share of the smaller of the two. */
  hectares: number;
  share: number;
  /** A common cell's centre. */
  at: Position;
}

interface Grid {
  x0: number;
  y0: number;
  size: number;
  cols: number;
  rows: number;
}

/** Visit every cell whose centre lies inside `shape` (even-odd over all its rings). */
function fill(shape: Shape, g: Grid, visit: (cell: number) => void): void {
  const box = bboxOf(shape);
  const r0 = Math.max(0, Math.ceil((box[1] - g.y0) / g.size - 0.5));
  const r1 = Math.min(g.rows - 1, Math.floor((box[3] - g.y0) / g.size - 0.5));
  if (r1 < r0) return;
  const crossings: number[][] = Array.from({ length: r1 - r0 + 1 }, () => []);
  for (const polygon of shape) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const [xa, ya] = ring[i - 1]!;
        const [xb, yb] = ring[i]!;
        if (ya === yb) continue;
        const lo = Math.min(ya, yb);
        const hi = Math.max(ya, yb);
        const from = Math.max(r0, Math.ceil((lo - g.y0) / g.size - 0.5));
        const to = Math.min(r1, Math.ceil((hi - g.y0) / g.size - 0.5) - 1);
        for (let r = from; r <= to; r++) {
          const y = g.y0 + (r + 0.5) * g.size;
          crossings[r - r0]!.push(xa + ((y - ya) * (xb - xa)) / (yb - ya));
        }
      }
    }
  }
  crossings.forEach((xs, k) => {
    xs.sort((p, q) => p - q);
    const row = (r0 + k) * g.cols;
    for (let j = 0; j + 1 < xs.length; j += 2) {
      const c0 = Math.max(0, Math.ceil((xs[j]! - g.x0) / g.size - 0.5));
      const c1 = Math.min(g.cols - 1, Math.ceil((xs[j + 1]! - g.x0) / g.size - 0.5) - 1);
      for (let c = c0; c <= c1; c++) visit(row + c);
    }
  });
}

/** Overlapping pairs among `shapes` (indices into it), a before b, in index order. */
export function findOverlaps(shapes: readonly Shape[]): Overlap[] {
  if (shapes.length < 2) return [];
  const boxes = shapes.map(bboxOf);
  const x0 = Math.min(...boxes.map((b) => b[0]));
  const y0 = Math.min(...boxes.map((b) => b[1]));
  const w = Math.max(...boxes.map((b) => b[2])) - x0;
  const h = Math.max(...boxes.map((b) => b[3])) - y0;
  const size = Math.max(MIN_CELL_DEGREES, Math.sqrt((w * h) / MAX_CELLS));
  const g: Grid = { x0, y0, size, cols: Math.max(1, Math.ceil(w / size)), rows: Math.max(1, Math.ceil(h / size)) };
  const owner = new Int32Array(g.cols * g.rows).fill(-1);
  const cells = new Array<number>(shapes.length).fill(0);
  const pairs = new Map<number, { count: number; cell: number }>();
  shapes.forEach((shape, i) => {
    fill(shape, g, (cell) => {
      cells[i]!++;
      const o = owner[cell]!;
      if (o === -1) owner[cell] = i;
      else if (o !== i) {
        const key = o * shapes.length + i;
        const p = pairs.get(key);
        if (p) p.count++;
        else pairs.set(key, { count: 1, cell });
      }
    });
  });
  const out: Overlap[] = [];
  for (const [key, { count, cell }] of [...pairs].sort((p, q) => p[0] - q[0])) {
    const a = Math.floor(key / shapes.length);
    const b = key % shapes.length;
    const share = count / Math.max(1, Math.min(cells[a]!, cells[b]!));
    if (count < MIN_CELLS || share <= OVERLAP_SHARE) continue;
    const at: Position = [x0 + ((cell % g.cols) + 0.5) * size, y0 + (Math.floor(cell / g.cols) + 0.5) * size];
    const cellHa = (size * 111_320) ** 2 * Math.cos((at[1] * Math.PI) / 180) / 10_000;
    out.push({ a, b, hectares: Math.round(count * cellHa), share, at });
  }
  return out;
}
