/**
 * Geometry of a horizontal bar chart of counts per result class (home, district, year and dataset
 * pages). Bars carry the class tone; each bar is labelled with its class on the left and its count at
 * its end, so colour is never the only cue. The label column is as wide as the longest class name.
 */
import { scaleLinear } from 'd3-scale';
import { CHART, textWidth } from './frame.ts';

export const BARS = { width: CHART.width, font: CHART.font, row: 30, right: 44, top: 4, maxLeft: 170 } as const;

export interface BarInput {
  label: string;
  value: number;
  /** The count as written at the bar's end (locale format). */
  text: string;
  tone: string;
}

export interface Bar extends BarInput {
  y: number;
  w: number;
}

/** Lay out one bar per class, widths on a shared scale from 0 to the largest count. */
export function barLayout(items: BarInput[]): { height: number; bars: Bar[]; x0: number } {
  const { width, row, right, top, font, maxLeft } = BARS;
  const x0 = Math.min(maxLeft, Math.ceil(Math.max(40, ...items.map((i) => textWidth(i.label, font))) + 10));
  const x = scaleLinear()
    .domain([0, Math.max(1, ...items.map((i) => i.value))])
    .range([0, width - x0 - Math.max(right, ...items.map((i) => textWidth(i.text, font) + 8))]);
  return {
    height: top * 2 + items.length * row,
    x0,
    bars: items.map((item, i) => ({ ...item, y: top + i * row, w: Math.max(item.value > 0 ? 2 : 0, x(item.value)) })),
  };
}
