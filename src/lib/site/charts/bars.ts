/**
 * Geometry of a horizontal bar chart of counts per result class (home, district, year and dataset
 * pages). Bars carry the class tone; each bar is labelled with its count so colour is never the only cue.
 */
import { scaleLinear } from 'd3-scale';

export const BARS = { width: 360, row: 28, left: 128, right: 40, top: 4 } as const;

export interface BarInput {
  label: string;
  value: number;
  tone: string;
}

export interface Bar extends BarInput {
  y: number;
  w: number;
}

/** Lay out one bar per class, widths on a shared scale from 0 to the largest count. */
export function barLayout(items: BarInput[]): { height: number; bars: Bar[]; x0: number } {
  const { width, row, left, right, top } = BARS;
  const x = scaleLinear()
    .domain([0, Math.max(1, ...items.map((i) => i.value))])
    .range([0, width - left - right]);
  return {
    height: top * 2 + items.length * row,
    x0: left,
    bars: items.map((item, i) => ({ ...item, y: top + i * row, w: Math.max(item.value > 0 ? 2 : 0, x(item.value)) })),
  };
}
