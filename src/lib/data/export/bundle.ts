/**
 * Every download under /du-lieu/ as final bytes: data files, datapackage.json, README.md, the release
 * feed, the zip of everything and SHA256SUMS. The endpoints, the catalogue page and the tests all read
 * this one bundle, so sizes, hashes and the zip always describe the same bytes.
 *
 * Lazy, so a warm build pays nothing for downloads that did not change: `downloadPaths` lists every path
 * with a key of exactly the results it is made of, without making a table or a byte; `downloadFile`
 * writes one data file when Astro renders it; the whole bundle (`getBundle`) is made only when a file
 * that describes every other one (datapackage.json, README.md, SHA256SUMS, the zip, the catalogue page)
 * is rendered. Each data file is serialised once per build, whichever asks first.
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { SiteModel } from '../model/index.ts';
import type { Localised, Result } from '../types.ts';
import { getModel } from '../load.ts';
import { toExcelCsv } from './csv.ts';
import { tableWorkbook } from './xlsx-tables.ts';
import { tableRecords } from './tables.ts';
import { isLarge, planFiles, type FileKind, type PlannedFile } from './files.ts';
import { dataPackage, tableSchema, type ResourceInfo } from './datapackage.ts';
import { readme, type ReadmeFile } from './readme.ts';
import { releaseFeed, RELEASE_FEED } from './feed.ts';
import { checksumFile, sha256, zipFiles } from './archive.ts';
import { byteCacheComplete } from './byte-cache.ts';
import { sourcedCount } from '../model/provenance.ts';
import { PACKAGE_NAME, releaseDate } from './meta.ts';

export interface BundleFile {
  /** Path relative to /du-lieu/. */
  path: string;
  kind: FileKind;
  format: string;
  mediatype: string;
  title: Localised;
  dataset: string | null;
  year: number | null;
  bytes: Uint8Array;
  sha256: string;
  /** The plan it was written from (tabular files keep their table for tests and the dictionary). */
  plan: PlannedFile | null;
}

export interface Bundle {
  /** Every published file, by path. */
  files: BundleFile[];
  byPath: Map<string, BundleFile>;
  /** Files published only inside the zip (`PlannedFile.zipOnly`), by path: described by the zip's datapackage.json. */
  zipOnly: Map<string, BundleFile>;
  /** Milliseconds it took to build. */
  ms: number;
}

const MEDIA: Record<string, string> = {
  csv: 'text/csv', json: 'application/json', geojson: 'application/geo+json', md: 'text/markdown',
  zip: 'application/zip', atom: 'application/atom+xml', txt: 'text/plain',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const ZIP_NAME = `${PACKAGE_NAME}.zip`;
const encoder = new TextEncoder();

function file(path: string, kind: FileKind, title: Localised, bytes: Uint8Array, plan: PlannedFile | null = null): BundleFile {
  const ext = path.includes('.') ? path.slice(path.lastIndexOf('.') + 1) : 'txt';
  return {
    path, kind, title, bytes, plan, format: ext, mediatype: MEDIA[ext] ?? 'application/octet-stream',
    dataset: plan?.dataset ?? null, year: plan?.year ?? null, sha256: sha256(bytes),
  };
}

/** Serialise one planned file: CSV or an Excel workbook from the table, JSON records from the table, or the given JSON. */
function serialise(p: PlannedFile, model: SiteModel): Uint8Array {
  if (p.table && p.path.endsWith('.csv')) return encoder.encode(toExcelCsv(p.table.columns.map((c) => c.name), p.table.rows));
  if (p.table && p.path.endsWith('.xlsx')) return tableWorkbook(model, p.table, p.title);
  const value = p.table ? tableRecords(p.table) : p.json;
  return encoder.encode(JSON.stringify(value) + '\n');
}

const resourceName = (path: string): string => path.toLowerCase().replace(/[^a-z0-9._-]/g, '-');

function resourceInfo(f: BundleFile): ResourceInfo {
  const p = f.plan;
  const info: ResourceInfo = {
    path: f.path, name: resourceName(f.path), title: f.title, format: f.format, mediatype: f.mediatype,
    bytes: f.bytes.length, sha256: f.sha256,
  };
  if (p?.sources) info.sources = p.sources;
  if (p?.licenses) info.licenses = p.licenses;
  if (p?.table) {
    info.columns = p.table.columns;
    if (p.primaryKey) info.primaryKey = p.primaryKey;
    if (p.resultsPath) {
      const fields = ['dataset', 'year', 'commune_code'];
      info.foreignKeys = [{ fields, reference: { resource: resourceName(p.resultsPath), fields } }];
    } else if (p.schemaId) {
      info.schemaPath = schemaPath(p.schemaId);
    }
  }
  return info;
}

export const schemaPath = (id: string): string => `schema/${id}.json`;

/** One shared Table Schema file per table shape (keys included, foreign keys stay inline per resource). */
function schemaFiles(plans: readonly PlannedFile[]): BundleFile[] {
  const seen = new Map<string, PlannedFile>();
  for (const p of plans) if (p.table && p.schemaId && !seen.has(p.schemaId)) seen.set(p.schemaId, p);
  return [...seen].map(([id, p]) =>
    file(schemaPath(id), 'schema', { vi: `Lược đồ bảng "${id}" (Table Schema)`, en: `Table Schema "${id}"` },
      encoder.encode(JSON.stringify(tableSchema(p.table!.columns, p.primaryKey), null, 2) + '\n')),
  );
}

const PACKAGE_TITLE = { vi: 'Mô tả gói dữ liệu (Data Package v2): từ điển dữ liệu, khóa, mã kiểm tra', en: 'Data Package v2 descriptor: data dictionary, keys, checksums' };
const README_TITLE = { vi: 'Giới thiệu, giấy phép, trích dẫn, nhật ký thay đổi', en: 'About, licence, citation, changelog' };
/**
 * The README's list of files: every file with its size; zip-only files say so; at national scale the
 * per-commune files are one line (each is in datapackage.json and SHA256SUMS with its size and hash).
 */
function readmeList(files: readonly BundleFile[], zipOnly: readonly BundleFile[], large: boolean): ReadmeFile[] {
  const inZip = new Set(zipOnly.map((f) => f.path));
  const list: ReadmeFile[] = files.map((f) => ({ path: f.path, title: f.title, bytes: f.bytes.length, zipOnly: inZip.has(f.path) }));
  if (!large) return list;
  const communes = list.filter((f) => /^xa\/[^/]+\.csv$/.test(f.path));
  const n = communes.length;
  const group: ReadmeFile = {
    path: 'xa/<mã · code>.csv',
    title: {
      vi: `Mỗi mã xã một tệp: kết quả mọi năm của xã (${n} tệp; kích thước và SHA-256 từng tệp trong datapackage.json và SHA256SUMS)`,
      en: `One file per commune code: the commune's results, all years (${n} files; each file's size and SHA-256 in datapackage.json and SHA256SUMS)`,
    },
    bytes: communes.reduce((sum, f) => sum + f.bytes, 0),
    zipOnly: false,
  };
  const rest = list.filter((f) => !communes.includes(f));
  return n === 0 ? rest : [...rest, group];
}

const ZIP_TITLE = { vi: 'Tất cả các tệp trên trong một tệp nén', en: 'All the files above in one archive' };
const ZIP_TITLE_LARGE = {
  vi: 'Tệp nén: các bảng năm, kết quả, danh mục, GeoJSON, điểm dạng dài (chỉ có ở đây) kèm datapackage.json riêng và README; không gồm tệp Excel và tệp từng xã',
  en: 'Archive: the year, results and register tables, the GeoJSON, the long scores (only here) with their own datapackage.json and the README; without the Excel and per-commune files',
};
const FEED_TITLE = { vi: 'Nguồn tin Atom các lần phát hành dữ liệu', en: 'Atom feed of data releases' };
const SUMS_TITLE = { vi: 'Mã kiểm tra SHA-256 của mọi tệp', en: 'SHA-256 checksums of every file' };
/** The files that describe or hold every other one: made from the whole bundle. */
const WHOLE = ['datapackage.json', 'README.md', ZIP_NAME, RELEASE_FEED, 'SHA256SUMS'];

/** What one model's downloads have made so far in this process. */
interface State {
  plans: PlannedFile[];
  /** The plans of files published on their own (not zip-only), by path. */
  byPath: Map<string, PlannedFile>;
  files: Map<string, BundleFile>;
  bundle: Bundle | null;
  /** The listing, made once (the route and the catalogue page both ask). */
  paths: DownloadPath[] | null;
}

const STATES = Symbol.for('cdht.bundleState');

function state(model: SiteModel): State {
  const store = globalThis as unknown as Record<symbol, WeakMap<SiteModel, State> | undefined>;
  const states = (store[STATES] ??= new WeakMap());
  let s = states.get(model);
  if (!s) {
    const plans = planFiles(model);
    const published = plans.filter((p) => !p.zipOnly).map((p) => [p.path, p] as const);
    s = { plans, byPath: new Map(published), files: new Map(), bundle: null, paths: null };
    states.set(model, s);
  }
  return s;
}

/** A planned data file as bundle file, serialised the first time any caller asks for it. */
function dataFile(s: State, model: SiteModel, p: PlannedFile): BundleFile {
  let f = s.files.get(p.path);
  if (!f) s.files.set(p.path, (f = file(p.path, p.kind, p.title, serialise(p, model), p)));
  return f;
}

/** Build every download from a model. Pure apart from hashing: same model ⇒ same bytes. */
export function buildBundle(model: SiteModel): Bundle {
  const s = state(model);
  if (s.bundle) return s.bundle;
  const t0 = performance.now();
  const plans = s.plans;
  const large = isLarge(model);
  const planned = plans.map((p) => dataFile(s, model, p));
  const zipOnly = planned.filter((f) => f.plan!.zipOnly);
  const data = planned.filter((f) => !f.plan!.zipOnly);
  const files = [...data, ...schemaFiles(plans)];
  files.push(file('datapackage.json', 'package', PACKAGE_TITLE, encoder.encode(dataPackage(model, data.map(resourceInfo)))));
  const listed = readmeList([...planned, ...files.slice(data.length)], zipOnly, large);
  files.push(file('README.md', 'readme', README_TITLE, encoder.encode(readme(model, listed))));
  // At national scale the zip leaves out the per-commune files and the workbooks (their CSVs are in it),
  // and holds the long tables, which are nowhere else: its own datapackage.json describes what it holds.
  const zippedData = [...data.filter((f) => !large || (f.kind !== 'commune' && f.format !== 'xlsx')), ...zipOnly];
  const zipPackage = encoder.encode(dataPackage(model, zippedData.map(resourceInfo)));
  const zipped = new Map<string, Uint8Array>([
    ...zippedData.map((f) => [f.path, f.bytes] as const),
    ...files.filter((f) => f.kind === 'schema' || f.kind === 'readme').map((f) => [f.path, f.bytes] as const),
    ['datapackage.json', zipPackage],
  ]);
  files.push(file(ZIP_NAME, 'zip', large ? ZIP_TITLE_LARGE : ZIP_TITLE, zipFiles(zipped, PACKAGE_NAME, releaseDate(model))));
  files.push(file(RELEASE_FEED, 'feed', FEED_TITLE, encoder.encode(releaseFeed(model))));
  const sums = new Map(files.map((f) => [f.path, f.bytes] as const));
  files.push(file('SHA256SUMS', 'checksums', SUMS_TITLE, encoder.encode(checksumFile(sums))));
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // Every workbook and the zip were asked of the byte cache: what it holds beyond them is stale.
  byteCacheComplete();
  s.bundle = {
    files,
    byPath: new Map(files.map((f) => [f.path, f])),
    zipOnly: new Map(zipOnly.map((f) => [f.path, f])),
    ms: performance.now() - t0,
  };
  return s.bundle;
}

/** The bundle of the build's model, built once per process (every endpoint and page shares it). */
export function getBundle(): Bundle {
  return buildBundle(getModel());
}

/** One path of the downloads and the key of what decides its bytes (besides the inputs and the code). */
export interface DownloadPath {
  path: string;
  /**
   * Hash of the file's path, kind and title and of every result it is made of (each result whole, its
   * row in the source file included); a file made of the inputs only (registers, schemas) hashes no result.
   * Files that describe every other one hash every result; a workbook also hashes how many rows of the
   * site are published (its "about" sheet says so). The route adds the inputs' key.
   */
  dataKey: string;
}

/**
 * Every path of the downloads with its data key, in path order, without making any table or byte: what
 * the downloads route lists for the incremental build (a warm build with nothing changed restores them all).
 * Each result is hashed once (its JSON, whole); a file's key hashes the digests of its results.
 */
export function downloadPaths(model: SiteModel): DownloadPath[] {
  const s = state(model);
  if (s.paths) return s.paths;
  const digests = new Map<Result, string>();
  const lists = new Map<readonly Result[], string>();
  const key = (...parts: string[]) => {
    const h = createHash('sha256');
    for (const p of parts) h.update(p).update('\0');
    return h.digest('base64url').slice(0, 27);
  };
  const digest = (r: Result) => {
    let d = digests.get(r);
    if (d === undefined) digests.set(r, (d = key(JSON.stringify(r))));
    return d;
  };
  const listHash = (results: readonly Result[]) => {
    let h = lists.get(results);
    if (h === undefined) {
      const hash = createHash('sha256');
      for (const r of results) hash.update(digest(r)).update('\0');
      lists.set(results, (h = hash.digest('base64url')));
    }
    return h;
  };
  // A workbook's "about" sheet counts the published rows of the whole site (illustrativeNote).
  const sourced = String(sourcedCount(model.results));
  const out: DownloadPath[] = [...s.byPath.values()].map((p) => ({
    path: p.path,
    dataKey: key(
      p.kind,
      p.path,
      JSON.stringify(p.title),
      p.reads === 'none' ? '' : listHash(p.reads === 'all' ? model.results : p.reads),
      p.path.endsWith('.xlsx') ? sourced : '',
    ),
  }));
  for (const id of new Set(s.plans.map((p) => p.schemaId).filter((id) => id !== undefined))) out.push({ path: schemaPath(id), dataKey: key('schema', id) });
  for (const path of WHOLE) out.push({ path, dataKey: key('whole', path, listHash(model.results)) });
  s.paths = out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return s.paths;
}

/**
 * The data key of the files that describe every other one (datapackage.json, SHA256SUMS…): it changes
 * whenever any download's bytes may. A page listing the downloads' sizes and hashes keys on it.
 */
export function wholeDownloadsKey(model: SiteModel): string {
  return downloadPaths(model).find((f) => f.path === 'SHA256SUMS')!.dataKey;
}

/** Whether the downloads have a file at `path` (relative to /du-lieu/), without making any. */
export function hasDownload(path: string): boolean {
  return state(getModel()).byPath.has(path);
}

/**
 * The published file at `path` (relative to /du-lieu/): a data file is serialised alone (once per build);
 * a schema file and the files that describe every other one come from the whole bundle.
 */
export function downloadFile(path: string): BundleFile | undefined {
  const model = getModel();
  const s = state(model);
  const plan = s.byPath.get(path);
  return plan ? dataFile(s, model, plan) : buildBundle(model).byPath.get(path);
}
