/**
 * The key promise to journalists: every CSV download parses back to exactly the data it came from —
 * nothing lost, nothing changed, numbers never altered, and only formula-like text neutralised.
 * Expected values come from the source CSV files and the model, never typed in by hand.
 */
import { describe, expect, test } from 'vitest';
import { yearFileColumns } from '../../../src/lib/data/contract.ts';
import { formatCell } from '../../../src/lib/data/export/csv.ts';
import { computeTotal } from '../../../src/lib/data/model/frameworks.ts';
import { demoTable, Y2024 } from '../support/data.ts';
import { readDownload, textOf, trickyBundle, trickySource, TRICKY_NOTES, Y2018 } from './fixture.ts';

const { model, bundle } = trickyBundle();
const csvFiles = bundle.files.filter((f) => f.format === 'csv');
const NUMBER = /^-?\d+(\.\d+)?$/;
const col = (header: string[], name: string) => header.indexOf(name);

describe('every CSV download', () => {
  test('has the header of its table and one line per row, each cell equal to the table value', () => {
    expect(csvFiles.length).toBeGreaterThan(20);
    for (const f of csvFiles) {
      const table = f.plan!.table!;
      const out = readDownload(f.bytes, f.path);
      expect(out.header, f.path).toEqual(table.columns.map((c) => c.name));
      expect(out.rows.length, f.path).toBe(table.rows.length);
      out.rows.forEach((row, i) => {
        table.columns.forEach((c, j) => {
          const want = table.rows[i]![j];
          const got = row[j]!;
          if (typeof want === 'number') expect(Number(got), `${f.path} row ${i + 2} ${c.name}`).toBe(want);
          else expect(textOf(got), `${f.path} row ${i + 2} ${c.name}`).toBe(want ?? '');
        });
      });
    }
  });

  test('numbers are written as plain decimals with a dot, never quoted or prefixed', () => {
    for (const f of csvFiles) {
      const table = f.plan!.table!;
      const out = readDownload(f.bytes, f.path);
      table.columns.forEach((c, j) => {
        if (c.type !== 'number' && c.type !== 'integer') return;
        for (const row of out.rows)
          expect(row[j] === '' || NUMBER.test(row[j]!), `${f.path} ${c.name}=${row[j]}`).toBe(true);
      });
    }
  });

  test('no text cell can start a formula: = + - @ starts are prefixed with an apostrophe', () => {
    for (const f of csvFiles) {
      const table = f.plan!.table!;
      const out = readDownload(f.bytes, f.path);
      table.columns.forEach((c, j) => {
        if (c.type === 'number' || c.type === 'integer') return;
        for (const row of out.rows) expect(/^[=+\-@]/.test(row[j]!), `${f.path} ${c.name}=${row[j]}`).toBe(false);
      });
    }
    expect(formatCell('-5')).toBe("'-5");
    expect(formatCell(-5)).toBe('-5');
  });
});

describe('the year file as published', () => {
  test('equals the source file value by value, including the formula-like notes', () => {
    for (const [path, source] of [
      [Y2018, trickySource()],
      [Y2024, demoTable(Y2024)],
    ] as const) {
      const [, dataset, year] = /datasets\/(.+)\/(\d{4})\.csv/.exec(path)!;
      const out = readDownload(bundle.byPath.get(`${dataset}/${year}.csv`)!.bytes, path);
      const framework = model.frameworks.get(model.resultsOf(dataset!, Number(year))[0]!.framework)!;
      const types = new Map(yearFileColumns(framework).map((c) => [c.name, c.type]));
      expect(out.rows.length, path).toBe(source.rows.length);
      for (const src of source.rows) {
        const code = src[col(source.header, 'commune_code')]!;
        const row = out.rows.find((r) => r[col(out.header, 'commune_code')] === code);
        expect(row, `${path}: commune ${code}`).toBeDefined();
        source.header.forEach((name, j) => {
          const got = row![col(out.header, name)]!;
          const want = src[j]!;
          if (types.get(name) === 'number' && want !== '') expect(Number(got), `${code} ${name}`).toBe(Number(want));
          else expect(textOf(got), `${code} ${name}`).toBe(want.trim());
        });
      }
    }
    const raw = new TextDecoder().decode(bundle.byPath.get('cong-dong-hoc-tap/2018.csv')!.bytes);
    expect(raw).toContain(`'${TRICKY_NOTES[0]}`);
    expect(raw).toContain('"Ghi chú có dấu phẩy, ""ngoặc kép"" và dấu chấm phẩy;"');
  });
});

describe('long scores and results', () => {
  test('the long table has one row per source score, with the source value and the criterion maximum', () => {
    const source = trickySource();
    const out = readDownload(bundle.byPath.get('cong-dong-hoc-tap/2018-diem.csv')!.bytes);
    const framework = model.frameworks.get('tt44-2014')!;
    expect(out.rows.length).toBe(source.rows.length * framework.criteria.length);
    for (const src of source.rows) {
      const code = src[col(source.header, 'commune_code')]!;
      for (const c of framework.criteria) {
        const row = out.rows.find(
          (r) => r[col(out.header, 'commune_code')] === code && r[col(out.header, 'criterion_id')] === c.id,
        )!;
        expect(Number(row[col(out.header, 'value')]), `${code} ${c.id}`).toBe(Number(src[col(source.header, c.id)]));
        expect(Number(row[col(out.header, 'max')])).toBe(c.max);
        expect(row[col(out.header, 'criterion_name_vi')]).toBe(c.name.vi);
      }
    }
  });

  test('results rows carry the total of the source scores, the model class and ranks, and the source note', () => {
    const source = trickySource();
    const out = readDownload(bundle.byPath.get('cong-dong-hoc-tap/2018-ket-qua.csv')!.bytes);
    const framework = model.frameworks.get('tt44-2014')!;
    expect(out.rows.length).toBe(source.rows.length);
    for (const src of source.rows) {
      const code = src[col(source.header, 'commune_code')]!;
      const row = out.rows.find((r) => r[col(out.header, 'commune_code')] === code)!;
      const scores = Object.fromEntries(framework.criteria.map((c) => [c.id, Number(src[col(source.header, c.id)])]));
      expect(Number(row[col(out.header, 'total')]), code).toBe(computeTotal(framework, scores));
      expect(textOf(row[col(out.header, 'note')]!)).toBe(src[col(source.header, 'note')]!.trim());
      const result = model.resultsOf('cong-dong-hoc-tap', 2018).find((r) => r.code === code)!;
      expect(row[col(out.header, 'class_id')]).toBe(result.classId);
      expect(row[col(out.header, 'rank_district')]).toBe(String(result.rankDistrict ?? ''));
      expect(row[col(out.header, 'rank_province')]).toBe(String(result.rankProvince ?? ''));
    }
  });

  test('the per-commune files together hold every result exactly once', () => {
    const seen: string[] = [];
    for (const f of bundle.files.filter((x) => /^xa\/\d+\.csv$/.test(x.path))) {
      const out = readDownload(f.bytes, f.path);
      const code = f.path.slice(3, -4);
      for (const r of out.rows) {
        expect(r[col(out.header, 'commune_code')], f.path).toBe(code);
        seen.push(`${r[0]}|${r[1]}|${code}`);
      }
    }
    expect(seen.sort()).toEqual(model.results.map((r) => `${r.dataset}|${r.year}|${r.code}`).sort());
  });
});

describe('the unit register and the JSON twins', () => {
  test('don-vi.csv equals units/communes.csv row by row', () => {
    const source = demoTable('units/communes.csv');
    const out = readDownload(bundle.byPath.get('don-vi.csv')!.bytes);
    expect(out.header).toEqual(source.header);
    expect(out.rows.length).toBe(source.rows.length);
    for (const src of source.rows) {
      const key = (r: string[]) => `${r[0]}@${r[col(source.header, 'valid_from')]}`;
      const row = out.rows.find((r) => key(r) === key(src))!;
      source.header.forEach((name, j) => {
        if (name === 'province_code' && src[j] === '') return; // filled from the district
        if ((name === 'lat' || name === 'lon') && src[j] !== '')
          expect(Number(row[j]), `${key(src)} ${name}`).toBe(Number(src[j]));
        else expect(textOf(row[j]!), `${key(src)} ${name}`).toBe(src[j]!.trim());
      });
    }
  });

  test('every JSON table holds the same values as its CSV twin (numbers as numbers, empty as null)', () => {
    for (const f of bundle.files.filter((x) => x.format === 'json' && x.plan?.table)) {
      const twin = bundle.byPath.get(f.path.replace(/\.json$/, '.csv'))!;
      const csv = readDownload(twin.bytes, twin.path);
      const records = JSON.parse(new TextDecoder().decode(f.bytes)) as Record<string, string | number | null>[];
      expect(records.length, f.path).toBe(csv.rows.length);
      records.forEach((rec, i) => {
        expect(Object.keys(rec), f.path).toEqual(csv.header);
        csv.header.forEach((name, j) => {
          const cell = csv.rows[i]![j]!;
          const v = rec[name];
          if (cell === '') expect(v, `${f.path} ${name}`).toBeNull();
          else if (typeof v === 'number') expect(Number(cell)).toBe(v);
          else expect(textOf(cell), `${f.path} ${name}`).toBe(v);
        });
      });
    }
  });

  test('the GeoJSON has each unit period: its outlines as validated, else a point at the register coordinates', () => {
    const geo = JSON.parse(new TextDecoder().decode(bundle.byPath.get('xa.geojson')!.bytes));
    let outlined = 0;
    for (const u of model.register.communes) {
      const outlines = model.boundaries.shapesOfUnit(u.key);
      const features = geo.features.filter((x: { id: string }) => x.id === u.key || x.id.startsWith(`${u.key}#`));
      expect(features.length).toBe(Math.max(1, outlines.length));
      for (const f of features) expect(f.properties.code).toBe(u.code);
      if (outlines.length === 0) {
        expect(features[0].geometry?.coordinates ?? null).toEqual(u.lat === null ? null : [u.lon, u.lat]);
        expect(features[0].properties.outline_licence).toBeNull();
        continue;
      }
      outlined++;
      outlines.forEach((o, i) => {
        expect(features[i].geometry).toEqual({ type: 'MultiPolygon', coordinates: o.shape });
        expect(features[i].properties.outline_valid_from).toBe(o.from);
        expect(features[i].properties.outline_licence).toBe(model.boundaries.sourceOf(o.file)!.licence.id);
      });
    }
    expect(outlined).toBe(model.register.communesOn('2025-07-01').length);
    // The catalogue and the Data Package name the outlines' source and licence.
    const file = bundle.byPath.get('xa.geojson')!;
    expect(file.title.vi).toContain('MIT License');
    const pkg = JSON.parse(new TextDecoder().decode(bundle.byPath.get('datapackage.json')!.bytes));
    const res = pkg.resources.find((r: { path: string }) => r.path === 'xa.geojson');
    expect(res.licenses.map((l: { name: string }) => l.name)).toEqual(['MIT']);
    expect(res.sources[0].path).toContain('vietnamese-provinces-database');
  });
});
