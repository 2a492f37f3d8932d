/**
 * The one browser launcher: Debian's Chromium (or the browser CHROMIUM_PATH names, as CI sets it) driven
 * by playwright-core for every browser test, quality check and benchmark (ESLint forbids launching
 * elsewhere), locked to the local machine: every request that is not to 127.0.0.1 is aborted (map tiles,
 * fonts from CDNs…), so the checks never touch the internet and measure only what the site itself serves.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags of every Chromium the checks start (Lighthouse's too): no sandbox, GPU or background networking. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Launch headless Chromium with background networking off. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** A fresh context (cold cache, like a first visit) that only reaches the local server; `blocked` collects what was refused. */
export async function localContext(
  browser: Browser,
  options: BrowserContextOptions = {},
  blocked: string[] = [],
): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'vi-VN', serviceWorkers: 'block', ...options });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(url)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  return context;
}
