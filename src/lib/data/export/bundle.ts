/**
 * Every download under /du-lieu/, built once per build as final bytes: data files, datapackage.json,
 * README.md, the release feed, the zip of everything and SHA256SUMS. The endpoints, the catalogue page
 * and the tests all read this one bundle, so sizes, hashes and the zip always describe the same bytes.
 */
import { performance } from 'node:perf_hooks';
import type { SiteModel } from '../model/index.ts';
import type { Localised } from '../types.ts';
import { getModel } from '../load.ts';
import { toExcelCsv } from './csv.ts';
import { tableWorkbook } from './xlsx-tables.ts';
import { tableRecords } from './tables.ts';
import { isLarge, planFiles, type FileKind, type PlannedFile } from './files.ts';
import { dataPackage, tableSchema, type ResourceInfo } from './datapackage.ts';
import { readme } from './readme.ts';
import { releaseFeed, RELEASE_FEED } from './feed.ts';
import { checksumFile, sha256, zipFiles } from './archive.ts';
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
  files: BundleFile[];
  byPath: Map<string, BundleFile>;
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

/** Build every download from a model. Pure apart from hashing: same model ⇒ same bytes. */
export function buildBundle(model: SiteModel): Bundle {
  const t0 = performance.now();
  const plans = planFiles(model);
  const files = plans.map((p) => file(p.path, p.kind, p.title, serialise(p, model), p));
  files.push(...schemaFiles(plans));
  const pkg = file('datapackage.json', 'package', { vi: 'Mô tả gói dữ liệu (Data Package v2): từ điển dữ liệu, khóa, mã kiểm tra', en: 'Data Package v2 descriptor: data dictionary, keys, checksums' },
    encoder.encode(dataPackage(model, files.filter((f) => f.kind !== 'schema').map(resourceInfo))));
  files.push(pkg);
  const readmeTitle = { vi: 'Giới thiệu, giấy phép, trích dẫn, nhật ký thay đổi', en: 'About, licence, citation, changelog' };
  const listed = files.map((f) => ({ path: f.path, title: f.title, bytes: f.bytes.length }));
  files.push(file('README.md', 'readme', readmeTitle, encoder.encode(readme(model, listed))));
  // A national-scale zip holds the wide, results and register tables and the metadata; the long tables
  // and per-commune files stay separate downloads so the site fits static hosts.
  const large = isLarge(model);
  // At national scale the workbooks stay separate downloads too (their CSVs are in the zip).
  const zipped = new Map(files.filter((f) => !large || (f.kind !== 'long' && f.kind !== 'commune' && f.format !== 'xlsx')).map((f) => [f.path, f.bytes] as const));
  files.push(file(ZIP_NAME, 'zip', { vi: 'Tất cả các tệp trên trong một tệp nén', en: 'All the files above in one archive' },
    zipFiles(zipped, PACKAGE_NAME, releaseDate(model))));
  files.push(file(RELEASE_FEED, 'feed', { vi: 'Nguồn tin Atom các lần phát hành dữ liệu', en: 'Atom feed of data releases' }, encoder.encode(releaseFeed(model))));
  const sums = new Map(files.map((f) => [f.path, f.bytes] as const));
  files.push(file('SHA256SUMS', 'checksums', { vi: 'Mã kiểm tra SHA-256 của mọi tệp', en: 'SHA-256 checksums of every file' }, encoder.encode(checksumFile(sums))));
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, byPath: new Map(files.map((f) => [f.path, f])), ms: performance.now() - t0 };
}

const CACHE = Symbol.for('cdht.bundle');

/** The bundle of the build's model, built once per process (every endpoint and page shares it). */
export function getBundle(): Bundle {
  const model = getModel();
  const store = globalThis as unknown as Record<symbol, WeakMap<SiteModel, Bundle> | undefined>;
  const cache = (store[CACHE] ??= new WeakMap());
  let bundle = cache.get(model);
  if (!bundle) {
    bundle = buildBundle(model);
    cache.set(model, bundle);
  }
  return bundle;
}
