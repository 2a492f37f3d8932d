/**
 * Excel downloads and templates: every .xlsx the bundle publishes reads back value by value equal to its
 * CSV twin (tricky notes included: in a workbook "=SUM(A1:A9)" stays text, never a formula); workbooks
 * are byte-identical on rebuild; templates prefill the year's communes with codes as text, lock them,
 * validate criterion cells from the framework, and a filled template passes the checker as is.
 */
import { describe, expect, it } from 'vitest';
import { read, utils } from '@e965/xlsx';
import { strFromU8, unzipSync } from 'fflate';
import { buildBundle } from '../../../src/lib/data/export/bundle.ts';
import { templateWorkbook } from '../../../src/lib/data/export/template-xlsx.ts';
import { releaseDate } from '../../../src/lib/data/export/meta.ts';
import { referenceDate } from '../../../src/lib/data/model/periods.ts';
import { publishableYears } from '../../../src/lib/data/model/publishable.ts';
import { checkFile, checkerContext } from '../../../src/lib/data/validate/check-file.ts';
import { serialToIso } from '../../../src/lib/data/read/xlsx.ts';
import { modelWith } from '../support/data.ts';
import { readDownload, textOf, trickyBundle } from '../export/fixture.ts';

/** The data sheet of a workbook as rows of cell values (row 1 and 2 are the headings). */
function sheetRows(bytes: Uint8Array) {
  const wb = read(bytes, { type: 'array', cellDates: false });
  const ws = wb.Sheets[wb.SheetNames[0]!]!;
  return utils.sheet_to_json<(string | number | null)[]>(ws, {
    header: 1,
    raw: true,
    defval: null,
    blankrows: false,
    UTC: true,
  });
}

describe('XLSX downloads', () => {
  const { model, bundle } = trickyBundle();
  const workbooks = bundle.files.filter((f) => f.format === 'xlsx');

  it('sit beside the wide and results CSVs of every dataset-year and the all-years results', () => {
    const expected = bundle.files.filter(
      (f) => f.format === 'csv' && f.dataset !== null && (f.kind === 'wide' || f.kind === 'results'),
    );
    expect(workbooks.map((f) => f.path).sort()).toEqual(expected.map((f) => f.path.replace(/\.csv$/, '.xlsx')).sort());
    const sums = new TextDecoder().decode(bundle.byPath.get('SHA256SUMS')!.bytes);
    const pkg = JSON.parse(new TextDecoder().decode(bundle.byPath.get('datapackage.json')!.bytes));
    const zip = unzipSync(bundle.files.find((f) => f.format === 'zip')!.bytes);
    for (const f of workbooks) {
      expect(sums).toContain(`${f.sha256}  ${f.path}\n`);
      const resource = pkg.resources.find((r: { path: string }) => r.path === f.path);
      expect(resource).toMatchObject({
        format: 'xlsx',
        bytes: f.bytes.length,
        hash: `sha256:${f.sha256}`,
        dialect: { headerRows: [1, 2] },
      });
      expect(
        Object.keys(zip).some((p) => p.endsWith(`/${f.path}`)),
        f.path,
      ).toBe(true);
    }
  });

  it.each(workbooks.map((f) => [f.path] as const))('%s reads back equal to its CSV, value by value', (path) => {
    const csv = readDownload(bundle.byPath.get(path.replace(/\.xlsx$/, '.csv'))!.bytes, path);
    const file = bundle.byPath.get(path)!;
    const columns = file.plan!.table!.columns;
    const [vi, en, ...rows] = sheetRows(file.bytes);
    expect(vi).toEqual(columns.map((c) => c.title.vi));
    expect(en).toEqual(columns.map((c) => c.title.en));
    expect(rows).toHaveLength(csv.rows.length);
    rows.forEach((row, i) => {
      const values = columns.map((c, j) => {
        const v = row[j] ?? null;
        if (v === null) return '';
        if (c.type === 'date' && typeof v === 'number') return serialToIso(v, false);
        if (typeof v === 'number') {
          expect(c.type === 'number' || c.type === 'integer', `${path} ${c.name} is numeric`).toBe(true);
          return String(v);
        }
        expect(typeof v, `${path} row ${i} ${c.name}`).toBe('string');
        return v;
      });
      expect(values).toEqual(csv.rows[i]!.map(textOf));
    });
  });

  it('keep codes as text and formula-like notes as text', () => {
    const wide = bundle.byPath.get('cong-dong-hoc-tap/2018.xlsx')!;
    const xml = strFromU8(unzipSync(wide.bytes)['xl/worksheets/sheet1.xml']!);
    expect(xml).not.toContain('<f>');
    expect(xml).toContain('<t>=SUM(A1:A9)</t>');
    const firstCode = model.resultsOf('cong-dong-hoc-tap', 2018).sort((a, b) => a.sourceRow - b.sourceRow)[0]!.code;
    expect(xml).toContain(`<c r="A3" s="2" t="inlineStr"><is><t>${firstCode}</t></is></c>`);
    const sheets = read(wide.bytes, { type: 'array' }).SheetNames;
    expect(sheets).toEqual(['Dữ liệu', 'Từ điển · Dictionary', 'Giới thiệu · About']);
  });

  it('are byte-identical on rebuild', () => {
    const again = buildBundle(model);
    for (const f of workbooks) expect(again.byPath.get(f.path)!.sha256, f.path).toBe(f.sha256);
  });
});

describe('XLSX templates', () => {
  const model = modelWith();
  const latest = model.years().at(-1)!;
  const cases = model.datasets.flatMap((d) =>
    publishableYears(d, model.frameworks, latest).map((y) => ({ dataset: d.id, ...y })),
  );
  const ctx = checkerContext(model);

  it.each(cases.map((c) => [`${c.dataset} ${c.year}`, c] as const))(
    '%s: communes prefilled and locked, cells validated, example passes',
    (_, c) => {
      const date = releaseDate(model);
      const blank = templateWorkbook(model.register, c.framework, c.dataset, c.year, false, date);
      expect(templateWorkbook(model.register, c.framework, c.dataset, c.year, false, date)).toEqual(blank);
      const parts = unzipSync(blank);
      const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!);
      expect(sheet).toContain('state="frozen"');
      expect(sheet).toContain('<sheetProtection sheet="1"');
      const rules = [...sheet.matchAll(/<dataValidation type="(\w+)"[^>]*sqref="([A-Z]+)2:/g)].map((m) => m[1]);
      expect(
        rules.filter((t) => (c.framework.kind === 'points' ? t === 'custom' : t === 'list')).length,
      ).toBeGreaterThanOrEqual(c.framework.criteria.length);
      const wb = read(blank, { type: 'array' });
      expect(wb.SheetNames).toEqual([String(c.year), 'Hướng dẫn']);
      const codes = utils
        .sheet_to_json<string[]>(wb.Sheets[String(c.year)]!, { header: 1, raw: true })
        .slice(1)
        .map((r) => r[0]);
      const expected = model.register.communesOn(referenceDate(c.year)).map((u) => u.code);
      expect(codes).toEqual(expected);
      expect(codes.every((code) => typeof code === 'string')).toBe(true);

      // Blank: every row is a commune not assessed; nothing wrong, nothing published.
      const empty = checkFile(ctx, { dataset: c.dataset, year: c.year, name: 'mau.xlsx', bytes: blank });
      expect(empty.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(empty.published).toBe(0);
      // Filled example: passes as is, every commune published.
      const example = templateWorkbook(model.register, c.framework, c.dataset, c.year, true, date);
      const filled = checkFile(ctx, { dataset: c.dataset, year: c.year, name: 'vi-du.xlsx', bytes: example });
      expect(filled.issues.filter((i) => i.severity !== 'info')).toEqual([]);
      expect(filled.published).toBe(expected.length);
    },
  );
});
