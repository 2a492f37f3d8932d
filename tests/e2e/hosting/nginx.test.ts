/**
 * The site on Debian's nginx with the shipped configuration (scripts/hosting/nginx.ts), the way a
 * province's own web server publishes it. A focused suite rather than every browser test twice: the
 * pages, journeys and quality checks run on the built-in server; what nginx changes is how files are
 * served, so this visits one page of every type in both languages, every kind of file the site publishes,
 * the map data, search, the 404 page and a base path, checking types, charsets, compression, caching and
 * security headers, and that a browser sees no error and no Content-Security-Policy violation.
 */
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startNginx, type RunningNginx } from '../../../scripts/hosting/nginx-process.ts';
import { CACHE, contentType, kindOf } from '../../../scripts/hosting/types.ts';
import { securityHeaders } from '../../../scripts/hosting/headers.ts';
import { MIN_BYTES } from '../../../scripts/hosting/precompress.ts';
import { distDir, listFiles, pagePaths, pageType, fileOfPath } from '../../../scripts/quality/site.ts';
import { launchBrowser, localContext } from '../../../scripts/quality/browser.ts';
import { watch } from '../helpers/site.ts';
import { metaPolicy } from '../../../src/lib/site/csp.ts';
import { model } from '../helpers/expected.ts';

const dir = distDir();
let nginx: RunningNginx;
let browser: Browser;
beforeAll(async () => {
  nginx = await startNginx(dir);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.close();
});

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A GET with exactly the Accept-Encoding given, body as sent (not decoded). */
function get(url: string, acceptEncoding = ''): Promise<Raw> {
  return new Promise((ok, fail) => {
    const req = request(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const decode = (r: Raw): Buffer =>
  r.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(r.body)
    : r.headers['content-encoding'] === 'gzip'
      ? gunzipSync(r.body)
      : r.body;

function expectSecurityHeaders(r: Raw, what: string): void {
  for (const [name, value] of Object.entries(securityHeaders(dir)))
    expect(r.headers[name.toLowerCase()], `${name} on ${what}`).toBe(value);
}

/** One page of every type in each language, from the built site itself. */
function pagesByType(): string[] {
  const seen = new Map<string, string>();
  for (const path of pagePaths(dir)) {
    if (path === '/404.html') continue;
    const key = `${path.startsWith('/en/') ? 'en' : 'vi'} ${pageType(path)}`;
    if (!seen.has(key)) seen.set(key, path);
  }
  return [...seen.values()];
}

/** One file of every extension the site publishes (and every extension-less name), not siblings. */
function filesByKind(): string[] {
  const seen = new Map<string, string>();
  for (const file of listFiles(dir)) {
    if (/\.(gz|br)$/.test(file)) continue;
    const name = file.slice(file.lastIndexOf('/') + 1);
    const key = name.includes('.') ? name.slice(name.lastIndexOf('.')) : name;
    if (!seen.has(key)) seen.set(key, file);
  }
  return [...seen.values()];
}

describe('nginx serves the site', () => {
  it('sends every page type compressed (brotli, else gzip, else plain), byte-identical to the build', async () => {
    const pages = pagesByType();
    expect(pages.length).toBeGreaterThanOrEqual(10);
    for (const path of pages) {
      const file = readFileSync(fileOfPath(dir, path)!);
      // The header policy is the home page's; every page must carry that same one.
      expect(metaPolicy(file.toString('utf8')), `${path} has the site's one CSP`).toBe(
        metaPolicy(readFileSync(join(dir, 'index.html'), 'utf8')),
      );
      for (const [accept, encoding] of [
        ['br, gzip', nginx.brotli ? 'br' : 'gzip'],
        ['gzip', 'gzip'],
        ['', undefined],
      ] as const) {
        const r = await get(nginx.url + path, accept);
        expect(r.status, path).toBe(200);
        expect(r.headers['content-type'], path).toBe('text/html; charset=utf-8');
        expect(r.headers['content-encoding'], `${path} with "${accept}"`).toBe(encoding);
        expect(r.headers['cache-control'], path).toBe(CACHE.short);
        if (encoding) expect(r.headers.vary, path).toMatch(/Accept-Encoding/i);
        expect(decode(r).equals(file), `${path} (${accept || 'identity'}) is the built file`).toBe(true);
        expectSecurityHeaders(r, path);
      }
    }
  });

  it('serves every kind of published file with its type and charset, hashed assets cached for a year', async () => {
    const files = filesByKind();
    for (const ext of ['.csv', '.json', '.geojson', '.atom', '.zip', '.xml', '.css', '.js', '.woff2', 'SHA256SUMS'])
      expect(
        files.some((f) => f.endsWith(ext)),
        `the site publishes a ${ext} file`,
      ).toBe(true);
    for (const file of files) {
      const r = await get(`${nginx.url}/${file}`, 'br, gzip');
      expect(r.status, file).toBe(200);
      expect(r.headers['content-type'], file).toBe(contentType(file));
      expect(r.headers['cache-control'], file).toBe(file.startsWith('_astro/') ? CACHE.hashed : CACHE.short);
      const compressed = kindOf(file).compress && readFileSync(join(dir, file)).length >= MIN_BYTES;
      expect(r.headers['content-encoding'] !== undefined, `${file} compressed`).toBe(compressed);
      expect(decode(r).equals(readFileSync(join(dir, file))), `${file} is the built file`).toBe(true);
      expectSecurityHeaders(r, file);
    }
    expect(files.some((f) => f.startsWith('_astro/'))).toBe(true);
  });

  it('downloads stay as published: a CSV keeps its BOM and parses to the same header', async () => {
    const csv = listFiles(dir).find((f) => f.startsWith('du-lieu/') && f.endsWith('.csv'))!;
    const r = await get(`${nginx.url}/${csv}`, 'gzip');
    const text = decode(r).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[0]).toBe(readFileSync(join(dir, csv), 'utf8').split('\r\n')[0]);
  });

  it('answers an unknown address with the site 404 page and status 404', async () => {
    for (const path of ['/khong-co-trang-nay/', '/xa/00000/', '/du-lieu/khong-co.csv']) {
      const r = await get(nginx.url + path, 'br, gzip');
      expect(r.status, path).toBe(404);
      expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(decode(r).equals(readFileSync(join(dir, '404.html'))), `${path} shows the site's 404 page`).toBe(true);
      expectSecurityHeaders(r, path);
    }
  });

  it('in a browser: every page type loads with no error, no failed request and no CSP violation', async () => {
    const context = await localContext(browser);
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    for (const path of pagesByType()) {
      const page = await context.newPage();
      const problems = watch(page, nginx.url);
      page.on('console', (m) => {
        if (/Content.Security.Policy|CSP violation/i.test(m.text())) problems.push(m.text());
      });
      await page.goto(nginx.url + path, { waitUntil: 'load' });
      expect(problems, path).toEqual([]);
      await page.close();
    }
    await context.close();
  }, 240_000);

  it('in a browser: the map draws its data and search finds a commune by name', async () => {
    const context = await localContext(browser);
    const page = await context.newPage();
    const problems = watch(page, nginx.url);
    const mapData: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.json') && r.status() === 200) mapData.push(r.url());
    });
    await page.goto(`${nginx.url}/ban-do/`);
    await page.locator('.leaflet-container').waitFor({ timeout: 15_000 });
    await expect
      .poll(() => mapData.length, { timeout: 15_000, message: 'map data loaded through nginx' })
      .toBeGreaterThan(0);
    const name = model().register.communes.find((c) => c.to === null)!.name;
    const urls = (await page.evaluate(`(async () => {
      const pf = await import('/pagefind/pagefind.js');
      await pf.mergeIndex('/pagefind/don-vi/');
      const res = await pf.search(${JSON.stringify(name)});
      return Promise.all(res.results.slice(0, 20).map(async (r) => (await r.data()).url));
    })()`)) as string[];
    expect(
      urls.some((u) => u.includes('/xa/')),
      `search for "${name}" through nginx`,
    ).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('nginx under a base path', () => {
  let sub: RunningNginx;
  beforeAll(async () => {
    sub = await startNginx(dir, '/cdht/');
  });
  afterAll(async () => sub?.close());

  it('serves the site below /cdht/ and nothing outside it', async () => {
    const asset = listFiles(dir).find((f) => f.startsWith('_astro/') && f.endsWith('.css'))!;
    const home = await get(`${sub.url}/cdht/`, 'gzip');
    expect(home.status).toBe(200);
    expect(decode(home).equals(readFileSync(join(dir, 'index.html')))).toBe(true);
    const css = await get(`${sub.url}/cdht/${asset}`);
    expect([css.status, css.headers['cache-control']]).toEqual([200, CACHE.hashed]);
    const data = await get(`${sub.url}/cdht/du-lieu/SHA256SUMS`);
    expect([data.status, data.headers['content-type']]).toEqual([200, 'text/plain; charset=utf-8']);
    for (const path of ['/', '/du-lieu/', '/cdht/khong-co/']) {
      const r = await get(sub.url + path);
      expect(r.status, path).toBe(404);
      expect(r.body.equals(readFileSync(join(dir, '404.html'))), `${path} shows the site's 404 page`).toBe(true);
    }
  });
});
