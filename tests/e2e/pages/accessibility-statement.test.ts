/**
 * The accessibility statement, as a visitor finds and reads it: every page's footer links it in the
 * page's language; it names WCAG 2.2 AA and Circular 26/2020/TT-BTTTT, says how the site is tested,
 * names the map's equal alternative among its known limits, gives the contact of site.yaml to report a
 * barrier, and shows the review date of site.yaml (never the build day).
 */
import { describe, expect, test } from 'vitest';
import { useSite, mainText } from '../helpers/site.ts';
import { model } from '../helpers/expected.ts';
import { readFileSync } from 'node:fs';
import { distDir, fileOfPath, pagePaths } from '../../../scripts/quality/site.ts';
import { urls } from '../../../src/lib/site/urls.ts';
import { tr } from '../../../src/lib/site/i18n/index.ts';

const site = useSite();

/** The date as each language's pages write it (site format: 01/12/2026, 1 Dec 2026). */
const dateIn = (iso: string, lang: 'vi' | 'en') =>
  new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    ...(lang === 'vi' ? { day: '2-digit', month: '2-digit' } : { day: 'numeric', month: 'short' }),
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));

describe('accessibility statement', () => {
  test.each(['vi', 'en'] as const)(
    'says what it meets, how it is tested, its limits and whom to tell (%s)',
    async (lang) => {
      const m = model();
      const { page, problems } = await site.open(urls.accessibility(lang));
      const text = await mainText(page);
      expect(await page.locator('h1').innerText()).toBe(
        lang === 'vi' ? 'Tuyên bố về khả năng tiếp cận' : 'Accessibility statement',
      );
      expect(text).toContain('WCAG) 2.2');
      expect(text).toContain('AA');
      expect(text).toContain('26/2020/TT-BTTTT');
      expect(text).toContain('axe-core');
      expect(text).toContain('Lighthouse');
      expect(text).toContain('360 px');
      expect(await page.locator('main h2').count()).toBeGreaterThanOrEqual(5);
      const mail = page.locator(`main a[href="mailto:${m.site.contact.email}"]`);
      expect(await mail.count()).toBe(1);
      expect(text).toContain(tr(m.site.contact.name, lang));
      const reviewed = m.site.accessibility?.reviewed;
      expect(reviewed, 'site.yaml gives accessibility.reviewed').toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(text).toContain(dateIn(reviewed!, lang));
      expect(problems).toEqual([]);
    },
  );

  test('every page links the statement from its footer, in its own language', () => {
    const missing: string[] = [];
    for (const path of pagePaths()) {
      const html = readFileSync(fileOfPath(distDir(), path)!, 'utf8');
      const lang = /<html lang="(vi|en)"/.exec(html)?.[1] as 'vi' | 'en' | undefined;
      const footer = /<footer[\s\S]*?<\/footer>/.exec(html)?.[0] ?? '';
      if (!lang || !footer.includes(`href="${urls.accessibility(lang)}"`)) missing.push(`${path} (${lang})`);
    }
    expect(missing).toEqual([]);
  });
});
