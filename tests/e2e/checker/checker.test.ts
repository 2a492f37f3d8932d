/**
 * The in-browser checker, as staff use it: a bad Excel export (semicolons, decimal commas and one score
 * out of range at row 7, column tc03) is reported at that row and column with the cell highlighted; the
 * site's own filled example passes; a dropped boundary file is checked too, each problem at its feature;
 * the file is never sent anywhere and the check works offline; with JavaScript off the page explains
 * what to do. Inputs are derived from the bundled data.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { useSite, distDir } from '../helpers/site.ts';
import { model } from '../helpers/expected.ts';
import { prepareAxe, runAxe } from '../helpers/axe.ts';
import { urls } from '../../../src/lib/site/urls.ts';

const DATASET = 'cong-dong-hoc-tap';
const YEAR = 2018;
const PATH = urls.checker('vi');

/** The published year file re-saved the way a Vietnamese Excel does, with tc03 on row 7 out of range. */
function badCsv(): { csv: string; max: number } {
  const m = model();
  const framework = m.frameworks.get(m.resultsOf(DATASET, YEAR)[0]!.framework)!;
  const max = framework.criteria.find((c) => c.id === 'tc03')!.max;
  const text = readFileSync(join(process.env.DATA_DIR || 'data', 'datasets', DATASET, `${YEAR}.csv`), 'utf8');
  const [header, ...rows] = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const tc03 = header!.indexOf('tc03');
  rows[5]![tc03] = String(max + 5); // data row 6 = Excel row 7 (the header is row 1)
  const commaDecimals = rows.map((r) => r.map((cell) => (/^\d+\.\d+$/.test(cell) ? cell.replace('.', ',') : cell)));
  return { csv: Papa.unparse([header!, ...commaDecimals], { delimiter: ';' }), max };
}

const site = useSite();

describe('checker page', () => {
  it('reports a bad export at row 7, column tc03, and highlights the cell', async () => {
    const { page, context, problems } = await site.open(PATH);
    await prepareAxe(context);
    await page.reload();
    const requests: string[] = [];
    // Only plain GETs of the site's own files may happen (e.g. the favicon); nothing may carry data out.
    page.on('request', (r) => {
      if (r.method() !== 'GET' || r.postData() !== null || !r.url().startsWith(site.url))
        requests.push(`${r.method()} ${r.url()}`);
    });
    await page.selectOption('#checker-dataset', DATASET);
    await page.setInputFiles('#checker-file', {
      name: `${YEAR}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(badCsv().csv),
    });

    await page.waitForSelector('#checker-summary.is-bad', { timeout: 30_000 });
    expect(await page.inputValue('#checker-year')).toBe(String(YEAR));

    const row = page.locator('.checker-issues tbody tr[data-code="score-out-of-range"]');
    expect(await row.count()).toBe(1);
    const cells = await row.locator('td').allInnerTexts();
    expect(cells[1]).toBe('7');
    expect(cells[2]).toBe('tc03');
    expect(cells[4]).not.toBe('—'); // a fix is given
    // Semicolons and decimal commas are read correctly, not reported as errors.
    expect(await page.locator('.checker-issues tr[data-code="delimiter-semicolon"]').count()).toBe(1);
    expect(await page.locator('.checker-issues tr[data-code="score-not-number"]').count()).toBe(0);

    const cell = page.locator('.checker-preview tr[data-row="7"] td[data-col="tc03"]');
    expect(await cell.getAttribute('class')).toContain('is-bad');
    expect(await cell.innerText()).toContain('⚠');
    expect(await page.locator('.checker-preview td.is-bad').count()).toBeGreaterThanOrEqual(1);
    expect(await page.getAttribute('#checker-result', 'aria-live')).toBe('polite');
    expect(requests).toEqual([]); // the file never leaves the computer
    expect(problems).toEqual([]);
    expect(await runAxe(page)).toEqual([]); // the results (tables, highlights) meet WCAG 2.1 AA too
  });

  it('accepts the site’s filled example for the next year, offline', async () => {
    const latest = model().years().at(-1)!;
    const next = latest + 1;
    const example = readFileSync(join(distDir(), 'du-lieu', 'mau', DATASET, `${next}-vi-du.csv`));
    const { page, context } = await site.open(PATH);
    // The worker script loads once the page is idle; from then on nothing needs the network.
    if (page.workers().length === 0) await page.waitForEvent('worker');
    await context.setOffline(true);
    await page.selectOption('#checker-dataset', DATASET);
    await page.setInputFiles('#checker-file', { name: `${next}-vi-du.csv`, mimeType: 'text/csv', buffer: example });
    await page.waitForSelector('#checker-summary.is-ok', { timeout: 30_000 });
    expect(await page.inputValue('#checker-year')).toBe(String(next));
    expect(await page.locator('.checker-issues tr.sev-error').count()).toBe(0);
  });

  it('checks a dropped boundary file: a feature without code is reported at its feature number; the site’s own outlines pass', async () => {
    const m = model();
    const outline = m.boundaries.sources[0]!.file;
    const text = readFileSync(join(process.env.DATA_DIR || 'data', outline), 'utf8');
    const { page, problems } = await site.open(PATH);
    await page.setInputFiles('#checker-file', {
      name: outline.split('/').pop()!,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await page.waitForSelector('#checker-summary.is-ok', { timeout: 30_000 });
    expect(await page.locator('#checker-summary').innerText()).toContain(String(m.boundaries.shapes.length));

    const shape = m.boundaries.shapes[0]!.shape;
    const features = [
      {
        type: 'Feature',
        properties: { code: m.boundaries.shapes[0]!.code, valid_from: '2025-07-01' },
        geometry: { type: 'MultiPolygon', coordinates: shape },
      },
      { type: 'Feature', properties: { name: 'no code' }, geometry: { type: 'MultiPolygon', coordinates: shape } },
    ];
    await page.setInputFiles('#checker-file', {
      name: 'ranh-gioi-moi.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(JSON.stringify({ type: 'FeatureCollection', features })),
    });
    await page.waitForSelector('#checker-summary.is-bad', { timeout: 30_000 });
    const headers = await page.locator('.checker-issues thead th').allInnerTexts();
    expect(headers[1]).toBe('Đối tượng');
    const row = page.locator('.checker-issues tbody tr[data-code="boundary-code-missing"]');
    expect(await row.count()).toBe(1);
    const cells = await row.locator('td').allInnerTexts();
    expect(cells[1]).toBe('2');
    expect(cells[2]).toBe('code');
    expect(cells[4]).not.toBe('—');
    // Not in boundaries.yaml: the page says a source and licence are needed before it can be published.
    expect(await page.locator('.checker-issues tr[data-code="boundary-source-missing"]').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('speaks English on /en/', async () => {
    const { page } = await site.open(urls.checker('en'));
    await page.selectOption('#checker-dataset', DATASET);
    await page.setInputFiles('#checker-file', {
      name: `${YEAR}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(badCsv().csv),
    });
    await page.waitForSelector('#checker-summary.is-bad', { timeout: 30_000 });
    const headers = await page.locator('.checker-issues th').allInnerTexts();
    expect(headers).toContain('How to fix');
    const text = await page.locator('.checker-issues tr[data-code="score-out-of-range"]').innerText();
    expect(text).not.toMatch(/Cách sửa|không/);
  });

  it('explains itself with JavaScript off', async () => {
    const { page } = await site.open(PATH, { javaScriptEnabled: false });
    expect(await page.locator('#checker-form').isVisible()).toBe(false);
    const body = await page.locator('main').innerText();
    expect(body).toContain('npm run validate');
    expect(await page.locator(`main a[href$="${urls.guide('vi')}"]`).count()).toBeGreaterThan(0);
  });
});
