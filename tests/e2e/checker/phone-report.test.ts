/**
 * The checker's report read on a phone (issue 15): at 360 px every issue is a block of its own — where
 * (level · row · column), then the problem, then the fix, each labelled — stacked down the page with
 * nothing scrolling sideways, and axe finds no WCAG 2.2 AA violation; at a desktop width the same
 * report is a table of five columns. Screen readers keep the table's headers in both layouts. The bad file is derived from the bundled data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/site.ts';
import { prepareAxe, runAxe } from '../helpers/axe.ts';
import { model } from '../helpers/expected.ts';
import { urls } from '../../../src/lib/site/urls.ts';

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const DESKTOP = { viewport: { width: 1280, height: 800 } };
const site = useSite();

/** A year file of the bundled data with a score out of range and an unknown commune code. */
function badFile(): { name: string; csv: string } {
  const ds = model().datasets[0]!;
  const year = ds.years.at(-1)!;
  const text = readFileSync(join(process.env.DATA_DIR || 'data', 'datasets', ds.id, `${year}.csv`), 'utf8');
  const [header, ...rows] = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  rows[0]![header!.findIndex((h) => /^(tc|ct)\d+$/.test(h))] = '999';
  rows[1]![0] = '99999';
  return { name: `${year}.csv`, csv: Papa.unparse([header!, ...rows]) };
}

async function report(lang: 'vi' | 'en', options: typeof PHONE | typeof DESKTOP) {
  const { page, context, problems } = await site.open(urls.checker(lang), options);
  await prepareAxe(context);
  await page.reload();
  const file = badFile();
  await page.setInputFiles('#checker-file', { name: file.name, mimeType: 'text/csv', buffer: Buffer.from(file.csv) });
  await page.waitForSelector('#checker-summary.is-bad', { timeout: 30_000 });
  return { page, problems };
}

/** How each issue row is laid out: its box, its cells' boxes, their visible labels and displays. */
const layout = (page: Page) =>
  page.evaluate(() => {
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width };
    };
    const scroller = document.querySelector('.checker-issues')!.closest('.table-scroll') as HTMLElement;
    return {
      viewport: document.documentElement.clientWidth,
      pageWidth: document.documentElement.scrollWidth,
      scrolls: scroller.scrollWidth > scroller.clientWidth + 1,
      headersVisible: document.querySelector('.checker-issues thead')!.getBoundingClientRect().height > 2,
      rows: [...document.querySelectorAll('.checker-issues tbody tr')].map((tr) => ({
        display: getComputedStyle(tr).display,
        role: tr.getAttribute('role'),
        box: box(tr),
        cells: [...tr.querySelectorAll('td')].map((td) => ({
          role: td.getAttribute('role'),
          text: (td as HTMLElement).innerText.trim(),
          label: getComputedStyle(td, '::before').content,
          box: box(td),
        })),
      })),
    };
  });

describe("the checker's report on a phone", () => {
  for (const lang of ['vi', 'en'] as const) {
    test(`at 360 px each issue is a stacked block: where, problem, fix (${lang})`, async () => {
      const { page, problems } = await report(lang, PHONE);
      const m = await layout(page);
      expect(m.rows.length).toBeGreaterThanOrEqual(2);
      expect(m.pageWidth).toBeLessThanOrEqual(360);
      expect(m.scrolls).toBe(false);
      const heads = await page.locator('.checker-issues thead th').allTextContents();
      for (const row of m.rows) {
        expect(row.display).toBe('block');
        expect(row.role).toBe('row');
        const [level, where, column, problem, fix] = row.cells;
        // "where" shares one line; problem and fix each start below it, across the block's width.
        expect(where!.box.top).toBeLessThan(level!.box.bottom);
        expect(column!.box.top).toBeLessThan(level!.box.bottom);
        expect(problem!.box.top).toBeGreaterThanOrEqual(level!.box.bottom - 1);
        expect(fix!.box.top).toBeGreaterThanOrEqual(problem!.box.bottom - 1);
        for (const cell of [problem!, fix!]) {
          expect(cell.box.right).toBeLessThanOrEqual(m.viewport);
          expect(cell.box.width).toBeGreaterThan(row.box.width * 0.8);
          expect(cell.text.length).toBeGreaterThan(0);
        }
        // Each part carries its header as a visible label; the table keeps its roles for screen readers.
        expect(row.cells.map((c) => c.role)).toEqual(['cell', 'cell', 'cell', 'cell', 'cell']);
        for (const [i, cell] of row.cells.entries()) if (i > 0) expect(cell.label).toContain(heads[i]!);
      }
      // The stacked report meets WCAG 2.2 AA as the table does (axe).
      expect(await runAxe(page)).toEqual([]);
      // Blocks follow each other down the page.
      for (let i = 1; i < m.rows.length; i++)
        expect(m.rows[i]!.box.top).toBeGreaterThanOrEqual(m.rows[i - 1]!.box.bottom);
      expect(problems).toEqual([]);
    });
  }

  test('at 1280 px the report stays a table of five columns with its headers', async () => {
    const { page, problems } = await report('vi', DESKTOP);
    const m = await layout(page);
    expect(m.headersVisible).toBe(true);
    for (const row of m.rows) {
      expect(row.display).toBe('table-row');
      const tops = row.cells.map((c) => Math.round(c.box.top));
      expect(new Set(tops).size).toBe(1);
      expect(row.cells.every((c) => c.label === 'none' || c.label === 'normal')).toBe(true);
    }
    expect(problems).toEqual([]);
  });
});
