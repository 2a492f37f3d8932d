/**
 * The checker with Excel workbooks, as staff use it: a LibreOffice-made .xlsx with mistakes is reported
 * by sheet and cell with the cell highlighted in the preview; a staff workbook (title rows, Vietnamese
 * headings) passes; validation runs in a Web Worker; a file above the stated limit is refused at once;
 * the page embeds parsed reference values only, never raw data files.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useSite, distDir } from '../helpers/site.ts';
import { model } from '../helpers/expected.ts';
import { CHECKER_MAX_BYTES } from '../../../src/lib/data/validate/check-file.ts';

const PATH = '/kiem-tra-du-lieu/';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const fixture = (name: string) => readFileSync(join('tests', 'fixtures', 'xlsx', name));
const site = useSite();

describe('checker with .xlsx', () => {
  it('reports a bad workbook by sheet and cell, highlights the cell, and validates in a worker', async () => {
    const { page, problems } = await site.open(PATH);
    await page.selectOption('#checker-dataset', 'cong-dong-hoc-tap');
    await page.setInputFiles('#checker-file', {
      name: 'ket-qua-2018.xlsx',
      mimeType: XLSX,
      buffer: fixture('bad-2018.xlsx'),
    });
    await page.waitForSelector('#checker-summary.is-bad', { timeout: 30_000 });
    expect(page.workers().length).toBeGreaterThanOrEqual(1);
    const row = page.locator('.checker-issues tbody tr[data-code="score-not-number"]').filter({ hasText: 'F4' });
    const cells = await row.locator('td').allInnerTexts();
    expect(cells[1]).toBe('4');
    expect(cells[2]).toBe('tc04 · ô F4');
    expect(await page.locator('.checker-issues tr[data-code="xlsx-error-value"]').innerText()).toContain('#DIV/0!');
    const cell = page.locator('.checker-preview tr[data-row="4"] td[data-col="tc04"]');
    expect(await cell.getAttribute('class')).toContain('is-bad');
    expect(problems).toEqual([]);
  });

  it('passes a staff workbook with title rows and Vietnamese headings', async () => {
    const { page } = await site.open(PATH);
    await page.selectOption('#checker-dataset', 'cong-dong-hoc-tap');
    await page.setInputFiles('#checker-file', {
      name: '2018.xlsx',
      mimeType: XLSX,
      buffer: fixture('staff-2018.xlsx'),
    });
    await page.waitForSelector('#checker-summary.is-ok', { timeout: 30_000 });
    const rows = model().resultsOf('cong-dong-hoc-tap', 2018).length;
    expect(await page.locator('#checker-summary').innerText()).toContain(`${rows} dòng`);
    expect(await page.locator('.checker-preview th[data-col="commune_code"]').innerText()).toContain('Mã xã');
    expect(await page.locator('.checker-issues tr[data-code="header-row-found"]').count()).toBe(1);
  });

  it('refuses a file above the stated limit at once, before reading it', async () => {
    const { page } = await site.open(PATH);
    const hint = await page.locator('#checker-file-hint').innerText();
    expect(hint).toContain(`${CHECKER_MAX_BYTES / 1048576} MB`);
    await page.setInputFiles('#checker-file', {
      name: '2018.csv',
      mimeType: 'text/csv',
      buffer: Buffer.alloc(CHECKER_MAX_BYTES + 1, 0x41),
    });
    await page.waitForSelector('#checker-summary.is-bad', { timeout: 5_000 });
    expect(await page.locator('#checker-summary').innerText()).toContain(`${CHECKER_MAX_BYTES / 1048576} MB`);
    // The page still answers: the year list can be changed.
    expect(await page.locator('#checker-year option').count()).toBeGreaterThan(0);
  });

  it('embeds parsed reference values only, never raw data files', () => {
    const html = readFileSync(join(distDir(), 'kiem-tra-du-lieu', 'index.html'), 'utf8');
    const json = /<script type="application\/json" id="checker-config">([\s\S]*?)<\/script>/.exec(html)![1]!;
    const config = JSON.parse(json);
    expect(Object.keys(config).sort()).toEqual(['context', 'datasets', 'lang', 'maxBytes', 'messages']);
    expect(Object.keys(config.context).sort()).toEqual(['boundaries', 'communes', 'datasets', 'frameworks']);
    const m = model();
    expect(config.context.communes).toHaveLength(m.register.communes.length);
    // The boundary index as parsed (source, licence, period of each outline file), never an outline itself.
    expect(config.context.boundaries).toEqual(m.boundaries.sources);
    expect(json).not.toContain('"arcs"');
    // Nothing from files the checker does not need: the changelog, site contact, unit notes or coordinates.
    expect(json).not.toContain(m.site.contact.email);
    expect(json).not.toContain(m.changelog[0]!.title);
    const noted = m.register.communes.find((c) => c.note.length > 20)!;
    expect(json).not.toContain(noted.note);
    expect(json).not.toMatch(/valid_from|province_code|"lat"/);
  });
});
