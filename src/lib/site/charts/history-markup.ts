/**
 * The inner markup of a history chart's SVG (HistorySvg.astro) as one string, kept short because a
 * chart sits on every commune page (20,000 of them at national scale): coordinates to a tenth of a unit
 * (a tenth of a pixel at most on screen), one path for a panel's grid lines, the text anchor set once on
 * a group of labels, empty elements self-closed. Same panels ⇒ same bytes.
 */
import { HISTORY, type HistoryPanel } from './history.ts';

/** A coordinate to a tenth of a unit, without trailing zeros ("64.2", "42"). */
export const coord = (v: number): string => String(Math.round(v * 10) / 10);

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Panels (from historyPanels) as SVG elements: per panel the break line before it (not the first), its
 * title, grid lines, axis labels (formatted by `format`), year labels (class "year"), the series and
 * one dot per result (class "dot" and its tone, which ChartLegend keys).
 */
export function historyMarkup(panels: readonly HistoryPanel[], format: (n: number) => string): string {
  const { font, height, bottom, gap } = HISTORY;
  const base = height - bottom;
  let out = '';
  panels.forEach((p, i) => {
    if (i > 0) {
      const x = coord(p.left - gap / 2);
      out += `<line class="break" x1="${x}" x2="${x}" y1="4" y2="${base}"/>`;
    }
    out += `<text class="panel-label" x="${coord(p.left + 2)}" y="${font + 3}">${escapeText(p.label)}</text>`;
    out += `<path class="grid" d="${p.ticks.map((tk) => `M${coord(p.x0)} ${coord(tk.y)}H${coord(p.x1)}`).join('')}"/>`;
    out += `<g text-anchor="end">${p.ticks
      .map(
        (tk) => `<text x="${coord(p.x0 - 5)}" y="${coord(tk.y + font * 0.35)}">${escapeText(format(tk.label))}</text>`,
      )
      .join('')}</g>`;
    out += `<g text-anchor="middle">${p.years
      .filter((yr) => yr.shown)
      .map((yr) => `<text class="year" x="${coord(yr.x)}" y="${height - 6}">${yr.year}</text>`)
      .join('')}</g>`;
    if (p.path) out += `<path class="series" d="${p.path.replace(/\d+\.\d+/g, (v) => coord(Number(v)))}"/>`;
    out += p.dots.map((d) => `<circle class="dot ${d.tone}" cx="${coord(d.x)}" cy="${coord(d.y)}" r="5"/>`).join('');
  });
  return out;
}
