/**
 * Results in plain words on the built pages (issue 15.3): a framework that does not rank shows how many
 * units reached each level and never a spread chart or a rank; a story's key number names the level.
 * Expected values come from the data (loadData), never from this file.
 */
import { describe, expect, test } from 'vitest';
import { loadData } from '../../../src/lib/data/load.ts';
import { useSite } from '../helpers/site.ts';
import { urls } from '../../../src/lib/site/urls.ts';

const model = loadData().model!;
const fw = (id: string) => model.frameworks.get(id)!;
/** A code whose latest result in a dataset is under a framework that does not rank. */
const unranked = model.register
  .communeCodeList()
  .map((code) => ({
    code,
    latest: model
      .resultsOfCode(code)
      .filter((r) => !fw(r.framework).ranking)
      .at(-1),
  }))
  .find(
    (x) =>
      x.latest &&
      model
        .resultsOfCode(x.code)
        .filter((r) => r.dataset === x.latest!.dataset)
        .at(-1) === x.latest,
  )!;

const site = useSite();

describe('a framework that does not rank', () => {
  test('is compared by units per level, with no spread chart and no rank', async () => {
    const r = unranked.latest!;
    const { page } = await site.open(urls.commune(unranked.code, 'vi'), { javaScriptEnabled: false });
    const card = page.locator(`article.latest[data-dataset="${r.dataset}"]`);
    expect(await card.textContent()).not.toMatch(/hạng|đứng thứ|trung bình/i);
    const section = page.locator('section[aria-labelledby="compare"]');
    await section.locator('summary').first().click();
    const counts = section.getByTestId('level-counts');
    // The first column is the district of the reference date, or the province where there is none (2025 on).
    const group =
      (r.districtCode && model.aggregateOf(r.dataset, r.year, 'district', r.districtCode)) ||
      model.aggregateOf(r.dataset, r.year, 'province', r.provinceCode)!;
    for (const c of fw(r.framework).classes) {
      const row = counts.locator('tbody tr', { hasText: c.name.vi });
      expect(await row.locator('td').first().textContent()).toBe(String(group.classes[c.id] ?? 0));
    }
    // The spread chart of the ranked dataset may be there; none belongs to this dataset.
    expect(await page.locator(`#cmp-${r.dataset}-cap`).count()).toBe(0);
  });

  test('year pages list no rank columns for it', async () => {
    const { page } = await site.open(urls.year(unranked.latest!.year, 'vi'), { javaScriptEnabled: false });
    const table = page.locator(`#bang-${unranked.latest!.dataset}`);
    expect(await table.locator('thead').textContent()).not.toMatch(/Hạng/);
  });
});

describe('stories', () => {
  test('a key number read from the data names the level', async () => {
    const { page } = await site.open(urls.story('giang-hai-sau-sap-nhap', 'vi'), { javaScriptEnabled: false });
    const r = model.resultsOfCode('20122').find((x) => x.dataset === 'cong-dong-hoc-tap' && x.year === 2024)!;
    const cls = fw(r.framework).classes.find((c) => c.id === r.classId)!;
    const key = page.locator('.key-number').first();
    expect(await key.locator('.kn-value').textContent()).toContain(cls.name.vi);
    expect((await key.getByTestId('key-level').textContent())!.toLowerCase()).toContain(cls.name.vi.toLowerCase());
  });
});
