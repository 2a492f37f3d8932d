/**
 * The A4 print of a commune page (issue 15.5), as a reader gets it from the browser's Print → PDF:
 * Chromium's page.pdf() in print media, read back with poppler's pdftotext as a reader copying text from
 * the PDF would. The card carries the page's address, a QR code that decodes to that address (the PNG
 * drawn on a canvas and read by the `qr` decoder), the publisher, the licence, the data date and today's
 * date; Vietnamese words come out whole ("Kết quả", not "Kế t quả"); every criterion name of the printed
 * year is there in full. Expected values come from the data (loadData) and the URL module.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import decodeQR from 'qr/decode.js';
import { loadData } from '../../../src/lib/data/load.ts';
import { absolute, urls } from '../../../src/lib/site/urls.ts';
import { useSite } from '../helpers/site.ts';

const model = loadData().model!;
const reg = model.register;
const site = useSite();
const dir = mkdtempSync(join(tmpdir(), 'print-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The result whose criteria print: the page's newest (then first dataset), as the page orders them. */
const printed = (c: string) =>
  model.resultsOfCode(c).sort((a, b) => b.year - a.year || a.dataset.localeCompare(b.dataset))[0];
/** A code in force today with the most results, whose printed result has published criteria. */
const code = reg
  .communeCodeList()
  .filter((c) => reg.communesWithCode(c).at(-1)!.to === null && printed(c)?.criteriaPublished)
  .sort((a, b) => model.resultsOfCode(b).length - model.resultsOfCode(a).length || a.localeCompare(b))[0]!;

const collapse = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');

describe('the printed commune page', () => {
  for (const lang of ['vi', 'en'] as const) {
    test(`carries address, QR code, publisher, licence, dates; text copies whole (${lang})`, async () => {
      const path = urls.commune(code, lang);
      const { page, problems } = await site.open(path);
      await page.emulateMedia({ media: 'print' });
      const address = absolute(path, model.site);

      // The QR code, drawn as the printer would, decodes to the page's own address.
      const card = page.getByTestId('print-qr');
      expect(await card.isVisible()).toBe(true);
      const src = (await card.getAttribute('src'))!;
      expect(src).toMatch(/^data:image\/png;base64,/);
      expect(await card.getAttribute('alt')).toContain(address);
      const pixels = await page.evaluate(async (uri) => {
        const img = new Image();
        img.src = uri;
        await img.decode();
        const size = 400;
        const canvas = Object.assign(document.createElement('canvas'), { width: size, height: size });
        const ctx = canvas.getContext('2d')!;
        ctx.imageSmoothingEnabled = false;
        ctx.drawImage(img, 0, 0, size, size);
        return { width: size, height: size, data: Array.from(ctx.getImageData(0, 0, size, size).data) };
      }, src);
      expect(decodeQR({ ...pixels, data: Uint8Array.from(pixels.data) })).toBe(address);

      const pdf = join(dir, `${code}-${lang}.pdf`);
      await page.pdf({ path: pdf, format: 'A4', printBackground: true });
      const text = collapse(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));

      expect(text).toContain(address);
      expect(text).toContain(model.site.publisher[lang]);
      expect(text).toContain(model.site.licence.name);
      const updated = new Date(`${model.changelog[0]!.date}T00:00:00Z`);
      const today = new Date();
      const fmt = (d: Date, tz?: string) =>
        lang === 'vi'
          ? new Intl.DateTimeFormat('vi-VN', {
              day: '2-digit',
              month: '2-digit',
              year: 'numeric',
              timeZone: tz,
            }).format(d)
          : new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: tz }).format(
              d,
            );
      expect(text).toContain(fmt(updated, 'UTC'));
      expect(text, 'the print date, filled in by the page').toContain(fmt(today));

      // Words set in the heading font copy out whole.
      const words =
        lang === 'vi' ? ['Kết quả mới nhất', 'Từng tiêu chí theo năm', 'Lịch sử qua các năm'] : ['Latest result'];
      for (const w of words) expect(text).toContain(w);

      // The latest result's criteria print in full, never cut with "…".
      const latest = printed(code)!;
      for (const c of model.frameworks.get(latest.framework)!.criteria) expect(text).toContain(collapse(c.name[lang]));
      expect(problems).toEqual([]);
    });
  }

  test('with JavaScript off the card keeps a blank line for the date', async () => {
    const { page } = await site.open(urls.commune(code, 'vi'), { javaScriptEnabled: false });
    await page.emulateMedia({ media: 'print' });
    const pdf = join(dir, `${code}-nojs.pdf`);
    await page.pdf({ path: pdf, format: 'A4' });
    const text = collapse(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
    expect(text).toContain('Ngày in');
    expect(text).toContain('…… / …… / …………');
    expect(await page.locator('[data-print-date]').textContent()).toBe('…… / …… / …………');
  });

  test('on screen the card is not shown', async () => {
    const { page } = await site.open(urls.commune(code, 'vi'));
    expect(await page.getByTestId('print-qr').isVisible()).toBe(false);
  });
});
