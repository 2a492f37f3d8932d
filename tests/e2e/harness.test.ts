/**
 * The quality harness catches what it is meant to catch: each checker runs on a tiny site with planted
 * mistakes (a missing page, a missing anchor, a missing font, invalid HTML, an image without text, one
 * file differing between builds) and must report exactly those. Guards against checks that cannot fail.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkLinks } from '../../scripts/quality/links.ts';
import { validateHtml } from '../../scripts/quality/html.ts';
import { compareDirs } from '../../scripts/quality/determinism.ts';
import { measurePage, transferSize } from '../../scripts/quality/budgets.ts';
import { launchBrowser, localContext } from '../../scripts/quality/browser.ts';
import { serveSite, type SiteServer } from '../../scripts/lib/serve-site.ts';
import { prepareAxe, runAxe } from './helpers/axe.ts';

const BASE = { url: 'https://example.org/site/', path: '/' };
const page = (body: string, title = 'Trang thử') =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title><link rel="stylesheet" href="/style.css"></head><body><main>${body}</main></body></html>\n`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cdht-harness-'));
  mkdirSync(join(dir, 'a'));
  writeFileSync(
    join(dir, 'index.html'),
    page(
      '<h1>Trang chủ</h1><p><a href="/a/">A</a> <a href="/a/#y">y</a> <a href="/a/#x">x</a> <a href="/missing/">?</a> <a href="https://example.org/site/a/">abs</a> <a href="https://example.org/elsewhere/">out</a> <a href="https://other.example/">ext</a></p><img src="/pic.svg">',
    ),
  );
  writeFileSync(join(dir, 'a', 'index.html'), page('<h1 id="y">A</h1><div><em>mở</div></em>', 'Trang A'));
  writeFileSync(
    join(dir, 'style.css'),
    '@font-face{font-family:X;src:url(/font.woff2) format("woff2")} body{font-family:X}',
  );
  writeFileSync(
    join(dir, 'pic.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the checkers find planted mistakes', () => {
  test('link check: missing page, missing anchor, missing font, link outside the base', () => {
    const found = checkLinks(dir, BASE)
      .map((b) => `${b.from} ${b.link}`)
      .sort();
    expect(found).toEqual(
      ['/ https://example.org/elsewhere/', '/ /a/#x', '/ /missing/', '/style.css /font.woff2'].sort(),
    );
  });

  test('HTML validity: the misnested elements and the image without alt are reported by file and rule', async () => {
    const found = (await validateHtml(dir)).map((p) => `${p.file} ${p.rule}`);
    expect(found).toContain('index.html wcag/h37');
    expect(found).toContain('a/index.html close-order');
  });

  test('determinism: one changed file is named', () => {
    const copy = `${dir}-copy`;
    cpSync(dir, copy, { recursive: true });
    writeFileSync(join(copy, 'a', 'index.html'), page('<h1 id="y">B</h1>'));
    const diff = compareDirs(dir, copy);
    rmSync(copy, { recursive: true, force: true });
    expect(diff.different).toEqual(['a/index.html']);
    expect(diff.onlyInA.length + diff.onlyInB.length).toBe(0);
  });
});

describe('the browser checkers find planted mistakes', () => {
  let server: SiteServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    server = await serveSite(dir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('axe: the image without a text alternative is a WCAG violation', async () => {
    const context = await localContext(browser);
    await prepareAxe(context);
    const tab = await context.newPage();
    await tab.goto(server.url + '/');
    const ids = (await runAxe(tab)).map((v) => v.id);
    await context.close();
    expect(ids).toContain('image-alt');
  });

  test('budget: a first visit counts the page, its stylesheet and its image at transfer size', async () => {
    const m = await measurePage(browser, server.url, dir, '/');
    expect(m.bytes.html).toBe(transferSize(join(dir, 'index.html')));
    expect(m.bytes.css).toBe(transferSize(join(dir, 'style.css')));
    expect(m.bytes.img).toBe(transferSize(join(dir, 'pic.svg')));
    expect(m.total).toBe(m.bytes.html + m.bytes.css + m.bytes.img);
  });
});
