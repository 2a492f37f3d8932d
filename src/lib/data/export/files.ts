/**
 * The list of data files to publish under /du-lieu/, each with its path, bilingual title, table (for
 * tabular files) and keys. Pure: no bytes yet; bundle.ts serialises them. Paths follow the agreed URL
 * conventions (`<dataset>/<year>.csv`, `-diem`, `-ket-qua`, `don-vi.csv`, `xa.geojson`, `xa/<code>.csv`).
 */
import type { SiteModel } from '../model/index.ts';
import { isLargeModel } from '../model/scale.ts';
import type { Localised, Result } from '../types.ts';
import { communesGeoJson } from './geojson.ts';
import {
  communeRegisterTable, districtRegisterTable, longTable, provinceRegisterTable, resultsTable, tableRecords,
  wideTable, type Table,
} from './tables.ts';

export type FileKind = 'wide' | 'long' | 'results' | 'register' | 'geojson' | 'commune' | 'package' | 'schema' | 'readme' | 'checksums' | 'zip' | 'feed';

export interface PlannedFile {
  path: string;
  kind: FileKind;
  title: Localised;
  dataset: string | null;
  year: number | null;
  /** Tabular content; the CSV or JSON records are written from it. Made on first read (see `lazy`). */
  table?: Table;
  /** Non-tabular JSON content, made on first read. */
  json?: unknown;
  /**
   * The results the file is made of ('all': any result; 'none': inputs only), so a build can key the
   * file by its data without making its table (bundle.ts `downloadPaths`).
   */
  reads: readonly Result[] | 'all' | 'none';
  primaryKey?: string[];
  /** The shared schema file (schema/<id>.json) describing this table; tables of one shape share one. */
  schemaId?: string;
  /**
   * Published only inside the zip (with the zip's own datapackage.json), not as a file of its own: at
   * national scale, the long score tables, which are the wide year tables turned long.
   */
  zipOnly?: boolean;
  /** Path of the results file this table's (dataset, year, commune_code) refers to. */
  resultsPath?: string;
  /** Where parts of the file come from under their own licence (outlines), for the Data Package. */
  sources?: { title: string; path: string }[];
  licenses?: { name: string; path: string; title: string }[];
}

/** A plan whose table and JSON are still recipes: planning lists every file without making any table. */
type Draft = Omit<PlannedFile, 'table' | 'json'> & { table?: () => Table; json?: () => unknown };

/** A recipe made once, on first call (a CSV and its workbook twin share one table). */
function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}

/** The plan of a draft: `table` and `json` become properties made on first read. */
function lazy({ table, json, ...rest }: Draft): PlannedFile {
  const plan: PlannedFile = rest;
  if (table) Object.defineProperty(plan, 'table', { get: table, enumerable: true });
  if (json) Object.defineProperty(plan, 'json', { get: json, enumerable: true });
  return plan;
}

const KEY_RESULT = ['dataset', 'year', 'commune_code'];
const KEY_LONG = [...KEY_RESULT, 'criterion_id'];
const KEY_UNIT = ['code', 'valid_from'];

/**
 * Plan a table as both a CSV and a JSON file (same table, same schema). The foreign key is declared
 * once, on the CSV; the JSON twin points to the shared schema file.
 */
function both(base: Omit<Draft, 'path'>, stem: string): Draft[] {
  const { resultsPath: _, ...json } = base;
  return [{ ...base, path: `${stem}.csv` }, { ...json, path: `${stem}.json` }];
}

/**
 * At national scale (isLargeModel) the bundle stores nothing twice that a reader can derive, so the site
 * fits static hosts' limits (GitHub Pages: 1 GB; the national goal: 600 MB):
 * - the long score tables (`<year>-diem.csv`: dataset, year, commune_code, criterion_id, value, max) are
 *   the wide year table turned long, so they are published only inside the zip, with the zip's own
 *   datapackage.json (67 MB as files, 6 MB deflated); README.md says how to turn a wide table long;
 * - no JSON twin of a table (the year tables, the registers): the CSV beside it holds the same rows,
 *   and the wide and results tables also come as Excel workbooks;
 * - no all-years long or results table (the per-year files hold the same rows), no per-commune JSON;
 * - in the long tables every column but the key and the value: the commune's name, district, province and
 *   framework join from the results file of the same year, the criterion's names and group are in the
 *   framework, datapackage.json and on the methodology page.
 * Templates are offered for the latest and next year only. Every value stays downloadable.
 */
export const isLarge = isLargeModel;

/** Published tables that also get an Excel workbook beside their CSV: the wide year tables and results. */
const XLSX_KINDS: ReadonlySet<FileKind> = new Set(['wide', 'results']);

/**
 * The .xlsx twin of a table planned as CSV (same table, same schema; the foreign key stays on the CSV),
 * for the wide and results tables of each dataset.
 */
function xlsxTwins(files: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const f of files) {
    out.push(f);
    if (f.table && f.dataset !== null && XLSX_KINDS.has(f.kind) && f.path.endsWith('.csv')) {
      const { resultsPath: _, ...twin } = f;
      out.push({ ...twin, path: f.path.replace(/\.csv$/, '.xlsx') });
    }
  }
  return out;
}

/**
 * Every data file of the bundle, in a fixed order. Cheap: tables and JSON are made only when a file's
 * `table` or `json` is first read, so listing the paths costs no table.
 */
export function planFiles(model: SiteModel): PlannedFile[] {
  return xlsxTwins(planTables(model)).map(lazy);
}

function planTables(model: SiteModel): Draft[] {
  const out: Draft[] = [];
  const large = isLarge(model);
  const tableFiles = (base: Omit<Draft, 'path'>, stem: string) => (large ? both(base, stem).slice(0, 1) : both(base, stem));
  for (const { dataset, year, framework, results } of model.datasetYears()) {
    const d = dataset.id;
    const t = dataset.title;
    const meta = { dataset: d, year, reads: results };
    out.push(...tableFiles({ ...meta, kind: 'wide', table: once(() => wideTable(framework, results)), primaryKey: ['commune_code'], schemaId: `nam-${framework.id}`,
      title: { vi: `${t.vi}, năm ${year}: bảng như công bố (mỗi xã một dòng)`, en: `${t.en}, ${year}: table as published (one row per commune)` } }, `${d}/${year}`));
    out.push(...tableFiles({ ...meta, kind: 'long', table: once(() => longTable(model, results, large)), primaryKey: KEY_LONG, schemaId: large ? 'diem-gon' : 'diem', resultsPath: `${d}/${year}-ket-qua.csv`,
      ...(large ? { zipOnly: true } : {}),
      title: large
        ? { vi: `${t.vi}, năm ${year}: điểm từng tiêu chí (dạng dài: bảng ${year}.csv xoay dọc, mỗi xã, mỗi tiêu chí một dòng; chỉ có trong tệp nén; tên xã, huyện, tỉnh và bộ tiêu chí nối từ ${year}-ket-qua.csv theo dataset, year, commune_code)`, en: `${t.en}, ${year}: every criterion score (long format: ${year}.csv turned long, one row per commune and criterion; in the zip only; commune, district, province and framework join from ${year}-ket-qua.csv on dataset, year, commune_code)` }
        : { vi: `${t.vi}, năm ${year}: điểm từng tiêu chí (dạng dài)`, en: `${t.en}, ${year}: every criterion score (long format)` } }, `${d}/${year}-diem`));
    out.push(...tableFiles({ ...meta, kind: 'results', table: once(() => resultsTable(model, results)), primaryKey: KEY_RESULT, schemaId: 'ket-qua',
      title: { vi: `${t.vi}, năm ${year}: kết quả (tổng, xếp loại, thứ hạng)`, en: `${t.en}, ${year}: results (total, class, ranks)` } }, `${d}/${year}-ket-qua`));
  }
  for (const dataset of model.datasets) {
    const d = dataset.id;
    const all = model.results.filter((r) => r.dataset === d);
    const meta = { dataset: d, year: null, reads: all };
    if (!large) out.push(...both({ ...meta, kind: 'long', table: once(() => longTable(model, all)), primaryKey: KEY_LONG, schemaId: 'diem', resultsPath: `${d}/ket-qua.csv`,
      title: { vi: `${dataset.title.vi}: điểm từng tiêu chí, mọi năm`, en: `${dataset.title.en}: every criterion score, all years` } }, `${d}/diem`));
    if (!large) out.push(...both({ ...meta, kind: 'results', table: once(() => resultsTable(model, all)), primaryKey: KEY_RESULT, schemaId: 'ket-qua',
      title: { vi: `${dataset.title.vi}: kết quả mọi năm`, en: `${dataset.title.en}: results, all years` } }, `${d}/ket-qua`));
  }
  const unit = { dataset: null, year: null, kind: 'register' as const, primaryKey: KEY_UNIT, reads: 'none' as const };
  const communeRegister = once(() => communeRegisterTable(model));
  out.push(...tableFiles({ ...unit, schemaId: 'don-vi', table: communeRegister, title: { vi: 'Danh mục xã, phường, thị trấn và lịch sử thay đổi', en: 'Register of communes with their history' } }, 'don-vi'));
  out.push(...tableFiles({ ...unit, schemaId: 'don-vi-huyen', table: once(() => districtRegisterTable(model)), title: { vi: 'Danh mục huyện và lịch sử thay đổi', en: 'Register of districts with their history' } }, 'don-vi-huyen'));
  out.push(...tableFiles({ ...unit, schemaId: 'don-vi-tinh', table: once(() => provinceRegisterTable(model)), title: { vi: 'Danh mục tỉnh và lịch sử thay đổi', en: 'Register of provinces with their history' } }, 'don-vi-tinh'));
  const outlines = model.boundaries.sources;
  const credit = (lang: 'vi' | 'en') => outlines.map((s) => `${s.title[lang]}, ${s.licence.name}: ${s.url}`).join('; ');
  out.push({ path: 'xa.geojson', kind: 'geojson', dataset: null, year: null, reads: 'all', json: once(() => communesGeoJson(model)),
    ...(outlines.length > 0
      ? {
          sources: outlines.map((s) => ({ title: `${s.title.vi} · ${s.title.en}`, path: s.url })),
          licenses: [...new Map(outlines.map((s) => [s.licence.url, { name: s.licence.id, path: s.licence.url, title: s.licence.name }])).values()],
        }
      : {}),
    title: outlines.length > 0
      ? { vi: `Các xã kèm kết quả mới nhất, GeoJSON: ranh giới từng thời kỳ khi có, nếu không thì điểm tâm (ranh giới: ${credit('vi')})`, en: `Communes with their latest results, GeoJSON: outlines of each period where the data has them, else centre points (outlines: ${credit('en')})` }
      : { vi: 'Các xã (điểm tâm) kèm kết quả mới nhất, GeoJSON', en: 'Communes (centre points) with their latest results, GeoJSON' } });
  const unitRecords = once(() => {
    const byCode = new Map<string, Record<string, unknown>[]>();
    for (const record of tableRecords(communeRegister())) {
      const code = String(record.code);
      byCode.set(code, [...(byCode.get(code) ?? []), record]);
    }
    return byCode;
  });
  for (const code of model.register.communeCodeList()) {
    const results = model.resultsOfCode(code);
    const table = once(() => resultsTable(model, results));
    const name = model.register.communesWithCode(code).at(-1)!.name;
    const title = { vi: `${name} (mã ${code}): kết quả mọi năm`, en: `${name} (code ${code}): results, all years` };
    out.push({ path: `xa/${code}.csv`, kind: 'commune', dataset: null, year: null, reads: results, table, primaryKey: KEY_RESULT, schemaId: 'ket-qua', title });
    // The register rows of every code are in `reads` through the inputs (the register), not the results.
    if (!large) out.push({ path: `xa/${code}.json`, kind: 'commune', dataset: null, year: null, reads: results, title,
      json: once(() => ({ code, units: unitRecords().get(code) ?? [], results: tableRecords(table()), scores: tableRecords(longTable(model, results)) })) });
  }
  return out;
}
