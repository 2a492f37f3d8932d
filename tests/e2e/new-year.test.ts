/**
 * Publishing a new year needs no code change. Copy the data folder, add next year's file the way the
 * data guide says (blank template → fill the scores in → drop a commune that was not assessed → save as
 * CSV UTF-8 named <year>.csv → add a changelog entry), build with DATA_DIR and OUT_DIR, and find the new
 * year everywhere a visitor or journalist would look: the year page, commune pages, the downloads.
 * Pages built by other parts of the site are checked for existence first, so a missing page fails with
 * a clear message rather than a confusing assertion.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { loadData } from '../../src/lib/data/load.ts';
import type { SiteModel } from '../../src/lib/data/model/index.ts';
import { toExcelCsv } from '../../src/lib/data/export/csv.ts';
import { publishableYears } from '../../src/lib/data/model/publishable.ts';
import { templateTable } from '../../src/lib/data/export/template.ts';
import { buildFrom } from './helpers/build.ts';

const source = process.env.DATA_DIR || 'data';
const work = mkdtempSync(join(tmpdir(), 'cdht-new-year-'));
const dataDir = join(work, 'data');
const outDir = join(work, 'dist');

const before = loadData(source).model!;
const latest = before.years().at(-1)!;
const year = latest + 1;
// The dataset published most recently, whose framework also covers next year.
const dataset = before.datasets.find((d) =>
  publishableYears(d, before.frameworks, latest).some((y) => y.year === year),
)!;
const framework = publishableYears(dataset, before.frameworks, latest).find((y) => y.year === year)!.framework;

/** The blank template as the site offers it (from the built site when there is one, else the same code). */
function blankTemplate(): string {
  const built = join(process.env.OUT_DIR ?? 'dist', 'du-lieu', 'mau', dataset.id, `${year}.csv`);
  if (existsSync(built)) return readFileSync(built, 'utf8');
  const t = templateTable(before.register, framework, year, false);
  return toExcelCsv(t.header, t.rows);
}

/** Fill every criterion: the top level/score for even rows, one step less for odd rows. */
function fill(template: string): { csv: string; codes: string[] } {
  const [header, ...rows] = Papa.parse<string[]>(template.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const kept = rows.slice(0, -1); // the last commune was not assessed this year: its row is deleted
  kept.forEach((row, i) => {
    for (const c of framework.criteria) {
      const low = framework.kind === 'targets' ? 1 : c.max - c.step;
      row[header!.indexOf(c.id)] = String(i % 2 === 0 ? c.max : low);
    }
  });
  return { csv: toExcelCsv(header!, kept), codes: kept.map((r) => r[header!.indexOf('commune_code')]!) };
}

let after: SiteModel;
let codes: string[];
let build: ReturnType<typeof buildFrom>;
const built = (path: string) => join(outDir, path);
const page = (path: string, what: string) => {
  const file = built(path);
  if (!existsSync(file))
    throw new Error(`${what} was not built: ${path} is missing from ${outDir} (does that page exist yet?)`);
  return readFileSync(file, 'utf8');
};

beforeAll(() => {
  cpSync(source, dataDir, { recursive: true });
  const filled = fill(blankTemplate());
  codes = filled.codes;
  writeFileSync(join(dataDir, 'datasets', dataset.id, `${year}.csv`), filled.csv);
  const changelog = join(dataDir, 'CHANGELOG.md');
  const entry = `## ${year + 1}-01-15 — Công bố kết quả năm ${year} · ${year} results published\n\nThêm tệp datasets/${dataset.id}/${year}.csv. Added the ${year} results.\n\n`;
  const text = readFileSync(changelog, 'utf8');
  const at = text.indexOf('\n## ') + 1;
  writeFileSync(changelog, text.slice(0, at) + entry + text.slice(at));

  const check = loadData(dataDir);
  expect(check.validation.issues.filter((i) => i.severity === 'error')).toEqual([]);
  after = check.model!;
  build = buildFrom(dataDir, outDir, work);
}, 660_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe(`a new year (${year}) added as a CSV only`, () => {
  it('builds', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    expect(after.resultsOf(dataset.id, year)).toHaveLength(codes.length);
  });

  it('has a year page listing the assessed communes', () => {
    const html = page(`nam/${year}/index.html`, `The year page /nam/${year}/`);
    const first = after.unitOf(after.resultsOf(dataset.id, year)[0]!);
    expect(html).toContain(first.name);
  });

  it('shows the new result on each assessed commune page', () => {
    for (const r of after.resultsOf(dataset.id, year)) {
      const html = page(`xa/${r.code}/index.html`, `The commune page /xa/${r.code}/`);
      const cls = framework.classes.find((c) => c.id === r.classId)!.name.vi;
      const rows = html.split(/<tr[\s>]/).slice(1);
      const hit = rows.some(
        (row) =>
          new RegExp(`(^|[^\\d/.-])${year}([^\\d/.-]|$)`).test(row.replace(/<[^>]+>/g, ' ')) && row.includes(cls),
      );
      expect(hit, `/xa/${r.code}/ has no table row with ${year} and "${cls}"`).toBe(true);
    }
  });

  it('publishes the new year in the downloads', () => {
    const wide = page(`du-lieu/${dataset.id}/${year}.csv`, `The download /du-lieu/${dataset.id}/${year}.csv`);
    for (const code of codes) expect(wide).toContain(code);
    const commune = page(`du-lieu/xa/${codes[0]}.csv`, `The download /du-lieu/xa/${codes[0]}.csv`);
    expect(commune).toContain(String(year));
  });

  it('offers templates for the year after, and the checker lists the year as published', () => {
    expect(
      existsSync(built(`du-lieu/mau/${dataset.id}/${year + 1}.csv`)) ||
        !publishableYears(dataset, after.frameworks, year).some((y) => y.year === year + 1),
    ).toBe(true);
    const checker = page('kiem-tra-du-lieu/index.html', 'The checker page');
    expect(checker).toMatch(new RegExp(`${year} · [^<]*· đã công bố`));
  });
});
