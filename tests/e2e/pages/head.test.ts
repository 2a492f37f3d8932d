/**
 * The page head says each thing once but every reader still finds it: the description is one <meta>
 * that a browser reads both as `name="description"` and as Open Graph's `og:description`, the title one
 * read as DC.title and og:title, and the finish step's scanner (pageHead, which feeds the national
 * units' search index) reads the same description from the built bytes. Expected values come from the
 * page itself as the browser parses it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distDir, useSite } from '../helpers/site.ts';
import { pageHead } from '../../../scripts/lib/site-scan.ts';
import { loadData } from '../../../src/lib/data/load.ts';
import { urls } from '../../../src/lib/site/urls.ts';

const site = useSite();
const code = loadData().model!.register.communeCodeList()[0]!;

describe('the page head', () => {
  for (const path of ['/', urls.commune(code, 'vi'), urls.commune(code, 'en')]) {
    test(`one description and one title for every reader: ${path}`, async () => {
      const { page } = await site.open(path);
      const head = await page.evaluate(() => {
        const content = (selector: string) => document.querySelector<HTMLMetaElement>(selector)?.content ?? null;
        return {
          description: content('meta[name="description"]'),
          og: content('meta[property="og:description"]'),
          dc: content('meta[name="DC.description"]'),
          title: content('meta[name="DC.title"]'),
          ogTitle: content('meta[property="og:title"]'),
          count: document.querySelectorAll('meta[name="description"], meta[property="og:description"]').length,
        };
      });
      expect(head.description).toBeTruthy();
      expect(head.og).toBe(head.description);
      expect(head.dc).toBe(head.description);
      expect(head.count).toBe(1);
      expect(head.ogTitle).toBe(head.title);
      const file = join(distDir(), path.replace(/^\//, ''), 'index.html');
      expect(pageHead(readFileSync(file)).description).toBe(head.description);
    });
  }
});
