/**
 * A site published under a subfolder (the usual GitHub project site): the bundled data with
 * base_path /cdht/ and a matching base_url is built into its own folder, served under /cdht/ as a static
 * host would, and used as a visitor would. Links, assets, map data, full-text search, the checker and
 * downloads must all stay inside /cdht/ and work; nothing may ask for a file at the host's root.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { startSite, type Site } from './helpers/site.ts';
import { model } from './helpers/expected.ts';
import { buildInto } from '../../scripts/quality/determinism.ts';
import { checkLinks, formatBroken } from '../../scripts/quality/links.ts';
import { sitemapEntries } from '../../scripts/quality/site.ts';
import { urls } from '../../src/lib/site/urls.ts';

const BASE = '/cdht/';
const BASE_URL = 'https://example.github.io/cdht/';

let root = '';
let out = '';
let site: Site;

beforeAll(async () => {
  // The bundled data with only the address changed.
  const data = mkdtempSync(join(tmpdir(), 'cdht-data-'));
  cpSync(process.env.DATA_DIR || 'data', data, { recursive: true });
  const settings = parse(readFileSync(join(data, 'site.yaml'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(data, 'site.yaml'), stringify({ ...settings, base_url: BASE_URL, base_path: BASE }));
  // Astro keeps prerender chunks in the output folder only when it is under the project (see determinism.ts).
  mkdirSync('.cache', { recursive: true });
  root = mkdtempSync(join(resolve('.cache'), 'subfolder-'));
  out = join(root, 'site');
  buildInto(out, join(root, 'astro-cache'), { DATA_DIR: data });
  rmSync(data, { recursive: true, force: true });
  site = await startSite(out, BASE);
}, 300_000);

afterAll(async () => {
  await site?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Every request a page makes to the server, with its status. */
function record(page: Page): { path: string; status: number }[] {
  const seen: { path: string; status: number }[] = [];
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (url.origin === new URL(site.url).origin) seen.push({ path: url.pathname, status: r.status() });
  });
  return seen;
}

describe(`a site published under ${BASE}`, () => {
  it('has no broken link, asset, download or sitemap entry, and the sitemap names the published address', () => {
    const broken = checkLinks(out, { url: BASE_URL, path: BASE });
    expect(broken.length === 0 ? '' : formatBroken(broken)).toBe('');
    const entries = sitemapEntries(out, { url: BASE_URL, path: BASE });
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.filter((e) => !e.startsWith(BASE_URL))).toEqual([]);
  });

  it('sends the host root to the site, and every file a page loads comes from inside the subfolder', async () => {
    const { page, problems } = await site.open(urls.home('vi'));
    const seen = record(page);
    await page.goto(new URL(site.url).origin + '/');
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).pathname).toBe(BASE);
    expect(seen.filter((r) => r.path !== '/' && !r.path.startsWith(BASE))).toEqual([]);
    expect(seen.filter((r) => r.status >= 400)).toEqual([]);
    // Styles and the heading font really apply (a broken asset path would leave them default).
    const font = await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).fontFamily);
    expect(font).toContain('Be Vietnam Pro');
    expect(problems).toEqual([]);
  });

  it('follows links from the home page to a commune, and switches language on the same page', async () => {
    const { page, problems } = await site.open(urls.home('vi'), { javaScriptEnabled: false });
    const link = page.locator('#danh-sach a[href*="/xa/"]').first();
    const href = (await link.getAttribute('href'))!;
    expect(href.startsWith(`${BASE}xa/`)).toBe(true);
    await link.click();
    await expect(page.locator('main h1').count()).resolves.toBe(1);
    expect(new URL(page.url()).pathname).toBe(href);
    await page.locator('a[hreflang="en"]').first().click();
    expect(new URL(page.url()).pathname).toBe(href.replace(BASE, `${BASE}en/`));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(problems).toEqual([]);
  });

  it('draws the map from its data files under the subfolder', async () => {
    const { page, problems } = await site.open(urls.map('vi'));
    const seen = record(page);
    await page.reload();
    await page.waitForSelector('.map-legend li', { timeout: 30_000 });
    const data = seen.filter((r) => r.path.includes('/ban-do/du-lieu/'));
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((r) => r.path.startsWith(`${BASE}ban-do/du-lieu/`) && r.status === 200)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('finds a commune instantly and a page by full-text search, with links inside the subfolder', async () => {
    const m = model();
    const unit = m.register.communesOn(`${m.years().at(-1)}-12-31`)[0]!;
    const { page, problems } = await site.open(urls.search('vi'));
    await page.fill('#tim-xa-trang', unit.code);
    const instant = page.locator('#tim-xa-trang-results a').first();
    await instant.waitFor();
    expect(await instant.getAttribute('href')).toBe(`${BASE}xa/${unit.code}/`);
    // Pagefind: its UI loads from the subfolder and its result links carry the base path.
    await page.waitForSelector('#pagefind input', { timeout: 30_000 });
    await page.fill('#pagefind input', unit.name.split(' ').at(-1)!);
    const result = page.locator('#pagefind .pagefind-ui__result-link').first();
    await result.waitFor({ timeout: 30_000 });
    const target = (await result.getAttribute('href'))!;
    expect(target.startsWith(BASE)).toBe(true);
    await result.click();
    await page.waitForLoadState('load');
    expect(await page.locator('main h1').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('checks a file in the browser and offers its templates from the subfolder', async () => {
    const m = model();
    const { dataset, year } = m.datasetYears().find((g) => g.results.length > 0)!;
    const { page, problems } = await site.open(urls.checker('vi'));
    await page.selectOption('#checker-dataset', dataset.id);
    const text = readFileSync(join(process.env.DATA_DIR || 'data', 'datasets', dataset.id, `${year}.csv`));
    await page.setInputFiles('#checker-file', { name: `${year}.csv`, mimeType: 'text/csv', buffer: text });
    await page.waitForSelector('#checker-summary.is-ok', { timeout: 30_000 });
    const template = (await page.locator('.checker-templates a[download]').first().getAttribute('href'))!;
    expect(template.startsWith(`${BASE}du-lieu/mau/`)).toBe(true);
    const status = await page.evaluate(async (u) => (await fetch(u)).status, template);
    expect(status).toBe(200);
    expect(problems).toEqual([]);
  });

  it('downloads a CSV from the catalogue that parses back to the published file', async () => {
    const { page, problems } = await site.open(urls.data('vi'));
    const href = (await page.locator('.dl-dataset a[href$=".csv"]').first().getAttribute('href'))!;
    expect(href.startsWith(`${BASE}du-lieu/`)).toBe(true);
    const body = await page.evaluate(async (u) => (await fetch(u)).text(), href);
    const file = readFileSync(join(out, href.slice(BASE.length)), 'utf8');
    const rows = (s: string) => Papa.parse<string[]>(s.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows(body)).toEqual(rows(file));
    expect(rows(body).length).toBeGreaterThan(1);
    expect(problems).toEqual([]);
  });
});
