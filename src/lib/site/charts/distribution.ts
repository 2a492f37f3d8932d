/**
 * Geometry of the comparison chart of a ranked framework: one row per group (district, province) on a
 * shared 0…max scale, each with its range from lowest to highest total, its mean, and this commune's
 * own total marked. Plainer than a box plot (no quartiles to explain); the numbers are in a table beside.
 */
import { scaleLinear } from 'd3-scale';
import type { Aggregate } from '../../data/model/aggregates.ts';
import { CHART } from './frame.ts';

export const DIST = { width: CHART.width, font: CHART.font, top: 24, row: 46, left: 10, right: 18 } as const;

export interface DistRow {
  label: string;
  /** Baseline of the row's label; the range line sits below it. */
  labelY: number;
  y: number;
  min: number;
  max: number;
  mean: number;
}

export interface DistLayout {
  height: number;
  rows: DistRow[];
  ticks: { x: number; label: number }[];
  mark: { x: number; value: number } | null;
}

/** Lay out one row per group on a shared 0…max scale, with the commune's own total marked on each. */
export function distributionLayout(
  groups: { label: string; aggregate: Aggregate }[],
  max: number,
  value: number | null,
): DistLayout {
  const { width, row, left, right, top, font } = DIST;
  const x = scaleLinear()
    .domain([0, max])
    .range([left, width - right]);
  const rows = groups.map((g, i) => ({
    label: g.label,
    labelY: top + i * row + font + 4,
    y: top + i * row + font + 20,
    min: x(g.aggregate.min),
    max: x(g.aggregate.max),
    mean: x(g.aggregate.mean),
  }));
  return {
    height: top + groups.length * row + 4,
    rows,
    ticks: x.ticks(4).map((v) => ({ x: x(v), label: v })),
    mark: value === null ? null : { x: x(value), value },
  };
}
