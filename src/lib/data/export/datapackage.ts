/**
 * The Data Package v2 descriptor (datapackage.json) of the downloads. Each table's schema is generated
 * from the same ColumnSpecs that validate the input and write the files, and every resource records the
 * size and SHA-256 of the exact bytes published, so a reader can check what they downloaded.
 */
import type { ColumnSpec } from '../contract.ts';
import type { SiteModel } from '../model/index.ts';
import type { Localised } from '../types.ts';
import { absoluteUrl, DOWNLOAD_DIR, PACKAGE_NAME, releaseDate } from './meta.ts';
import { DATA_SHEET, HEADER_ROWS } from './xlsx-tables.ts';

/** What the descriptor needs to know about one published file. */
export interface ResourceInfo {
  path: string;
  name: string;
  title: Localised;
  format: string;
  mediatype: string;
  bytes: number;
  sha256: string;
  /** Table schema parts for tabular files. */
  columns?: readonly ColumnSpec[];
  primaryKey?: string[];
  foreignKeys?: ForeignKey[];
  /** Path of a shared schema file to point to instead of an inline schema (Data Package v2 allows both). */
  schemaPath?: string;
  /** Resource-level sources and licences (outlines that come from elsewhere under their own licence). */
  sources?: { title: string; path: string }[];
  licenses?: { name: string; path: string; title: string }[];
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

const both = (t: Localised): string => (t.vi === t.en ? t.vi : `${t.vi} · ${t.en}`);

/** A Table Schema field from a column spec: type, bilingual title and description, constraints. */
export function schemaField(c: ColumnSpec): Record<string, unknown> {
  const constraints: Record<string, unknown> = {};
  if (c.nonEmpty) constraints.required = true;
  if (c.min !== undefined) constraints.minimum = c.min;
  if (c.max !== undefined) constraints.maximum = c.max;
  if (c.pattern !== undefined) constraints.pattern = c.pattern;
  const field: Record<string, unknown> = {
    name: c.name,
    type: c.type,
    title: both(c.title),
    description: both(c.description),
  };
  if (c.type === 'date') field.format = 'default';
  if (c.unit) field['x-unit'] = both(c.unit);
  if (Object.keys(constraints).length > 0) field.constraints = constraints;
  return field;
}

const DIALECT = { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true };

function resource(r: ResourceInfo): Record<string, unknown> {
  const out: Record<string, unknown> = {
    name: r.name,
    path: r.path,
    title: both(r.title),
    format: r.format,
    mediatype: r.mediatype,
    ...(r.format === 'xlsx' ? {} : { encoding: 'utf-8' }),
    bytes: r.bytes,
    hash: `sha256:${r.sha256}`,
  };
  if (r.sources) out.sources = r.sources;
  if (r.licenses) out.licenses = r.licenses;
  if (r.columns) {
    out.type = 'table';
    if (r.format === 'csv') out.dialect = DIALECT;
    // Workbooks: the data sheet, Vietnamese headings in row 1 and English in row 2 (xlsx-tables.ts).
    if (r.format === 'xlsx') out.dialect = { sheetName: DATA_SHEET, headerRows: HEADER_ROWS, headerJoin: ' · ' };
    out.schema = r.schemaPath ?? tableSchema(r.columns, r.primaryKey, r.foreignKeys);
  }
  return out;
}

/** A Table Schema object: fields from the column specs, keys, and '' as the only missing value. */
export function tableSchema(columns: readonly ColumnSpec[], primaryKey?: string[], foreignKeys?: ForeignKey[]): Record<string, unknown> {
  const schema: Record<string, unknown> = {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    fields: columns.map(schemaField),
    missingValues: [''],
  };
  if (primaryKey) schema.primaryKey = primaryKey;
  if (foreignKeys && foreignKeys.length > 0) schema.foreignKeys = foreignKeys;
  return schema;
}

/** The whole descriptor, pretty-printed with a final newline (deterministic: no clock, fixed order). */
export function dataPackage(model: SiteModel, resources: readonly ResourceInfo[]): string {
  const { site } = model;
  const date = releaseDate(model);
  const descriptor = {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: PACKAGE_NAME,
    title: both(site.title),
    description: both(site.description),
    homepage: absoluteUrl(model, DOWNLOAD_DIR),
    version: date,
    ...(date ? { created: `${date}T00:00:00Z` } : {}),
    keywords: ['cộng đồng học tập', 'learning community', 'khuyến học', 'Việt Nam', 'Vietnam'],
    licenses: [{ name: site.licence.id, path: site.licence.url, title: site.licence.name }],
    contributors: [
      { title: both(site.publisher), roles: ['publisher'] },
      { title: both(site.contact.name), email: site.contact.email, roles: ['contact'] },
    ],
    resources: resources.map(resource),
  };
  return JSON.stringify(descriptor, null, 2) + '\n';
}
