/**
 * Charts read on a phone (issue 15.2): on every built page with a chart, in both languages, at 360 px,
 * every chart label renders at 12 px or more (computed font size × the SVG's scale on screen), no label
 * is clipped by its chart or overlaps another, years are written in full, colours that carry meaning
 * have a key, and every chart has its numbers in a table beside it. Pages come from the built output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distDir, htmlFiles, pathOfFile } from '../../../scripts/quality/site.ts';
import { useSite } from '../helpers/site.ts';
import { urls } from '../../../src/lib/site/urls.ts';

// Every chart page but commune pages, which share one layout: of those every third, and 20122 (a code
// borne by three units, with results under both frameworks).
const pages = htmlFiles()
  .filter((f) => readFileSync(join(distDir(), f), 'utf8').includes('chart-svg'))
  .map(pathOfFile)
  .filter((p, i) => !/^\/(en\/)?xa\//.test(p) || i % 3 === 0 || p.endsWith('/20122/'));

interface ChartReport {
  page: string;
  minFont: number;
  texts: number;
  clipped: string[];
  overlaps: string[];
  shortYears: string[];
  missingLegend: string[];
  missingTable: number;
  tooWide: number;
}

const site = useSite();

describe('charts at 360 px', () => {
  test('the site has chart pages of several kinds in both languages', () => {
    expect(pages.some((p) => p.startsWith('/xa/'))).toBe(true);
    expect(pages.some((p) => p.startsWith('/en/xa/'))).toBe(true);
    expect(pages.some((p) => p.startsWith('/cau-chuyen/'))).toBe(true);
    expect(pages.some((p) => p.startsWith('/nam/'))).toBe(true);
  });

  test(
    'labels are ≥ 12 px, unclipped, apart, years in full; keys and tables beside',
    { timeout: 600_000 },
    async () => {
      const reports: ChartReport[] = [];
      const { page } = await site.open(urls.home('vi'), { viewport: { width: 360, height: 740 } });
      for (const path of pages) {
        await page.goto(site.url + path);
        // Folded charts (comparison, criteria) are measured open, as a reader who opens them sees them.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        reports.push(
          await page.evaluate((p) => {
            const r: ChartReport = {
              page: p,
              minFont: Infinity,
              texts: 0,
              clipped: [],
              overlaps: [],
              shortYears: [],
              missingLegend: [],
              missingTable: 0,
              tooWide: 0,
            };
            for (const svg of document.querySelectorAll<SVGSVGElement>('svg.chart-svg')) {
              const box = svg.getBoundingClientRect();
              if (box.right > document.documentElement.clientWidth + 0.5) r.tooWide++;
              const scale = svg.getScreenCTM()!.a;
              const texts = [...svg.querySelectorAll<SVGTextElement>('text')];
              const rects = texts.map((t) => t.getBoundingClientRect());
              texts.forEach((t, i) => {
                r.texts++;
                const px = parseFloat(getComputedStyle(t).fontSize) * scale;
                r.minFont = Math.min(r.minFont, px);
                const b = rects[i]!;
                if (
                  b.left < box.left - 0.5 ||
                  b.right > box.right + 0.5 ||
                  b.top < box.top - 0.5 ||
                  b.bottom > box.bottom + 0.5
                )
                  r.clipped.push(t.textContent ?? '');
                for (let j = 0; j < i; j++) {
                  const o = rects[j]!;
                  const w = Math.min(b.right, o.right) - Math.max(b.left, o.left);
                  const h = Math.min(b.bottom, o.bottom) - Math.max(b.top, o.top);
                  if (w > 1 && h > 1) r.overlaps.push(`${texts[j]!.textContent} × ${t.textContent}`);
                }
                if (t.classList.contains('year') && !/^\d{4}$/.test(t.textContent ?? ''))
                  r.shortYears.push(t.textContent!);
              });
              const figure = svg.closest('figure')!;
              if (!figure.querySelector('table')) r.missingTable++;
              const tones = new Set(
                [...svg.querySelectorAll('circle.dot')].flatMap((c) =>
                  [...c.classList].filter((k) => /^c(\d|none)$/.test(k)),
                ),
              );
              const keyed = new Set(
                [...figure.querySelectorAll('.chart-legend .swatch')].flatMap((s) =>
                  [...s.classList].filter((k) => /^c(\d|none)$/.test(k)),
                ),
              );
              for (const tone of tones) if (!keyed.has(tone)) r.missingLegend.push(tone);
            }
            return r;
          }, path),
        );
      }
      const min = Math.min(...reports.map((r) => r.minFont));
      console.log(
        `charts: ${reports.length} pages, ${reports.reduce((n, r) => n + r.texts, 0)} labels, smallest rendered label ${min.toFixed(2)} px at 360 px`,
      );
      const bad = reports.filter(
        (r) =>
          r.minFont < 12 ||
          r.clipped.length ||
          r.overlaps.length ||
          r.shortYears.length ||
          r.missingLegend.length ||
          r.missingTable ||
          r.tooWide,
      );
      expect(reports.some((r) => r.shortYears.length === 0 && r.texts > 0)).toBe(true);
      expect(bad).toEqual([]);
    },
  );
});
