/**
 * A warm build writes the files that describe every other one (datapackage.json, README.md, SHA256SUMS,
 * the zip) from the facts earlier builds recorded of each data file (size, SHA-256, CRC-32) and from the
 * zip entries they deflated, instead of serialising and deflating every file again (byte-cache.ts
 * `cachedFacts`, archive.ts `zipEntries`). Proved on the demo data with a byte cache in a temporary
 * folder, each build started afresh as the next build's process would: the bundle from the facts is byte
 * for byte the bundle made from scratch; after one score changes, only files made of its rows are
 * serialised again and the result still equals a bundle made from scratch; facts that do not describe a
 * file's bytes stop the build rather than publish wrong checksums.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { buildBundle, type Bundle } from '../../../src/lib/data/export/bundle.ts';
import { byteCacheUse, forgetByteCacheUse } from '../../../src/lib/data/export/byte-cache.ts';
import { cell, demoTable, modelWith, toCsvText, withCell, Y2018 } from '../support/data.ts';

const dir = mkdtempSync(join(tmpdir(), 'cdht-facts-'));
const saved = { cache: process.env.CDHT_BYTE_CACHE, salt: process.env.CDHT_BYTE_CACHE_SALT };
afterAll(() => {
  for (const [name, value] of [
    ['CDHT_BYTE_CACHE', saved.cache],
    ['CDHT_BYTE_CACHE_SALT', saved.salt],
  ] as const)
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  process.env.CDHT_BYTE_CACHE = dir;
  process.env.CDHT_BYTE_CACHE_SALT = 'facts-test';
  forgetByteCacheUse();
});

const INPUTS = 'the-other-inputs';
const table = demoTable(Y2018);
const changedCsv = toCsvText(
  withCell(
    withCell(table, 0, 'tc01', String(Number(cell(table, 0, 'tc01')) - 1)),
    0,
    'total',
    String(Number(cell(table, 0, 'total')) - 1),
  ),
);

/** A bundle made from scratch: no byte cache at all. */
function fromScratch(make: () => Bundle): Bundle {
  delete process.env.CDHT_BYTE_CACHE;
  try {
    return make();
  } finally {
    process.env.CDHT_BYTE_CACHE = dir;
  }
}

/** Every file's path and bytes, as published. */
const published = (b: Bundle) => new Map(b.files.map((f) => [f.path, Buffer.from(f.bytes).toString('base64')]));
const dataFiles = (b: Bundle) => b.files.filter((f) => f.plan !== null).length + b.zipOnly.size;

describe('downloads described from the facts of earlier builds', () => {
  test('a bundle from the recorded facts is byte for byte the bundle made from scratch', () => {
    const first = buildBundle(modelWith(), INPUTS);
    const made = byteCacheUse();
    expect(made.factsMade, 'the first build computes the facts of every data file').toBe(dataFiles(first));
    expect(made.factsReused).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'facts.json'), 'utf8')) as object)).toHaveLength(
      dataFiles(first),
    );

    forgetByteCacheUse();
    const second = buildBundle(modelWith(), INPUTS);
    const use = byteCacheUse();
    expect(use.factsReused, 'every data file is described from its recorded facts').toBe(dataFiles(second));
    expect(use.factsMade).toBe(0);
    expect(use.made, 'no workbook or zip entry is made again').toBe(0);
    expect(use.reused).toBeGreaterThan(0);
    const cold = fromScratch(() => buildBundle(modelWith()));
    expect(published(second)).toEqual(published(cold));
  });

  test('after one score changes, only files made of its rows are serialised again, and all still match', () => {
    buildBundle(modelWith(), INPUTS);
    forgetByteCacheUse();
    const warm = buildBundle(modelWith({ [Y2018]: changedCsv }), INPUTS);
    const use = byteCacheUse();
    expect(use.factsMade, 'the changed year tables and commune files').toBeGreaterThan(0);
    expect(use.factsReused, 'the files the change does not reach').toBeGreaterThan(use.factsMade);
    const cold = fromScratch(() => buildBundle(modelWith({ [Y2018]: changedCsv })));
    expect(published(warm)).toEqual(published(cold));
    const before = fromScratch(() => buildBundle(modelWith()));
    expect(warm.byPath.get('SHA256SUMS')!.sha256, 'the checksums describe the changed files').not.toBe(
      before.byPath.get('SHA256SUMS')!.sha256,
    );
  });

  test('facts that do not describe a file stop the build instead of publishing wrong checksums', () => {
    buildBundle(modelWith(), INPUTS);
    const index = join(dir, 'facts.json');
    const facts = JSON.parse(readFileSync(index, 'utf8')) as Record<string, { size: number; sha256: string }>;
    for (const f of Object.values(facts)) f.sha256 = '0'.repeat(64);
    writeFileSync(index, JSON.stringify(facts));
    forgetByteCacheUse();
    // The zip needs the bytes of the files whose (wrong) checksum names no deflated entry: they are checked.
    expect(() => buildBundle(modelWith(), INPUTS)).toThrow(/describes this file wrongly.*ASTRO_CACHE_DIR/);
  });
});
