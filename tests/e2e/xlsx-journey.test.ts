/**
 * The staff journey with Excel, end to end: download next year's .xlsx template from the built site,
 * fill the criterion cells (one commune left empty: not assessed), drop the workbook on the checker
 * (valid), commit it as data/datasets/<id>/<year>.xlsx with a changelog entry, build with DATA_DIR and
 * OUT_DIR, and find the year on its page and in the downloads, values equal to what was typed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import Papa from 'papaparse';
import { loadData } from '../../src/lib/data/load.ts';
import { publishableYears } from '../../src/lib/data/model/publishable.ts';
import { yearFileColumns } from '../../src/lib/data/contract.ts';
import { col } from '../../src/lib/data/export/xlsx-writer.ts';
import { distDir, useSite } from './helpers/site.ts';
import { spawnSync } from 'node:child_process';
import { buildFrom } from './helpers/build.ts';

const source = process.env.DATA_DIR || 'data';
const before = loadData(source).model!;
const latest = before.years().at(-1)!;
const year = latest + 1;
const dataset = before.datasets.find((d) =>
  publishableYears(d, before.frameworks, latest).some((y) => y.year === year),
)!;
const framework = publishableYears(dataset, before.frameworks, latest).find((y) => y.year === year)!.framework;
const work = mkdtempSync(join(tmpdir(), 'cdht-xlsx-journey-'));
const dataDir = join(work, 'data');
const outDir = join(work, 'dist');

/** Type a score into every criterion cell of the template, as staff do in Excel; the last row stays empty. */
function fill(template: Uint8Array): { bytes: Uint8Array; typed: Map<string, Record<string, number>> } {
  const parts = unzipSync(template);
  let sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!);
  const columns = yearFileColumns(framework).map((c) => c.name);
  const rows = [...sheet.matchAll(/<c r="A(\d+)"[^>]*t="inlineStr"><is><t>(\d+)<\/t>/g)]
    .map((m) => ({ row: Number(m[1]), code: m[2]! }))
    .filter((r) => r.row > 1);
  const typed = new Map<string, Record<string, number>>();
  rows.slice(0, -1).forEach(({ row, code }, i) => {
    const scores: Record<string, number> = {};
    for (const c of framework.criteria) {
      const value = i % 2 === 0 ? c.max : framework.kind === 'targets' ? 1 : c.max - c.step;
      const ref = `${col(columns.indexOf(c.id))}${row}`;
      const before = sheet;
      sheet = sheet.replace(new RegExp(`<c r="${ref}" s="(\\d+)"/>`), `<c r="${ref}" s="$1"><v>${value}</v></c>`);
      expect(sheet, `cell ${ref} is an open, empty cell of the template`).not.toBe(before);
      scores[c.id] = value;
    }
    typed.set(code, scores);
  });
  parts['xl/worksheets/sheet1.xml'] = strToU8(sheet);
  return { bytes: zipSync(parts), typed };
}

const site = useSite();
let filled: ReturnType<typeof fill>;
let build: ReturnType<typeof buildFrom>;
const built = (path: string) => readFileSync(join(outDir, path), 'utf8');

beforeAll(() => {
  filled = fill(new Uint8Array(readFileSync(join(distDir(), 'du-lieu', 'mau', dataset.id, `${year}.xlsx`))));
  cpSync(source, dataDir, { recursive: true });
  writeFileSync(join(dataDir, 'datasets', dataset.id, `${year}.xlsx`), filled.bytes);
  const changelog = join(dataDir, 'CHANGELOG.md');
  const text = readFileSync(changelog, 'utf8');
  const at = text.indexOf('\n## ') + 1;
  const entry = `## ${year + 1}-01-15 — Công bố kết quả năm ${year} · ${year} results published\n\nThêm tệp datasets/${dataset.id}/${year}.xlsx. Added the ${year} results.\n\n`;
  writeFileSync(changelog, text.slice(0, at) + entry + text.slice(at));
  build = buildFrom(dataDir, outDir, work);
}, 660_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe(`next year (${year}) published from the Excel template`, () => {
  it('the filled template passes the checker as it is', async () => {
    const { page } = await site.open('/kiem-tra-du-lieu/');
    await page.selectOption('#checker-dataset', dataset.id);
    await page.setInputFiles('#checker-file', {
      name: `${year}.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(filled.bytes),
    });
    await page.waitForSelector('#checker-summary.is-ok', { timeout: 30_000 });
    expect(await page.inputValue('#checker-year')).toBe(String(year));
    expect(await page.locator('#checker-summary').innerText()).toContain(`${filled.typed.size} dòng`);
    expect(await page.locator('.checker-issues tr[data-code="rows-not-assessed"]').count()).toBe(1);
  });

  it('the workbook can be committed: git does not ignore .xlsx year files', () => {
    const ignored = spawnSync('git', ['check-ignore', '-q', `data/datasets/${dataset.id}/${year}.xlsx`]);
    expect(ignored.status).toBe(1);
  });

  it('builds, with the year on its page and in the downloads, values as typed', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const after = loadData(dataDir).model!;
    const results = after.resultsOf(dataset.id, year);
    expect(new Map(results.map((r) => [r.code, r.scores]))).toEqual(filled.typed);
    expect(built(`nam/${year}/index.html`)).toContain(after.unitOf(results[0]!).name);
    const [header, ...rows] = Papa.parse<string[]>(built(`du-lieu/${dataset.id}/${year}.csv`).replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(rows.map((r) => r[header!.indexOf('commune_code')])).toEqual([...filled.typed.keys()]);
    for (const row of rows) {
      const scores = filled.typed.get(row[0]!)!;
      for (const c of framework.criteria) expect(Number(row[header!.indexOf(c.id)])).toBe(scores[c.id]);
    }
    expect(existsSync(join(outDir, 'du-lieu', dataset.id, `${year}.xlsx`))).toBe(true);
  });
});
