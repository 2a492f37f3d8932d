/**
 * Geometry of a commune's history chart, computed at build time: d3 scales and line generators return
 * SVG path strings, no DOM. Each framework gets its own panel with its own axis, because results under
 * different frameworks (points vs. targets met) are never put on one scale: the series breaks there.
 * Panels are at least as wide as their label ("Circular 25/2023" over a single year), years are written
 * in full and thinned so that no two labels touch (chart frame and text sizes: frame.ts).
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { CHART, textWidth, thinLabels } from './frame.ts';

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
  /** Left edge of the panel (its axis labels and title start here). */
  left: number;
  x0: number;
  x1: number;
  path: string;
  ticks: { y: number; label: number }[];
  dots: { x: number; y: number; year: number; total: number; tone: string }[];
  /** Every year of the panel; `shown` ones carry a label. */
  years: { x: number; year: number; shown: boolean }[];
}

export const HISTORY = {
  width: CHART.width,
  height: 200,
  font: CHART.font,
  top: 34,
  bottom: 32,
  /** Room for the y-axis labels left of each panel. */
  left: 34,
  gap: 14,
  right: 12,
} as const;

/** Panel widths in proportion to the years they span, none narrower than its label or one year label. */
function widths(inputs: HistoryPanelInput[], usable: number): number[] {
  const { left, font } = HISTORY;
  const min = inputs.map((p) => Math.max(textWidth(p.label, font, true) - left + 4, textWidth('2024', font) + 12));
  const weight = inputs.map((p) => (p.years.length === 0 ? 1 : p.years.at(-1)! - p.years[0]! + 1));
  const fixed = new Set<number>();
  for (;;) {
    const free = usable - [...fixed].reduce((s, i) => s + min[i]!, 0);
    const total = weight.reduce((s, w, i) => (fixed.has(i) ? s : s + w), 0);
    const out = weight.map((w, i) => (fixed.has(i) ? min[i]! : (free * w) / total));
    const under = out.findIndex((w, i) => !fixed.has(i) && w < min[i]!);
    if (under < 0) return out;
    fixed.add(under);
  }
}

/** Lay out panels side by side, widths in proportion to the years they span. */
export function historyPanels(inputs: HistoryPanelInput[]): HistoryPanel[] {
  const { width, height, top, bottom, left, gap, right, font } = HISTORY;
  const usable = width - inputs.length * left - (inputs.length - 1) * gap - right;
  const ws = widths(inputs, usable);
  const yearWidth = textWidth('2024', font);
  let cursor = 0;
  return inputs.map((input, i) => {
    const panelLeft = cursor;
    const x0 = cursor + left;
    const x1 = x0 + ws[i]!;
    cursor = x1 + gap;
    // Years on a linear scale, so a gap of several years looks like one; a single year sits in the middle.
    const first = input.years[0] ?? 0;
    const last = input.years.at(-1) ?? first;
    const x =
      first === last
        ? () => (x0 + x1) / 2
        : scaleLinear()
            .domain([first, last])
            .range([x0 + 8, x1 - 8]);
    const y = scaleLinear()
      .domain([0, input.max])
      .range([height - bottom, top])
      .nice();
    const byYear = new Map(input.points.map((p) => [p.year, p]));
    const series = input.years.map((year) => ({ year, total: byYear.get(year)?.total ?? null }));
    const path =
      line<{ year: number; total: number | null }>()
        .defined((d) => d.total !== null)
        .x((d) => x(d.year))
        .y((d) => y(d.total!))(series) ?? '';
    const xs = input.years.map((year) => x(year));
    const shown = thinLabels(xs, yearWidth);
    return {
      label: input.label,
      left: panelLeft,
      x0,
      x1,
      path,
      ticks: y.ticks(3).map((v) => ({ y: y(v), label: v })),
      dots: input.points
        .filter((p) => p.total !== null)
        .map((p) => ({ x: x(p.year), y: y(p.total!), year: p.year, total: p.total!, tone: p.tone })),
      years: input.years.map((year, j) => ({ x: xs[j]!, year, shown: shown[j]! })),
    };
  });
}
