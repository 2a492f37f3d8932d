/**
 * Geometry of a commune's history chart, computed at build time: d3 scales and line generators return
 * SVG path strings, no DOM. Each framework gets its own panel with its own axis, because results under
 * different frameworks (points vs. targets met) are never put on one scale: the series breaks there.
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';

export interface HistoryPoint {
  year: number;
  total: number | null;
  tone: string;
}

export interface HistoryPanelInput {
  label: string;
  max: number;
  years: number[];
  points: HistoryPoint[];
}

export interface HistoryPanel {
  label: string;
  x0: number;
  x1: number;
  path: string;
  ticks: { y: number; label: number }[];
  dots: { x: number; y: number; year: number; total: number; tone: string }[];
  years: { x: number; year: number }[];
}

export const HISTORY = { width: 360, height: 190, top: 28, bottom: 26, left: 30, gap: 22 } as const;

/** Lay out panels side by side, widths in proportion to their number of years. */
export function historyPanels(inputs: HistoryPanelInput[]): HistoryPanel[] {
  const { width, height, top, bottom, left, gap } = HISTORY;
  const totalYears = inputs.reduce((n, p) => n + Math.max(p.years.length, 1), 0);
  const usable = width - inputs.length * (left + 8) - (inputs.length - 1) * gap;
  let cursor = 0;
  return inputs.map((input) => {
    const w = (usable * Math.max(input.years.length, 1)) / totalYears;
    const x0 = cursor + left;
    const x1 = x0 + w;
    cursor = x1 + 8 + gap;
    const x = scalePoint<number>()
      .domain(input.years)
      .range([x0 + 6, x1 - 6])
      .padding(input.years.length === 1 ? 0.5 : 0);
    const y = scaleLinear()
      .domain([0, input.max])
      .range([height - bottom, top])
      .nice();
    const byYear = new Map(input.points.map((p) => [p.year, p]));
    const series = input.years.map((year) => ({ year, total: byYear.get(year)?.total ?? null }));
    const path =
      line<{ year: number; total: number | null }>()
        .defined((d) => d.total !== null)
        .x((d) => x(d.year)!)
        .y((d) => y(d.total!))(series) ?? '';
    return {
      label: input.label,
      x0,
      x1,
      path,
      ticks: y.ticks(3).map((v) => ({ y: y(v), label: v })),
      dots: input.points
        .filter((p) => p.total !== null)
        .map((p) => ({ x: x(p.year)!, y: y(p.total!), year: p.year, total: p.total!, tone: p.tone })),
      years: input.years.map((year) => ({ x: x(year)!, year })),
    };
  });
}
