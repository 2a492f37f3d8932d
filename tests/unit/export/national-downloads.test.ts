/**
 * The downloads at national scale store nothing twice that a reader can derive: the long score tables are
 * the wide year tables turned long, so they are published only inside the zip, with the zip's own
 * datapackage.json. Proved on a synthetic country just above the national-scale threshold (both
 * geographies): each long table in the zip parses back to its table and equals the site's wide table
 * turned long with the framework's maxima; the zip's descriptor gives every member's true size and
 * SHA-256; the site's datapackage.json, SHA256SUMS and README still describe every file, and the README
 * names every zip-only table.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, test } from 'vitest';
import { writeSyntheticData } from '../../../scripts/lib/synthetic.ts';
import { buildBundle, ZIP_NAME } from '../../../src/lib/data/export/bundle.ts';
import { SiteModel } from '../../../src/lib/data/model/index.ts';
import { isLargeModel } from '../../../src/lib/data/model/scale.ts';
import { folderSource } from '../../../src/lib/data/read/fs.ts';
import { validateData } from '../../../src/lib/data/validate/index.ts';
import { catalogueLists } from '../../../src/lib/site/catalogue-lists.ts';
import { DATA_DIR, modelWith } from '../support/data.ts';
import { readDownload, textOf } from './fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'national-downloads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeSyntheticData(dir, DATA_DIR, {
  provinces: 8,
  districtsPerProvince: 10,
  communesPerDistrict: 25,
  provinces2025: 5,
  communes2025: 700,
});
const validation = validateData(folderSource(dir));
const model = new SiteModel(validation.data!);
const bundle = buildBundle(model);
const zip = unzipSync(bundle.byPath.get(ZIP_NAME)!.bytes);
const member = (path: string) => zip[`cong-dong-hoc-tap/${path}`];
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const long = [...bundle.zipOnly.values()];

describe('national-scale downloads', () => {
  test('the synthetic country is national scale and its data has no error', () => {
    expect(validation.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(isLargeModel(model)).toBe(true);
    expect(long.map((f) => f.path)).toEqual(model.datasetYears().map((d) => `${d.dataset.id}/${d.year}-diem.csv`));
  });

  test('each long table is only in the zip, byte for byte, and parses back to its table', () => {
    for (const f of long) {
      expect(bundle.byPath.has(f.path), `${f.path} is not a file of the site`).toBe(false);
      expect(Buffer.from(member(f.path)!).equals(Buffer.from(f.bytes)), f.path).toBe(true);
      const table = f.plan!.table!;
      const out = readDownload(member(f.path)!, f.path);
      expect(out.header).toEqual(table.columns.map((c) => c.name));
      expect(out.rows.length, f.path).toBe(table.rows.length);
      out.rows.forEach((row, i) =>
        row.forEach((got, j) => {
          const want = table.rows[i]![j];
          if (typeof want === 'number') expect(Number(got), `${f.path} row ${i + 2}`).toBe(want);
          else expect(textOf(got), `${f.path} row ${i + 2}`).toBe(want ?? '');
        }),
      );
    }
  });

  test("each long table is the site's wide year table turned long, with the framework's maxima", () => {
    let rows = 0;
    for (const { dataset, year, framework } of model.datasetYears()) {
      const wide = readDownload(bundle.byPath.get(`${dataset.id}/${year}.csv`)!.bytes);
      const code = wide.header.indexOf('commune_code');
      const turned: string[][] = [];
      for (const row of wide.rows)
        for (const c of framework.criteria) {
          const value = row[wide.header.indexOf(c.id)]!;
          if (value !== '') turned.push([dataset.id, String(year), row[code]!, c.id, value, String(c.max)]);
        }
      const order = new Map(framework.criteria.map((c, i) => [c.id, i]));
      turned.sort((a, b) => (a[2]! < b[2]! ? -1 : a[2]! > b[2]! ? 1 : order.get(a[3]!)! - order.get(b[3]!)!));
      const published = readDownload(member(`${dataset.id}/${year}-diem.csv`)!).rows;
      expect(published, `${year}`).toEqual(turned);
      rows += turned.length;
    }
    expect(rows).toBeGreaterThan(100_000);
  });

  test("the zip's datapackage.json describes every data file it holds, with its true size and SHA-256", () => {
    const pkg = JSON.parse(text(member('datapackage.json')!)) as {
      resources: { path: string; bytes: number; hash: string }[];
    };
    const data = Object.keys(zip)
      .map((k) => k.replace(/^cong-dong-hoc-tap\//, ''))
      .filter((p) => !['datapackage.json', 'README.md'].includes(p) && !p.startsWith('schema/'));
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(data.sort());
    for (const r of pkg.resources) {
      expect(r.bytes, r.path).toBe(member(r.path)!.length);
      expect(r.hash, r.path).toBe(`sha256:${sha(member(r.path)!)}`);
    }
    expect(data).toEqual(expect.arrayContaining(long.map((f) => f.path)));
  });

  test("the site's datapackage.json, SHA256SUMS and README describe every file the site publishes", () => {
    const pkg = JSON.parse(text(bundle.byPath.get('datapackage.json')!.bytes)) as {
      resources: { path: string; bytes: number; hash: string }[];
    };
    const meta = ['datapackage.json', 'README.md', 'SHA256SUMS', ZIP_NAME, 'phat-hanh.atom'];
    const data = bundle.files.filter((f) => !meta.includes(f.path) && f.kind !== 'schema');
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(data.map((f) => f.path).sort());
    for (const r of pkg.resources) expect(r.hash, r.path).toBe(`sha256:${bundle.byPath.get(r.path)!.sha256}`);
    const sums = text(bundle.byPath.get('SHA256SUMS')!.bytes).trimEnd().split('\n');
    expect(sums.map((l) => l.slice(66))).toEqual(bundle.files.map((f) => f.path).filter((p) => p !== 'SHA256SUMS'));
    const readme = text(bundle.byPath.get('README.md')!.bytes);
    const communes = bundle.files.filter((f) => f.kind === 'commune');
    // Every data file and schema, and datapackage.json (the zip, the feed and SHA256SUMS are made after it).
    for (const f of [...bundle.files, ...long])
      if (f.kind !== 'commune' && !meta.slice(1).includes(f.path)) expect(readme, f.path).toContain(`\`${f.path}\``);
    expect(readme).toContain(`(${communes.length} tệp;`);
    expect(readme).toContain('## Điểm dạng dài · Long-format scores');
  });
});

describe('the data catalogue page at national scale', () => {
  test('lists the files it describes with their checksums, and points to the per-commune files', () => {
    const lists = catalogueLists(model, bundle);
    const perCommune = bundle.files.filter((f) => f.kind === 'commune');
    expect(perCommune.length).toBeGreaterThan(1000);
    expect(lists.communes).toBeNull();
    // Every file but the per-commune ones (and SHA256SUMS itself) is on the page with its checksum …
    expect(lists.sums.map((f) => f.path)).toEqual(
      bundle.files.filter((f) => f.kind !== 'commune' && f.path !== 'SHA256SUMS').map((f) => f.path),
    );
    // … and the page counts the rest, whose checksums are in SHA256SUMS, which has every file.
    expect(lists.sumsElsewhere).toBe(perCommune.length);
    // The count the page gives is one per commune code, each with its own file.
    expect(lists.communeCount).toBe(perCommune.length);
    const sums = text(bundle.byPath.get('SHA256SUMS')!.bytes);
    for (const f of perCommune) expect(sums).toContain(`${f.sha256}  ${f.path}`);
    // The example address is a real per-commune file.
    expect(bundle.byPath.has(`xa/${lists.exampleCode}.csv`)).toBe(true);
  });

  test("a province's catalogue lists every commune's files and every checksum", () => {
    const small = modelWith();
    const smallBundle = buildBundle(small);
    const lists = catalogueLists(small, smallBundle);
    expect(isLargeModel(small)).toBe(false);
    expect(lists.communes!.map((c) => c.code).sort()).toEqual(small.register.communeCodeList().slice().sort());
    expect(lists.sums.length).toBe(smallBundle.files.length - 1);
    expect(lists.sumsElsewhere).toBe(0);
  });
});
