/**
 * The published files of the golden fixture (tests/fixtures/golden-data: both frameworks, a 0.25-point
 * step, a merger, a reused code, a hostile note) match tests/golden/ file by file: every CSV, JSON, XLSX,
 * datapackage.json, SHA256SUMS, sitemap, feed and map data file. A file published without a golden, or a
 * golden no longer published, fails. With CI=true a missing golden fails; locally it is written, loudly.
 * After an intended change to published output: npm run golden:update, then review and commit the diff.
 */
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildFixture,
  compareGoldens,
  formatGoldenDiff,
  goldenFiles,
  writeGoldens,
  type GoldenDiff,
} from '../../scripts/lib/golden.ts';

let site = '';
let diff: GoldenDiff;

beforeAll(() => {
  site = buildFixture();
  diff = compareGoldens(site);
  if (diff.missing.length && process.env.CI !== 'true') {
    writeGoldens(site, diff.missing);
    process.stderr.write(
      `\n⚠⚠⚠ golden: wrote ${diff.missing.length} missing golden file(s) to tests/golden/ — review and commit them:\n` +
        diff.missing.map((p) => `  ${p}`).join('\n') +
        '\n',
    );
    diff = { ...diff, missing: [] };
  }
}, 600_000);
afterAll(() => {
  if (site) rmSync(dirname(site), { recursive: true, force: true });
});

describe('published files of the golden fixture', () => {
  it('match tests/golden/ file by file, with none missing or unexpected', () => {
    expect(formatGoldenDiff(diff), 'published files against tests/golden/').toBe('');
  });

  it('cover every kind of published data file', () => {
    const files = goldenFiles();
    const kinds = [
      /^du-lieu\/.*\.csv$/,
      /^du-lieu\/.*\.json$/,
      /^du-lieu\/datapackage\.json$/,
      /^du-lieu\/SHA256SUMS$/,
      /^sitemap[^/]*\.xml$/,
      /^du-lieu\/phat-hanh\.atom$/,
      /^cau-chuyen\/feed\.atom$/,
      /^ban-do\/du-lieu\/ket-qua\/.*\.json$/,
      /^ban-do\/du-lieu\/don-vi\/.*\.json$/,
    ];
    for (const kind of kinds)
      expect(
        files.some((f) => kind.test(f)),
        `a golden matching ${kind}`,
      ).toBe(true);
  });

  it('keep the hostile note neutralised and the 0.25-point total as entered', () => {
    const wide = readFileSync(join(site, 'du-lieu/cong-dong-hoc-tap/2018.csv'), 'utf8');
    expect(wide).toContain(`"'=HYPERLINK(""http://x.example"",""bấm"") & 5 < 7 > 3 ""trích"" 'dẫn'"`);
    expect(wide).toMatch(/,9\.75,.*,96\.75,/);
  });
});
