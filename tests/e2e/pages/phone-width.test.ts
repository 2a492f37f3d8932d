/**
 * No sideways scroll on a phone (issue 15.1): every page the sitemap lists, in both languages, opened on
 * a 360 × 740 touch screen, is no wider than the screen, without hiding the overflow (html and body may
 * not clip it away). A table wider than the screen scrolls inside its own box, which is then a labelled,
 * focusable region with an edge-shadow cue and a first column that stays in view. The checker page is
 * checked the same way with a report shown (a bad file validated by its Web Worker), in both languages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/site.ts';
import { model } from '../helpers/expected.ts';
import { localContext } from '../../../scripts/quality/browser.ts';
import { sitemapEntries, sitePathOf } from '../../../scripts/quality/site.ts';
import { urls } from '../../../src/lib/site/urls.ts';

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const TABS = 2;
const site = useSite();

/** What a phone visitor would notice about the page's width, and every scroll box that scrolls. */
function measure(page: Page) {
  return page.evaluate(async () => {
    // Everything folded is opened (a visitor may open it), then the scroll boxes' ResizeObserver marks
    // the boxes that scroll.
    document.querySelectorAll('details').forEach((d) => (d.open = true));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const root = document.documentElement;
    const clips = [root, document.body].some((e) => /hidden|clip/.test(getComputedStyle(e).overflowX));
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter(
        (e) =>
          e.getBoundingClientRect().right > root.clientWidth + 1 && !e.closest('.table-scroll, .leaflet-container'),
      )
      .slice(0, 3)
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} → ${Math.round(e.getBoundingClientRect().right)} px`,
      );
    const boxes = [...document.querySelectorAll<HTMLElement>('.table-scroll')]
      .filter((b) => b.scrollWidth > b.clientWidth + 1)
      .map((b) => {
        const label = document.getElementById(b.getAttribute('aria-labelledby') ?? '');
        const first = b.querySelector('tbody tr > :first-child');
        return {
          table: b.querySelector('caption')?.textContent?.trim() ?? b.outerHTML.slice(0, 80),
          role: b.getAttribute('role'),
          label: label?.textContent?.trim() ?? '',
          tabIndex: b.tabIndex,
          cue: getComputedStyle(b).backgroundImage.includes('gradient'),
          sticky: first ? getComputedStyle(first).position : 'none',
        };
      });
    return { width: root.scrollWidth, viewport: root.clientWidth, clips, wide, boxes };
  });
}

/** The problems of one measured page, as lines naming the page ([] when it is fine). */
function problemsOf(path: string, m: Awaited<ReturnType<typeof measure>>): string[] {
  const out: string[] = [];
  if (m.clips) out.push(`${path}: html or body hides horizontal overflow`);
  if (m.width > 360) out.push(`${path}: ${m.width} px wide at 360 px (${m.wide.join('; ')})`);
  for (const b of m.boxes) {
    if (b.role !== 'region' || !b.label || b.tabIndex !== 0)
      out.push(`${path}: a scrolling table box is not a labelled focusable region (${JSON.stringify(b)})`);
    if (!b.cue) out.push(`${path}: a scrolling table box shows no edge cue`);
    if (b.sticky !== 'sticky') out.push(`${path}: a scrolling table's first column does not stay in view`);
  }
  return out;
}

const paths = [...new Set(sitemapEntries().map((address) => sitePathOf(address)))].sort();

describe('no sideways scroll at 360 px', () => {
  test('the sitemap lists pages in both languages', () => {
    expect(paths.some((p) => p.startsWith('/en/'))).toBe(true);
    expect(paths.some((p) => !p.startsWith('/en/'))).toBe(true);
  });

  test(
    `every sitemap page (${paths.length}) fits a 360 px phone`,
    async () => {
      const context = await localContext(site.browser, PHONE);
      const queue = [...paths];
      const failures: string[] = [];
      let checkedBoxes = 0;
      const worker = async () => {
        const page = await context.newPage();
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
          await page.goto(site.url + path, { waitUntil: 'load' });
          const m = await measure(page);
          checkedBoxes += m.boxes.length;
          failures.push(...problemsOf(path, m));
        }
        await page.close();
      };
      await Promise.all(Array.from({ length: TABS }, worker));
      await context.close();
      expect(failures.slice(0, 30).join('\n'), `${failures.length} problem(s)`).toBe('');
      // The rule for wide tables was exercised: some table is wider than a phone and scrolls in its box.
      expect(checkedBoxes).toBeGreaterThan(0);
    },
    60_000 + paths.length * 2_500,
  );

  /** A year file of the bundled data with a score out of range and an unknown commune code. */
  function badFile(): { name: string; csv: string } {
    const ds = model().datasets[0]!;
    const year = ds.years.at(-1)!;
    const text = readFileSync(join(process.env.DATA_DIR || 'data', 'datasets', ds.id, `${year}.csv`), 'utf8');
    const [header, ...rows] = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const score = header!.findIndex((h) => /^(tc|ct)\d+$/.test(h));
    rows[0]![score] = '999';
    rows[1]![0] = '99999';
    return { name: `${year}.csv`, csv: Papa.unparse([header!, ...rows]) };
  }

  for (const lang of ['vi', 'en'] as const) {
    test(`the checker page with a report shown fits a 360 px phone (${lang})`, async () => {
      const { page, problems } = await site.open(urls.checker(lang), PHONE);
      const file = badFile();
      await page.setInputFiles('#checker-file', {
        name: file.name,
        mimeType: 'text/csv',
        buffer: Buffer.from(file.csv),
      });
      await page.waitForSelector('#checker-summary.is-bad', { timeout: 30_000 });
      expect(await page.locator('.checker-issues tbody tr').count()).toBeGreaterThanOrEqual(2);
      const m = await measure(page);
      expect(problemsOf(urls.checker(lang), m)).toEqual([]);
      // The issue table does not squeeze its "fix" column to one word per line: it scrolls instead.
      const fixWidth = await page
        .locator('.checker-issues tbody tr:first-child td')
        .last()
        .evaluate((td) => td.getBoundingClientRect().width);
      expect(fixWidth).toBeGreaterThanOrEqual(200);
      expect(problems).toEqual([]);
    });
  }
});
