/**
 * The data catalogue in a real browser (Debian's Chromium) against the built site: every download link
 * works and shows the true size, a year CSV downloads on click as Excel reads it, the JSON-LD is a valid schema.org Dataset pointing at real files, the
 * release feed is well-formed XML whose links land on the page, the page works without JavaScript and
 * has no serious accessibility violations. Expected values come from the built files and the data.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Papa from 'papaparse';
import { loadData } from '../../../src/lib/data/load.ts';
import { formatBytes } from '../../../src/lib/site/bytes.ts';
import { distDir, useSite } from '../helpers/site.ts';
import { model as expectedModel } from '../helpers/expected.ts';
import { downloads, urls } from '../../../src/lib/site/urls.ts';
import { LANGS } from '../../../src/lib/site/i18n/locales.ts';

const DIST = distDir();
const site = useSite();

/** Open a page in a fresh context that reaches only the local site; `problems` lists errors seen. */
const open = (path: string, javaScriptEnabled = true) => site.open(path, { javaScriptEnabled });

const fileBytes = (urlPath: string) => readFileSync(join(DIST, decodeURIComponent(urlPath)));

describe('the data catalogue /du-lieu/', () => {
  test('every download link answers with the file, and the size shown is its real size', async () => {
    const { page, problems } = await open(urls.data('vi'));
    const links = await page.$$eval('.dl-links li', (items) =>
      items.map((li) => ({
        href: li.querySelector('a')!.getAttribute('href')!,
        size: li.querySelector('.muted')!.textContent!.trim(),
      })),
    );
    expect(links.length).toBeGreaterThan(50);
    for (const { href, size } of links) {
      const res = await fetch(site.url + href);
      expect(res.status, href).toBe(200);
      const body = new Uint8Array(await res.arrayBuffer());
      expect(Buffer.from(body).equals(fileBytes(href)), href).toBe(true);
      expect(size, href).toBe(formatBytes(body.length, 'vi'));
    }
    const zipHref = await page.getAttribute('a.button[download]', 'href');
    const zipText = await page.textContent('a.button[download]');
    expect(zipText).toContain(formatBytes(fileBytes(zipHref!).length, 'vi'));
    expect(problems).toEqual([]);
  });

  test("a click on a year CSV downloads it as UTF-8 with BOM, holding that year's communes", async () => {
    const m = expectedModel();
    const dataset = m.datasets[0]!;
    const year = dataset.years.at(-1)!;
    const { page, problems } = await open(urls.data('vi'));
    const link = page.locator(`.dl-dataset a[href$="${downloads.wide(dataset.id, year)}"]`).first();
    // A click must download the file (download attribute or a CSV content type), not display it.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), link.click()]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)], 'starts with a UTF-8 BOM for Excel').toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    // Codes stay text with their leading zeros: exactly the communes assessed that year.
    const codes = parsed.data.map((row) => row.commune_code);
    expect(new Set(codes)).toEqual(new Set(m.resultsOf(dataset.id, year).map((r) => r.code)));
    expect(problems).toEqual([]);
  });

  test('the SHA-256 list on the page matches the published SHA256SUMS and the bytes', async () => {
    const { page } = await open(urls.data('vi'));
    const rows = await page.$$eval('.dl-sums tbody tr', (trs) =>
      trs.map((tr) => [tr.querySelector('th')!.textContent!.trim(), tr.querySelector('td')!.textContent!.trim()]),
    );
    const sums = readFileSync(join(DIST, 'du-lieu', 'SHA256SUMS'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => [l.slice(66), l.slice(0, 64)]);
    expect(rows).toEqual(sums);
  });

  test('the JSON-LD is a schema.org Dataset whose downloads exist, with the site licence', async () => {
    const { model } = loadData();
    for (const path of LANGS.map((l) => urls.data(l))) {
      const { page } = await open(path);
      const text = await page.textContent('script[type="application/ld+json"]');
      const ld = JSON.parse(text!);
      expect(ld['@type']).toBe('Dataset');
      expect(ld.license).toBe(model!.site.licence.url);
      expect(ld.hasPart.length).toBe(model!.datasets.length);
      expect(ld.distribution.length).toBeGreaterThan(0);
      for (const d of ld.distribution) {
        const file = join(DIST, 'du-lieu', d.contentUrl.split('/du-lieu/')[1]);
        expect(existsSync(file), d.contentUrl).toBe(true);
        expect(d.contentSize).toBe(`${readFileSync(file).length} B`);
      }
    }
  });

  test('the release feed is well-formed Atom whose entries link to changelog entries on the page', async () => {
    const { model } = loadData();
    const { page } = await open(urls.data('vi'));
    const feed = readFileSync(join(DIST, 'du-lieu', 'phat-hanh.atom'), 'utf8');
    const result = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return {
        error: doc.getElementsByTagName('parsererror').length,
        anchors: [...doc.getElementsByTagName('entry')].map(
          (e) => e.getElementsByTagName('link')[0]!.getAttribute('href')!.split('#')[1]!,
        ),
      };
    }, feed);
    expect(result.error).toBe(0);
    expect(result.anchors.length).toBe(model!.changelog.length);
    for (const id of result.anchors) expect(await page.locator(`[id="${id}"]`).count(), id).toBe(1);
  });

  test('works without JavaScript: the files, citation and dictionary are all in the HTML', async () => {
    const { model } = loadData();
    const { page, problems } = await open(urls.data('en'), false);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Open data');
    const cites = await page.$$eval('.dl-cite blockquote', (q) => q.map((x) => x.textContent!.trim()));
    expect(cites.length).toBe(2);
    expect(cites[0]).toContain(model!.site.title.vi);
    expect(cites[1]).toContain(model!.site.title.en);
    for (const d of model!.datasets)
      for (const y of d.years)
        expect(await page.locator(`.dl-dataset a[href$="${downloads.wide(d.id, y)}"]`).count(), `${d.id} ${y}`).toBe(1);
    // The dictionary documents every column of the results download.
    const header = readFileSync(join(DIST, 'du-lieu', 'cong-dong-hoc-tap', 'ket-qua.csv'), 'utf8')
      .slice(1)
      .split('\r\n')[0]!
      .split(',');
    const documented = await page.$$eval('.dl-dict', (ds) =>
      ds.map((d) => [...d.querySelectorAll('tbody th code')].map((c) => c.textContent)),
    );
    expect(documented.some((cols) => header.every((h) => cols.includes(h)))).toBe(true);
    expect(problems).toEqual([]);
  });

  test('has no serious or critical accessibility violations (axe-core)', async () => {
    const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
    for (const path of LANGS.map((l) => urls.data(l))) {
      const { page } = await open(path);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      // Evaluated, not added as an inline <script>: the site's Content-Security-Policy refuses those.
      await page.evaluate(readFileSync(axePath, 'utf8'));
      const violations = await page.evaluate(async () => {
        // @ts-expect-error axe is injected above
        const r = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
        return r.violations
          .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v: { id: string; nodes: { target: string[] }[] }) =>
              `${v.id}: ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(' | ')}`,
          );
      });
      expect(violations, path).toEqual([]);
    }
  });
});
