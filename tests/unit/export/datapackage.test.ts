/**
 * datapackage.json describes the published bytes exactly: every data file is a resource with its true
 * size and SHA-256, every table's schema names its CSV columns in order, and every cell satisfies the
 * schema's types, constraints, primary key and foreign keys (a small Table Schema checker, here).
 */
import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { readDownload, textOf, trickyBundle } from './fixture.ts';

const { bundle } = trickyBundle();
const json = (path: string) => JSON.parse(new TextDecoder().decode(bundle.byPath.get(path)!.bytes));
const pkg = json('datapackage.json');
type Field = {
  name: string;
  type: string;
  constraints?: { required?: boolean; minimum?: number; maximum?: number; pattern?: string };
};
type Schema = {
  fields: Field[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
};
const schemaOf = (r: { schema: string | Schema }): Schema => (typeof r.schema === 'string' ? json(r.schema) : r.schema);
const NOT_RESOURCES = new Set([
  'datapackage.json',
  'README.md',
  'SHA256SUMS',
  'cong-dong-hoc-tap.zip',
  'phat-hanh.atom',
]);

function checkCell(field: Field, text: string, where: string): void {
  const c = field.constraints ?? {};
  if (text === '') {
    expect(c.required ?? false, `${where}: empty but required`).toBe(false);
    return;
  }
  if (field.type === 'number') expect(text, where).toMatch(/^-?\d+(\.\d+)?$/);
  if (field.type === 'integer') expect(text, where).toMatch(/^-?\d+$/);
  if (field.type === 'date') expect(text, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  if (field.type === 'number' || field.type === 'integer') {
    if (c.minimum !== undefined) expect(Number(text), where).toBeGreaterThanOrEqual(c.minimum);
    if (c.maximum !== undefined) expect(Number(text), where).toBeLessThanOrEqual(c.maximum);
  }
  if (c.pattern) expect(textOf(text), where).toMatch(new RegExp(`^(?:${c.pattern})$`));
}

describe('datapackage.json', () => {
  test('lists every data file once, with its real size and SHA-256', () => {
    const data = bundle.files.filter((f) => !NOT_RESOURCES.has(f.path) && !f.path.startsWith('schema/'));
    expect(pkg.resources.map((r: { path: string }) => r.path).sort()).toEqual(data.map((f) => f.path).sort());
    for (const r of pkg.resources) {
      const bytes = bundle.byPath.get(r.path)!.bytes;
      expect(r.bytes, r.path).toBe(bytes.length);
      expect(r.hash, r.path).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      expect(r.name, r.path).toMatch(/^[a-z0-9._-]+$/);
    }
    expect(new Set(pkg.resources.map((r: { name: string }) => r.name)).size).toBe(pkg.resources.length);
    expect(pkg.licenses[0].path).toMatch(/^https:\/\//);
  });

  test('every CSV cell satisfies its schema: types, constraints, primary and foreign keys', () => {
    const tables = pkg.resources.filter((r: { format: string; schema?: unknown }) => r.format === 'csv' && r.schema);
    expect(tables.length).toBeGreaterThan(20);
    const keysOf = new Map<string, Set<string>>();
    const parsed = new Map<string, ReturnType<typeof readDownload>>();
    for (const r of pkg.resources)
      if (r.format === 'csv') parsed.set(r.name, readDownload(bundle.byPath.get(r.path)!.bytes, r.path));
    for (const r of tables) {
      const schema = schemaOf(r);
      const csv = parsed.get(r.name)!;
      expect(csv.header, r.path).toEqual(schema.fields.map((f) => f.name));
      csv.rows.forEach((row, i) =>
        schema.fields.forEach((f, j) => checkCell(f, row[j]!, `${r.path} row ${i + 2} ${f.name}`)),
      );
      if (schema.primaryKey) {
        const idx = schema.primaryKey.map((k) => csv.header.indexOf(k));
        const keys = csv.rows.map((row) => idx.map((j) => row[j]).join('|'));
        expect(new Set(keys).size, `${r.path}: primary key ${schema.primaryKey.join(', ')} is unique`).toBe(
          keys.length,
        );
        keysOf.set(`${r.name}:${schema.primaryKey.join(',')}`, new Set(keys));
      }
    }
    let checked = 0;
    for (const r of tables) {
      for (const fk of schemaOf(r).foreignKeys ?? []) {
        const target = pkg.resources.find((x: { name: string }) => x.name === fk.reference.resource);
        expect(target, `${r.path}: foreign key target ${fk.reference.resource}`).toBeDefined();
        const tcsv = parsed.get(target.name)!;
        const tidx = fk.reference.fields.map((k) => tcsv.header.indexOf(k));
        const targetKeys = new Set(tcsv.rows.map((row) => tidx.map((j) => row[j]).join('|')));
        const csv = parsed.get(r.name)!;
        const idx = fk.fields.map((k) => csv.header.indexOf(k));
        for (const row of csv.rows)
          expect(targetKeys.has(idx.map((j) => row[j]).join('|')), `${r.path} → ${target.path}`).toBe(true);
        checked++;
      }
    }
    expect(checked, 'foreign keys checked').toBeGreaterThan(0);
  });
});
