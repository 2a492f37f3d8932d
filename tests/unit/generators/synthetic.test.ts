/**
 * The national benchmark's synthetic country (scripts/lib/synthetic.ts), on a small scale: both
 * geographies (districts and the old provinces until 2025-06-30; 2025-07-01 without districts, fewer
 * provinces and merged communes reusing a predecessor's code), years under both frameworks, data the
 * model accepts with no error, and the same bytes on every run.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderSource } from '../../../src/lib/data/read/fs.ts';
import { validateData } from '../../../src/lib/data/validate/index.ts';
import { writeSyntheticData, type SyntheticOptions } from '../../../scripts/lib/synthetic.ts';
import { DATA_DIR } from '../support/data.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const SMALL: SyntheticOptions = {
  provinces: 6,
  districtsPerProvince: 2,
  communesPerDistrict: 10,
  provinces2025: 4,
  communes2025: 40,
  mergeShare: 0.1,
};

function write(options = SMALL) {
  const dir = mkdtempSync(join(tmpdir(), 'synthetic-'));
  made.push(dir);
  return { dir, counts: writeSyntheticData(dir, DATA_DIR, options) };
}

describe('synthetic national data', () => {
  const { dir, counts } = write();
  const validation = validateData(folderSource(dir));
  const data = validation.data!;

  it('is data the model accepts with no error', () => {
    expect(validation.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(counts.communes).toBe(6 * 2 * 10);
  });

  it('has districts and the old provinces before 2025-07-01 and the new geography after', () => {
    const { register } = data;
    const before = register.communes.filter((u) => u.from <= '2025-06-30' && (u.to === null || u.to >= '2025-06-30'));
    const after = register.communes.filter((u) => u.from <= '2025-07-01' && u.to === null);
    expect(before.every((u) => u.districtCode !== null)).toBe(true);
    expect(after.every((u) => u.districtCode === null)).toBe(true);
    expect(after).toHaveLength(SMALL.communes2025!);
    expect(new Set(before.map((u) => u.provinceCode)).size).toBe(SMALL.provinces);
    expect(new Set(after.map((u) => u.provinceCode)).size).toBe(SMALL.provinces2025);
    expect(register.districts.every((d) => d.to === '2025-06-30')).toBe(true);
    // Every new unit continues predecessors and bears the code of one of them.
    for (const u of after) {
      const preds = u.predecessors.map((k) => register.communeByKey(k)!);
      expect(preds.length, u.key).toBeGreaterThan(0);
      expect(
        preds.map((p) => p.code),
        u.key,
      ).toContain(u.code);
    }
    // The 2020 mergers are there too.
    expect(register.communes.some((u) => u.from === '2020-01-01')).toBe(true);
  });

  it('publishes 2015–2026: points up to 2023, targets from 2024, one row per unit valid at the year end', () => {
    const { datasets, frameworks, rows, register } = data;
    expect(datasets[0]!.years).toEqual(Array.from({ length: 12 }, (_, i) => 2015 + i));
    for (const year of datasets[0]!.years) {
      const here = rows.filter((r) => r.year === year);
      expect(frameworks.get(here[0]!.framework)!.kind, String(year)).toBe(year <= 2023 ? 'points' : 'targets');
      expect(here.length, String(year)).toBe(
        register.communes.filter((u) => u.from <= `${year}-12-31` && (u.to === null || u.to >= `${year}-12-31`)).length,
      );
    }
    expect(counts.rows).toBe(rows.length);
  });

  it('writes the same bytes on every run', () => {
    const again = write().dir;
    const files = (d: string) =>
      readdirSync(d, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(d.length));
    expect(files(again).sort()).toEqual(files(dir).sort());
    for (const f of files(dir)) expect(readFileSync(join(again, f)).equals(readFileSync(join(dir, f))), f).toBe(true);
  });
});

describe('synthetic national data, one geography at a time (bench --geography)', () => {
  it('before 2025 only: districts throughout, no reorganisation, results 2015–2024 under both frameworks', () => {
    const { dir } = write({ ...SMALL, provinces2025: 0, lastYear: 2024 });
    const validation = validateData(folderSource(dir));
    expect(validation.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const { register, datasets, rows, frameworks } = validation.data!;
    expect(register.communes.every((u) => u.districtCode !== null && u.from < '2025-07-01')).toBe(true);
    expect(register.districts.every((d) => d.to === null)).toBe(true);
    expect(datasets[0]!.years).toEqual(Array.from({ length: 10 }, (_, i) => 2015 + i));
    expect(frameworks.get(rows.find((r) => r.year === 2024)!.framework)!.kind).toBe('targets');
  });

  it('2025 geography only: results 2025–2026 under TT 25 alone, for the 2025 units', () => {
    const { dir } = write({ ...SMALL, firstYear: 2025 });
    const validation = validateData(folderSource(dir));
    expect(validation.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const { register, datasets, rows, frameworks } = validation.data!;
    expect(datasets[0]!.years).toEqual([2025, 2026]);
    expect(new Set(rows.map((r) => frameworks.get(r.framework)!.kind))).toEqual(new Set(['targets']));
    const unitOf = (r: (typeof rows)[number]) => register.communeByKey(r.unitKey)!;
    expect(rows.every((r) => unitOf(r).districtCode === null)).toBe(true);
    expect(rows.filter((r) => r.year === 2026)).toHaveLength(SMALL.communes2025!);
  });
});
