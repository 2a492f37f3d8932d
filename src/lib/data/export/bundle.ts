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
import { getModel, loadData } from '../load.ts';
import { toExcelCsv } from './csv.ts';
import { tableWorkbook } from './xlsx-tables.ts';
import { tableRecords } from './tables.ts';
import { isLarge, planFiles, type FileKind, type PlannedFile } from './files.ts';
import { dataPackage, tableSchema, type ResourceInfo } from './datapackage.ts';
import { readme, type ReadmeFile } from './readme.ts';
import { releaseFeed, RELEASE_FEED } from './feed.ts';
import { checksumLines, crc, sha256, zipEntries, zipEntry, type ZipEntry } from './archive.ts';
import { byteCacheComplete, cachedFacts, rememberFacts, type Facts } from './byte-cache.ts';
import { inputsDigest } from '../inputs-digest.ts';
import { sourcedCount } from '../model/provenance.ts';
import { resultDigest } from '../model/result-digest.ts';
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
  /** The file's bytes: a data file described from the byte cache's facts is serialised only when asked. */
  readonly bytes: Uint8Array;
  /** Its size in bytes, SHA-256 (hex) and CRC-32, known without its bytes. */
  size: number;
  sha256: string;
  crc32: number;
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

const factsOf = (bytes: Uint8Array): Facts => ({ size: bytes.length, sha256: sha256(bytes), crc32: crc(bytes) });

/**
 * A bundle file described by `facts`, its bytes made by `make` when first asked (or `known` already).
 * Made bytes that do not match the facts (an entry of the byte cache that does not describe them) stop the
 * build: the catalogue, datapackage.json and SHA256SUMS already state the facts.
 */
function lazyFile(
  path: string, kind: FileKind, title: Localised, facts: Facts, make: () => Uint8Array, plan: PlannedFile | null,
  known?: Uint8Array,
): BundleFile {
  const ext = path.includes('.') ? path.slice(path.lastIndexOf('.') + 1) : 'txt';
  let bytes = known;
  return {
    path, kind, title, plan, format: ext, mediatype: MEDIA[ext] ?? 'application/octet-stream',
    dataset: plan?.dataset ?? null, year: plan?.year ?? null, ...facts,
    get bytes() {
      if (bytes) return bytes;
      const made = make();
      if (made.length !== facts.size || sha256(made) !== facts.sha256)
        throw new Error(
          `${path}: bộ nhớ đệm của bản dựng mô tả sai tệp này; xóa thư mục bộ nhớ đệm (ASTRO_CACHE_DIR) rồi dựng lại / ` +
            `the build cache describes this file wrongly; remove the cache folder (ASTRO_CACHE_DIR) and build again`,
        );
      return (bytes = made);
    },
  };
}

function file(path: string, kind: FileKind, title: Localised, bytes: Uint8Array, plan: PlannedFile | null = null): BundleFile {
  // The facts are computed from these very bytes: nothing to check when they are read.
  return lazyFile(path, kind, title, factsOf(bytes), () => bytes, plan, bytes);
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
    bytes: f.size, sha256: f.sha256,
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
  const list: ReadmeFile[] = files.map((f) => ({ path: f.path, title: f.title, bytes: f.size, zipOnly: inZip.has(f.path) }));
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
  /** Each plan's data key (`planKeys`), made once. */
  keys: Map<PlannedFile, string> | null;
}

const STATES = Symbol.for('cdht.bundleState');

function state(model: SiteModel): State {
  const store = globalThis as unknown as Record<symbol, WeakMap<SiteModel, State> | undefined>;
  const states = (store[STATES] ??= new WeakMap());
  let s = states.get(model);
  if (!s) {
    const plans = planFiles(model);
    const published = plans.filter((p) => !p.zipOnly).map((p) => [p.path, p] as const);
    s = { plans, byPath: new Map(published), files: new Map(), bundle: null, paths: null, keys: null };
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

/**
 * A planned data file for the whole bundle: serialised already, or described by the facts an earlier
 * build recorded under its key (`inputs` and the data key: what decides its bytes besides the code, as
 * for the downloads route), so a warm build does not serialise the thousands of files a change missed.
 */
function describedFile(s: State, model: SiteModel, p: PlannedFile, inputs: string | undefined): BundleFile {
  const made = s.files.get(p.path);
  if (inputs === undefined) return made ?? dataFile(s, model, p);
  const key = `${inputs}\0${planKeys(s, model).get(p)!}`;
  const factsOfFile = (f: BundleFile): Facts => ({ size: f.size, sha256: f.sha256, crc32: f.crc32 });
  if (made) {
    rememberFacts(key, factsOfFile(made));
    return made;
  }
  const facts = cachedFacts(key, () => factsOfFile(dataFile(s, model, p)));
  // Made just now (no facts were recorded): the file holds its bytes already.
  if (s.files.has(p.path)) return s.files.get(p.path)!;
  const f = lazyFile(p.path, p.kind, p.title, facts, () => serialise(p, model), p);
  s.files.set(p.path, f);
  return f;
}

const zipEntryOf = (f: BundleFile): ZipEntry => ({ path: f.path, size: f.size, crc32: f.crc32, sha256: f.sha256, bytes: () => f.bytes });

/**
 * Build every download from a model. Pure apart from hashing: same model ⇒ same bytes. With `inputs`
 * (the digest of the data folder's other inputs, `inputsDigest`) and the build's byte cache, data files
 * are described from the facts earlier builds recorded and serialised only where their data changed.
 */
export function buildBundle(model: SiteModel, inputs?: string): Bundle {
  const s = state(model);
  if (s.bundle) return s.bundle;
  const t0 = performance.now();
  const plans = s.plans;
  const large = isLarge(model);
  const shape = inputs === undefined ? undefined : `${inputs}\0${large}\0${model.years().join(',')}`;
  const planned = plans.map((p) => describedFile(s, model, p, shape));
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
  const zipped: ZipEntry[] = [
    ...zippedData.map(zipEntryOf),
    ...files.filter((f) => f.kind === 'schema' || f.kind === 'readme').map(zipEntryOf),
    zipEntry('datapackage.json', zipPackage),
  ];
  files.push(file(ZIP_NAME, 'zip', large ? ZIP_TITLE_LARGE : ZIP_TITLE, zipEntries(zipped, PACKAGE_NAME, releaseDate(model))));
  files.push(file(RELEASE_FEED, 'feed', FEED_TITLE, encoder.encode(releaseFeed(model))));
  files.push(file('SHA256SUMS', 'checksums', SUMS_TITLE, encoder.encode(checksumLines(files))));
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // Every workbook, deflated zip entry and file's facts were asked of the byte cache: what it holds beyond them is stale.
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
  return buildBundle(getModel(), inputsDigest(loadData().dir));
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
  const keys = planKeys(s, model);
  const out: DownloadPath[] = [...s.byPath.values()].map((p) => ({ path: p.path, dataKey: keys.get(p)! }));
  for (const id of new Set(s.plans.map((p) => p.schemaId).filter((id) => id !== undefined))) out.push({ path: schemaPath(id), dataKey: key('schema', id) });
  const all = resultsHash(model.results);
  for (const path of WHOLE) out.push({ path, dataKey: key('whole', path, all) });
  s.paths = out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return s.paths;
}

const key = (...parts: string[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('base64url').slice(0, 27);
};

/** Each list's digest (of its results' whole digests), made once per process. */
const lists = new WeakMap<readonly Result[], string>();
function resultsHash(results: readonly Result[]): string {
  let h = lists.get(results);
  if (h === undefined) {
    const hash = createHash('sha256');
    for (const r of results) hash.update(resultDigest(r)).update('\0');
    lists.set(results, (h = hash.digest('base64url')));
  }
  return h;
}

/** The data key of every planned file, zip-only ones included (see `DownloadPath.dataKey`). */
function planKeys(s: State, model: SiteModel): Map<PlannedFile, string> {
  if (s.keys) return s.keys;
  // A workbook's "about" sheet counts the published rows of the whole site (illustrativeNote).
  const sourced = String(sourcedCount(model.results));
  s.keys = new Map(
    s.plans.map((p) => [
      p,
      key(
        p.kind,
        p.path,
        JSON.stringify(p.title),
        p.reads === 'none' ? '' : resultsHash(p.reads === 'all' ? model.results : p.reads),
        p.path.endsWith('.xlsx') ? sourced : '',
      ),
    ]),
  );
  return s.keys;
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
  return plan ? dataFile(s, model, plan) : getBundle().byPath.get(path);
}
