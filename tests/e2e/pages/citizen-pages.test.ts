/**
 * The citizen pages as a visitor sees them, against the built site (OUT_DIR or dist/): a commune page
 * shows the values the data holds, a merged unit links to what it became, the year table is complete
 * with JavaScript off, and the finder forgives missing diacritics and finds communes by old names.
 * Every expected value is derived from the data through loadData(), never written here.
 */
import { describe, expect, test } from 'vitest';
import { loadData } from '../../../src/lib/data/load.ts';
import { fold } from '../../../src/lib/data/text.ts';
import { useSite } from '../helpers/site.ts';
import { urls } from '../../../src/lib/site/urls.ts';
import type { Result } from '../../../src/lib/data/types.ts';

const model = loadData().model!;
const reg = model.register;
const vi = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(n);

/** The current unit's own results (its history: never another unit's under the same code). */
const own = (code: string) => model.resultsOfHistory(model.history(reg.communesWithCode(code).at(-1)!.key));

/** The code with the most results whose latest unit is still in force (a well-filled commune page). */
const richCode = reg
  .communeCodeList()
  .filter((c) => reg.communesWithCode(c).at(-1)!.to === null)
  .sort((a, b) => own(b).length - own(a).length || a.localeCompare(b))[0]!;

/** A unit that ended and has a successor with another code (a merger into a neighbour). */
const merged = reg.communes.find(
  (u) => u.to !== null && u.successors.some((k) => reg.communeByKey(k)!.code !== u.code),
)!;

/** A code's results as its page groups their criteria: one table per unit (history), dataset and framework. */
function criteriaGroups(code: string): Map<string, Result[]> {
  const groups = new Map<string, Result[]>();
  for (const r of model.resultsOfCode(code)) {
    const key = `${model.history(r.unitKey).key}|${r.dataset}|${r.framework}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return groups;
}

const site = useSite();

describe('commune page', () => {
  test('shows the latest result per dataset as the data holds it', async () => {
    const { page, problems } = await site.open(urls.commune(richCode, 'vi'));
    const results = own(richCode);
    expect(await page.locator('h1').textContent()).toContain(reg.communesWithCode(richCode).at(-1)!.name);
    for (const dataset of model.datasets) {
      const latest = results.filter((r) => r.dataset === dataset.id).at(-1);
      if (!latest) continue;
      const framework = model.frameworks.get(latest.framework)!;
      const card = page.locator(`article.latest[data-dataset="${dataset.id}"]`);
      const headline = (await card.getByTestId('latest-headline').textContent())!.trim();
      const className = framework.classes.find((c) => c.id === latest.classId)!.name.vi;
      expect(await card.getByTestId('latest-class').textContent()).toBe(className);
      // Points: the class first, then the score. Recognition: the level, never a bare "15/15".
      if (framework.kind === 'points') {
        expect(headline.indexOf(className)).toBeLessThan(
          headline.indexOf(`${vi(latest.total)}/${vi(framework.totalMax)}`),
        );
      } else {
        expect(headline).toMatch(/^Đạt |^Chưa/);
        expect(headline).not.toContain(`/${framework.totalMax}`);
      }
      expect(await card.textContent()).toContain(String(latest.year));
      if (latest.decisionNumber)
        expect(await card.getByTestId('latest-decision').textContent()).toContain(latest.decisionNumber);
    }
    expect(problems.filter((p) => !p.includes('tile'))).toEqual([]);
  });

  test('each criteria table gives every criterion’s value in each year the unit was assessed, newest first', async () => {
    // The code with the most tables (units × datasets × frameworks), e.g. a reused code across a merger.
    const code = reg
      .communeCodeList()
      .sort((a, b) => criteriaGroups(b).size - criteriaGroups(a).size || a.localeCompare(b))[0]!;
    const groups = criteriaGroups(code);
    const { page } = await site.open(urls.commune(code, 'vi'));
    expect(groups.size).toBeGreaterThan(1);
    expect([...groups.values()].some((g) => g.length > 1)).toBe(true);
    for (const list of groups.values()) {
      const years = [...list].sort((a, b) => b.year - a.year);
      const latest = years[0]!;
      const framework = model.frameworks.get(latest.framework)!;
      const group = page.locator(`#tc-${latest.dataset}-${latest.year}`);
      const table = group.locator('table.criteria');
      if (!latest.criteriaPublished) expect(await group.getByTestId('criteria-not-published').count()).toBe(1);
      if (!years.some((r) => r.criteriaPublished)) {
        expect(await table.count()).toBe(0);
        continue;
      }
      expect(await table.locator('thead th').allTextContents()).toEqual([
        framework.kind === 'points' ? 'Tiêu chí' : 'Chỉ tiêu',
        'Tối đa',
        ...years.map((r) => String(r.year)),
      ]);
      const rows = table.locator('tbody tr');
      expect(await rows.count()).toBe(framework.criteria.length);
      /** What a reader sees for a score: the number (points), or ✓, ✓ 2, ✗ (targets). */
      const shown = (v: number) => (framework.kind === 'points' ? vi(v) : v >= 1 ? (v > 1 ? `✓ ${v}` : '✓') : '✗');
      for (const [i, c] of framework.criteria.entries()) {
        const row = rows.nth(i);
        expect(await row.locator('th').textContent()).toContain(c.name.vi);
        expect(await row.locator('td').allTextContents()).toEqual([
          vi(c.max),
          ...years.map((r) => (r.criteriaPublished ? shown(r.scores[c.id] ?? 0) : 'không công bố')),
        ]);
      }
      // The key says what the marks mean and that the year columns start with the latest.
      expect(await group.textContent()).toContain('năm gần nhất');
    }
  });

  test('the history table lists every result of the current unit, and its unit card points there', async () => {
    const { page } = await site.open(urls.commune(richCode, 'vi'), { javaScriptEnabled: false });
    const history = page.locator('section[aria-labelledby="history"]');
    for (const dataset of model.datasets) {
      const results = own(richCode).filter((r) => r.dataset === dataset.id);
      if (results.length === 0) continue;
      const figure = history.locator('figure', { hasText: dataset.title.vi });
      await figure.locator('details.chart-table summary').click();
      const rows = figure.locator('details.chart-table tbody tr');
      expect(await rows.count()).toBe(results.length);
      for (const [i, r] of results.entries()) {
        const framework = model.frameworks.get(r.framework)!;
        const text = (await rows.nth(i).textContent())!;
        expect(text).toContain(String(r.year));
        expect(text).toContain(framework.classes.find((c) => c.id === r.classId)!.name.vi);
        expect(text).toContain(vi(r.total));
      }
    }
    // The current unit's card does not repeat the table: it points to it.
    const current = reg.communesWithCode(richCode).at(-1)!;
    const card = page.locator(`section#tu-${current.from}`);
    expect(await card.locator('table').count()).toBe(0);
    expect(await card.getByTestId('results-in-chart').locator('a').getAttribute('href')).toBe('#history');
  });

  test('a merged unit says what it became and the link leads there', async () => {
    const { page } = await site.open(urls.commune(merged.code, 'vi'));
    const section = page.locator(`section#tu-${merged.from}`);
    const successor = reg.communeByKey(merged.successors[0]!)!;
    const link = section.getByTestId('merged-into').getByRole('link', { name: successor.name }).first();
    await link.click();
    await page.waitForURL(new RegExp(`/xa/${successor.code}/#tu-${successor.from}$`));
    expect(await page.locator(`section#tu-${successor.from} h3`).textContent()).toContain(successor.name);
    // The successor's page lists the merged unit among its predecessors.
    expect(await page.locator('main').textContent()).toContain(merged.name);
  });

  test('the English page uses English class names', async () => {
    const { page } = await site.open(urls.commune(richCode, 'en'));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const latest = own(richCode).at(-1)!;
    const framework = model.frameworks.get(latest.framework)!;
    const card = page.locator(`article.latest[data-dataset="${latest.dataset}"]`);
    expect(await card.getByTestId('latest-class').textContent()).toBe(
      framework.classes.find((c) => c.id === latest.classId)!.name.en,
    );
  });
});

describe('commune page on a phone', () => {
  for (const lang of ['vi', 'en'] as const) {
    test(`opens with a three-line summary; criteria are folded and open without JavaScript (${lang})`, async () => {
      const { page } = await site.open(urls.commune(richCode, lang), {
        viewport: { width: 360, height: 740 },
        javaScriptEnabled: false,
      });
      const summary = page.locator('article.latest').first().locator('dl.summary');
      // Result, comparison with the district, strongest and weakest criteria: on the first screen.
      expect(await summary.locator('dt').count()).toBe(3);
      expect((await summary.boundingBox())!.y).toBeLessThan(740);
      // The criteria tables are folded below and open with a tap, no script needed.
      const latest = model
        .resultsOfCode(richCode)
        .sort((a, b) => b.year - a.year || a.dataset.localeCompare(b.dataset))[0]!;
      const fold = page.locator(`#tc-${latest.dataset}-${latest.year}`);
      expect(await fold.locator('table.criteria').isVisible()).toBe(false);
      await fold.locator('summary').click();
      expect(await fold.locator('table.criteria').isVisible()).toBe(true);
    });
  }

  test('no commune page is longer than eight phone screens with its detail folded', async () => {
    const { page } = await site.open(urls.home('vi'), {
      viewport: { width: 360, height: 740 },
      javaScriptEnabled: false,
    });
    const heights: Record<string, number> = {};
    for (const code of reg.communeCodeList()) {
      await page.goto(site.url + urls.commune(code, 'vi'));
      heights[code] = await page.evaluate(() => document.documentElement.scrollHeight / 740);
    }
    const longest = Math.max(...Object.values(heights));
    console.log(`commune pages at 360 px: longest ${longest.toFixed(1)} screens`);
    expect(Object.entries(heights).filter(([, h]) => h > 8)).toEqual([]);
  });
});

describe('year page', () => {
  test('with JavaScript off the table lists every assessed commune of each dataset', async () => {
    const year = model.years().at(-1)!;
    const { page } = await site.open(urls.year(year, 'vi'), { javaScriptEnabled: false });
    for (const dataset of model.datasets) {
      const results = model.resultsOf(dataset.id, year);
      if (results.length === 0) continue;
      const rows = page.locator(`#bang-${dataset.id} tbody tr`);
      expect(await rows.count()).toBe(results.length);
      const codes = await rows.locator('td:nth-child(2)').allTextContents();
      expect(codes.sort()).toEqual(results.map((r) => r.code).sort());
    }
  });

  test('with JavaScript on, the filter folds diacritics', async () => {
    const year = model.years().at(-1)!;
    const dataset = model.datasets.find((d) => model.resultsOf(d.id, year).length > 0)!;
    const target = model.unitOf(model.resultsOf(dataset.id, year)[0]!);
    const { page } = await site.open(urls.year(year, 'vi'));
    await page.locator(`[data-filter-for="bang-${dataset.id}"] input`).fill(fold(target.name));
    const visible = page.locator(`#bang-${dataset.id} tbody tr:visible`);
    expect(await visible.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(target.name)]));
    const expected = model
      .resultsOf(dataset.id, year)
      .filter((r) => fold(model.unitOf(r).name).includes(fold(target.name))).length;
    expect(await visible.count()).toBeGreaterThanOrEqual(expected);
  });
});

describe('finder', () => {
  test('typing a merged unit’s old name without diacritics finds the commune that absorbed it', async () => {
    const descendant = reg.descendants(merged.key).at(-1)!;
    const { page } = await site.open(urls.home('vi'));
    await page
      .locator('form[data-finder] input[type=search]')
      .first()
      .fill(fold(merged.name).replace(/^xa |^phuong |^thi tran /, ''));
    const links = page.locator('form[data-finder] .finder-results a');
    await links.first().waitFor();
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs).toContain(urls.commune(descendant.code, 'vi'));
    expect(hrefs).toContain(urls.commune(merged.code, 'vi'));
  });

  test('the old tone-mark placement (hoà, thuỷ) finds names written the new way, and vice versa', async () => {
    const swaps: [string, string][] = [
      ['òa', 'oà'],
      ['óa', 'oá'],
      ['ủy', 'uỷ'],
      ['ùy', 'uỳ'],
      ['ụy', 'uỵ'],
      ['oà', 'òa'],
      ['uỷ', 'ủy'],
    ];
    const unit = reg.communes.find((u) => swaps.some(([from]) => u.name.normalize('NFC').includes(from)));
    if (!unit) return;
    const typed = swaps.reduce(
      (name, [from, to]) => (unit.name.includes(from) ? name.split(from).join(to) : name),
      unit.name.normalize('NFC'),
    );
    expect(typed).not.toBe(unit.name);
    const { page } = await site.open(urls.home('vi'));
    await page.locator('form[data-finder] input[type=search]').first().fill(typed);
    const links = page.locator('form[data-finder] .finder-results a');
    await links.first().waitFor();
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs).toContain(urls.commune(unit.code, 'vi'));
  });

  test('typing a code finds that commune', async () => {
    const { page } = await site.open(urls.home('vi'));
    await page.locator('form[data-finder] input[type=search]').first().fill(richCode);
    const first = page.locator('form[data-finder] .finder-results a').first();
    await first.waitFor();
    expect(await first.evaluate((a) => (a as HTMLAnchorElement).pathname)).toBe(urls.commune(richCode, 'vi'));
  });
});
