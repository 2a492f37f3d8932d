/**
 * Geometry of a small box plot comparing one commune's total with its district and province for the
 * same dataset-year: min–max whisker, quartile box, median and mean ticks, and the commune's own mark.
 */
import { scaleLinear } from 'd3-scale';
import type { Aggregate } from '../../data/model/aggregates.ts';

export const DIST = { width: 360, rowHeight: 34, left: 128, right: 14, top: 22 } as const;

export interface DistRow {
  label: string;
  y: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  mean: number;
}

export interface DistLayout {
  height: number;
  rows: DistRow[];
  ticks: { x: number; label: number }[];
  mark: { x: number; value: number } | null;
}

/** Lay out one row per group on a shared 0…max scale, with the commune's own total as a vertical mark. */
export function distributionLayout(
  groups: { label: string; aggregate: Aggregate }[],
  max: number,
  value: number | null,
): DistLayout {
  const { width, rowHeight, left, right, top } = DIST;
  const x = scaleLinear()
    .domain([0, max])
    .range([left, width - right]);
  const rows = groups.map((g, i) => ({
    label: g.label,
    y: top + i * rowHeight + rowHeight / 2,
    min: x(g.aggregate.min),
    q1: x(g.aggregate.q1),
    median: x(g.aggregate.median),
    q3: x(g.aggregate.q3),
    max: x(g.aggregate.max),
    mean: x(g.aggregate.mean),
  }));
  return {
    height: top + groups.length * rowHeight + 6,
    rows,
    ticks: x.ticks(4).map((v) => ({ x: x(v), label: v })),
    mark: value === null ? null : { x: x(value), value },
  };
}
