/**
 * The staff journey: check a year file in the browser before publishing. A file with known mistakes
 * (a non-numeric score, an unknown commune code) must be rejected with each mistake located.
 * TODO(checker): skipped while /kiem-tra-du-lieu/ is not in the built site; it switches on when it lands.
 */
import { describe, expect, test } from 'vitest';
import { useSite, hasPage, mainText } from './helpers/site.ts';
import { model } from './helpers/expected.ts';

const CHECKER = hasPage('/kiem-tra-du-lieu/');
const site = useSite(CHECKER);

/** A year file of the first dataset's latest year, built from the data, with two planted mistakes. */
function badFile() {
  const m = model();
  const dataset = m.datasets[0]!;
  const year = dataset.years.at(-1)!;
  const good = m.resultsOf(dataset.id, year)[0]!;
  const criteria = m.frameworks.get(good.framework)!.criteria.map((c) => c.id);
  const unknown = String(Math.max(...m.register.communeCodeList().map(Number)) + 1).padStart(5, '0');
  const row = (code: string, scores: string[]) => [code, ...scores].join(',');
  const scores = criteria.map((c) => String(good.scores[c]));
  const csv = [
    ['commune_code', ...criteria].join(','),
    row(good.code, ['abc', ...scores.slice(1)]),
    row(unknown, scores),
  ].join('\r\n');
  return { dataset, year, criterion: criteria[0]!, unknown, buffer: Buffer.from(csv, 'utf8') };
}

describe.skipIf(!CHECKER)('the data checker page', () => {
  test('a file with mistakes is rejected, each mistake shown with its row and column', async () => {
    const bad = badFile();
    const { page, problems } = await site.open('/kiem-tra-du-lieu/');
    const before = await mainText(page);
    // Pick the dataset and year when the page asks for them.
    for (const select of await page.locator('select').all()) {
      const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      const want = values.find((v) => v === bad.dataset.id || v === String(bad.year));
      if (want) await select.selectOption(want);
    }
    await page
      .locator('input[type="file"]')
      .first()
      .setInputFiles({ name: `${bad.year}.csv`, mimeType: 'text/csv', buffer: bad.buffer });
    const submit = page.locator('form button[type="submit"], form input[type="submit"]');
    if ((await submit.count()) > 0 && (await submit.first().isVisible())) await submit.first().click();
    await expect.poll(async () => (await mainText(page)).length, { timeout: 10_000 }).toBeGreaterThan(before.length);
    const text = await mainText(page);
    expect(text, `the unknown code ${bad.unknown} is reported`).toContain(bad.unknown);
    expect(text, `the column ${bad.criterion} of the bad score is named`).toContain(bad.criterion);
    expect(problems).toEqual([]);
  });
});
