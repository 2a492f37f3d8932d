/**
 * Every page sends one Content-Security-Policy (Astro's <meta>, src/lib/site/csp.ts), every page of the
 * built site runs under it with 0 violations in Chromium, and the policy is enforced: an inline script
 * that is not the site's own is refused and counted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, useSite, watchCsp } from './helpers/site.ts';
import { htmlFiles, sitePolicy } from '../../scripts/lib/finish-site.ts';
import { headerPolicy, metaPolicy } from '../../src/lib/site/csp.ts';

const site = useSite();
const dir = distDir();

describe('Content-Security-Policy', () => {
  it('every page carries the same policy, without unsafe-inline or unsafe-eval for scripts', () => {
    const policy = sitePolicy(dir);
    const script = policy.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(policy).toContain("object-src 'none'");
    expect(headerPolicy(policy)).toContain("frame-ancestors 'none'");
    expect(metaPolicy(readFileSync(join(dir, 'index.html'), 'utf8'))).toBe(policy);
  });

  it('every page of the site loads and runs its scripts with 0 violations', async () => {
    const pages = htmlFiles(dir).map((f) => '/' + f.replace(/index\.html$/, ''));
    expect(pages.length).toBeGreaterThan(50);
    const { page, problems } = await site.open('/');
    const seen: string[] = [];
    for (const path of pages) {
      await page.goto(site.url + path, { waitUntil: 'load' });
      seen.push(
        ...problems
          .splice(0)
          .filter((p) => p.startsWith('CSP'))
          .map((p) => `${path} ${p}`),
      );
    }
    expect(seen).toEqual([]);
  }, 600_000);

  it('is enforced: an inline script that is not the site’s own is refused and counted', async () => {
    const { context } = await site.open('/');
    const page = await context.newPage();
    const problems: string[] = [];
    await watchCsp(page, problems);
    await page.goto(site.url + '/');
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    await page.waitForTimeout(200);
    expect(ran).toBe(false);
    expect(problems.filter((p) => p.includes('script-src'))).toHaveLength(1);
    problems.length = 0;
  });
});
