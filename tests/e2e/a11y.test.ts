/**
 * Accessibility of every page as a visitor's browser renders it: axe-core with the WCAG 2.0–2.2 A and AA
 * rules on each page of the sitemap (or every built page), one test per page type. Zero violations,
 * except reviewed entries of a11y-exclusions.json. The same visit also fails on script errors and on
 * files of the site that do not load. A failure names the page, the rule and the element.
 */
import { describe, expect, test } from 'vitest';
import { useSite, watch } from './helpers/site.ts';
import { exclusions, isExcluded, prepareAxe, runAxe } from './helpers/axe.ts';
import { pagePaths, pageType } from '../../scripts/quality/site.ts';
import { localContext } from '../../scripts/quality/browser.ts';

/** Pages checked at once: two tabs keep the 2-core CI machine busy without starving it. */
const TABS = 2;

const byType = new Map<string, string[]>();
for (const path of pagePaths()) byType.set(pageType(path), [...(byType.get(pageType(path)) ?? []), path]);

const site = useSite();

test('every accessibility exclusion names a rule and gives a written reason', () => {
  for (const e of exclusions) {
    expect(e.rule, JSON.stringify(e)).toMatch(/^[a-z0-9-]+$/);
    expect(e.reason?.trim().length ?? 0, `exclusion of ${e.rule} needs a reason`).toBeGreaterThan(10);
  }
});

describe('accessibility (axe-core, WCAG 2.2 A + AA) and clean loading of every page', () => {
  test('the site has pages to check', () => expect(byType.size).toBeGreaterThan(0));
  for (const [type, paths] of [...byType].sort()) {
    test(
      `${type} pages (${paths.length})`,
      async () => {
        const failures: string[] = [];
        const context = await localContext(site.browser);
        await prepareAxe(context);
        const queue = [...paths];
        const worker = async () => {
          const page = await context.newPage();
          for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
            const problems = watch(page, site.url);
            await page.goto(site.url + path, { waitUntil: 'load' });
            for (const v of await runAxe(page)) {
              for (const target of v.targets) {
                if (!isExcluded(v.id, path, target))
                  failures.push(`${path} — ${v.id} (${v.impact}): ${v.help} — at ${target}`);
              }
            }
            page.removeAllListeners();
            if (!path.endsWith('404.html')) failures.push(...problems.map((p) => `${path} — ${p}`));
          }
          await page.close();
        };
        await Promise.all(Array.from({ length: TABS }, worker));
        await context.close();
        const shown =
          failures.slice(0, 40).join('\n') + (failures.length > 40 ? `\n… ${failures.length - 40} more` : '');
        expect(shown, `${failures.length} problem(s) on ${type} pages`).toBe('');
      },
      30_000 + paths.length * 3_000,
    );
  }
});
