/**
 * Shared setup of the browser tests: the built site (OUT_DIR or dist/) served on a free port of
 * 127.0.0.1, one Chromium per test file, and pages that record what a visitor would notice going wrong
 * (script errors, console errors, local files that fail to load).
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { serveSite } from '../../../scripts/lib/serve-site.ts';
import { launchBrowser, localContext } from '../../../scripts/quality/browser.ts';
import { distDir, hasPage, siteBase } from '../../../scripts/quality/site.ts';

export { distDir, hasPage };

export interface Site {
  url: string;
  browser: Browser;
  /** Open a page in a fresh context; `problems` fills with errors seen while it is used. */
  open(
    path: string,
    options?: BrowserContextOptions,
  ): Promise<{ page: Page; context: BrowserContext; problems: string[] }>;
  close(): Promise<void>;
}

/**
 * Serve a built site (default OUT_DIR or dist/, under site.yaml's base path) and launch Chromium; call
 * close() in afterAll. `url` is where the site starts, base path included, so tests open `url + path`.
 */
export async function startSite(dir = distDir(), basePath = siteBase().path): Promise<Site> {
  if (!existsSync(dir)) throw new Error(`No built site at ${dir}: run npm run build (or set OUT_DIR)`);
  const server = await serveSite(dir, { basePath });
  const browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  const violations: string[] = [];
  return {
    url: server.url,
    browser,
    async open(path, options = {}) {
      const context = await localContext(browser, { acceptDownloads: true, ...options });
      contexts.push(context);
      const page = await context.newPage();
      const problems = watch(page, server.url);
      await watchCsp(page, problems, violations);
      await page.goto(server.url + path);
      return { page, context, problems };
    },
    async close() {
      await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
      await browser.close();
      await server.close();
      // Whatever a test asserted, a Content-Security-Policy violation on any page it opened fails it.
      if (violations.length > 0) throw new Error(`Content-Security-Policy violations:\n${violations.join('\n')}`);
    },
  };
}

/**
 * The site for one test file: started before its tests (only when `enabled`, e.g. while the page under
 * test exists) and stopped after them. Use it at the top level of a test file.
 */
export function useSite(enabled = true): Site {
  let current: Site | undefined;
  beforeAll(async () => {
    if (enabled) current = await startSite();
  });
  afterAll(async () => {
    await current?.close();
  });
  const get = (): Site => {
    if (!current) throw new Error('the site is not started (useSite was disabled or its hook has not run)');
    return current;
  };
  return {
    get url() {
      return get().url;
    },
    get browser() {
      return get().browser;
    },
    open: (path, options) => get().open(path, options),
    close: async () => current?.close(),
  };
}

/** Record script errors, console errors and failed local requests of a page. */
export function watch(page: Page, origin: string): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/ERR_BLOCKED_BY_CLIENT/.test(m.text())) problems.push(`console error: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.url().startsWith(origin) && r.status() >= 400)
      problems.push(`HTTP ${r.status()}: ${r.url().slice(origin.length)}`);
  });
  return problems;
}

/**
 * Count Content-Security-Policy violations on a page: each one the browser reports (the
 * `securitypolicyviolation` event, in every frame, from the first byte) becomes a problem, so every page
 * visit of every browser test fails on one. Call before the first navigation.
 */
export async function watchCsp(page: Page, problems: string[], all: string[] = []): Promise<void> {
  await page.exposeFunction('__cspViolation', (v: string) => {
    problems.push(`CSP violation: ${v}`);
    all.push(`${page.url()}: ${v}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation;
      report(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || location.pathname}:${e.lineNumber}`,
      );
    });
  });
}

/** The visible text of the main content, with whitespace collapsed. */
export async function mainText(page: Page): Promise<string> {
  return (await page.locator('main').innerText()).replace(/\s+/g, ' ');
}

/**
 * Open every folded <details> of the page by clicking its summary, as a reader does (works with
 * JavaScript off: the browser toggles them natively). Nested folds open as they appear.
 */
export async function openFolds(page: Page): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const closed = page.locator('main details:not([open]) > summary:visible');
    const n = await closed.count();
    if (n === 0) return;
    for (let i = n - 1; i >= 0; i--) await closed.nth(i).click();
  }
}
