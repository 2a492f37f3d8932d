/**
 * The unit-register import on real GSO lists (tests/fixtures/gso/, cut from daohoangson/dvhcvn): the
 * dvhcvn JSON and the GSO Excel export layout give the same units; the Quảng Trị diff across the 2020
 * mergers proposes kept codes with new names and ended communes with successors; the Huế diff finds the
 * codes GSO changed between two lists of 2020; the command line writes the patch, never a stack trace.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGsoList, type GsoUnit } from '../../../src/lib/data/units/gso.ts';
import { diffLists } from '../../../src/lib/data/units/diff.ts';
import { FIXTURES, NODE, ROOT } from '../support/data.ts';

const gso = (name: string): GsoUnit[] => {
  const read = readGsoList(new Uint8Array(readFileSync(join(FIXTURES, 'gso', name))));
  if (!read.ok) throw new Error(read.reason);
  return read.units;
};
/** The raw dvhcvn JSON, to derive expectations from the source rather than typing them. */
const raw = (name: string) => JSON.parse(readFileSync(join(FIXTURES, 'gso', name), 'utf8')).data[0];

describe('GSO lists', () => {
  it('the dvhcvn JSON and the GSO Excel export (saved by LibreOffice, codes as numbers) read to the same units', () => {
    const json = gso('dvhcvn-45-2020-01-01.json');
    const count = raw('dvhcvn-45-2020-01-01.json').level2s.reduce(
      (n: number, d: { level3s: unknown[] }) => n + d.level3s.length,
      0,
    );
    expect(json).toHaveLength(count);
    expect(gso('gso-45-2020-01-01.xlsx')).toEqual(json);
    expect(json.find((u) => u.code === '19330')).toMatchObject({
      name: 'Phường Đông Giang',
      type: 'Phường',
      districtCode: '461',
      provinceCode: '45',
    });
  });

  it('Quảng Trị 2019-12 → 2020-01: kept codes renamed, ended communes with proposed successors', () => {
    const older = gso('dvhcvn-45-2019-12-01.json');
    const newer = gso('dvhcvn-45-2020-01-01.json');
    const rows = diffLists(older, newer, '2020-01-01');
    const gone = older.filter((u) => !newer.some((n) => n.code === u.code)).map((u) => u.code);
    expect(rows.filter((r) => r.action === 'end').map((r) => r.code)).toEqual(gone);
    for (const r of rows.filter((r) => r.action === 'end')) expect(r.valid_to).toBe('2019-12-31');
    const renamed = newer.filter((n) => older.some((o) => o.code === n.code && o.name !== n.name));
    expect(rows.filter((r) => r.action === 'rename' && r.valid_from === '2020-01-01').map((r) => r.name)).toEqual(
      renamed.map((u) => u.name),
    );
    // Xã Vĩnh Nam merged into Trung Nam, which kept Vĩnh Trung's code 19378.
    const vinhNam = rows.find((r) => r.name === 'Xã Vĩnh Nam')!;
    expect(vinhNam.successors).toBe(newer.find((u) => u.name === 'Xã Trung Nam')!.code);
    // Where the lists cannot tell, no successor is invented: the note lists the candidates.
    const unclear = rows.filter((r) => r.action === 'end' && r.successors === '');
    expect(unclear.length).toBeGreaterThan(0);
    for (const r of unclear) expect(r.note).toMatch(/nghị quyết/);
  });

  it('a merger resolution, when given, names the successors', () => {
    const rows = diffLists(
      gso('dvhcvn-45-2019-12-01.json'),
      gso('dvhcvn-45-2020-01-01.json'),
      '2020-01-01',
      new Map([['19411', ['19408']]]),
    );
    expect(rows.find((r) => r.code === '19411')).toMatchObject({ action: 'end', successors: '19408' });
  });

  it('Huế 2020-01 → 2020-03: the codes GSO changed are code changes, not a new and an ended unit', () => {
    const older = gso('dvhcvn-46-2020-01-01.json');
    const newer = gso('dvhcvn-46-2020-03-01.json');
    const rows = diffLists(older, newer, '2020-03-01');
    const changed = newer.filter((n) => !older.some((o) => o.code === n.code));
    expect(changed.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.action === 'code-change')).toBe(true);
    for (const u of changed) expect(rows.find((r) => r.successors === u.code)?.name).toBe(u.name);
  });
});

describe('npm run units', () => {
  const run = (...args: string[]) =>
    spawnSync(NODE, [join(ROOT, 'scripts/units.ts'), ...args], { encoding: 'utf8', cwd: ROOT });

  it('diff prints a CSV patch with a BOM and a summary', () => {
    const r = run(
      'diff',
      'tests/fixtures/gso/dvhcvn-45-2019-12-01.json',
      'tests/fixtures/gso/gso-45-2020-01-01.xlsx',
      '--date',
      '2020-01-01',
    );
    expect(r.status).toBe(0);
    expect(
      r.stdout.startsWith(
        '\uFEFFaction,code,name,type,district_code,province_code,valid_from,valid_to,successors,note',
      ),
    ).toBe(true);
    expect(r.stderr).toMatch(/ended 16, renamed 11/);
  }, 60_000);

  it('import prints register rows; bad input is one line, no stack trace', () => {
    const ok = run('import', 'tests/fixtures/gso/dvhcvn-46-2020-03-01.json', '--date', '2020-03-01');
    expect(ok.status).toBe(0);
    expect(ok.stdout.split('\r\n')[0]).toBe(
      '\uFEFFcode,name,type,district_code,province_code,valid_from,valid_to,successors,lat,lon,note',
    );
    for (const args of [
      ['import', 'nope.json'],
      [
        'diff',
        'tests/fixtures/gso/dvhcvn-46-2020-01-01.json',
        'tests/fixtures/xlsx/truncated.xlsx',
        '--date',
        '2020-03-01',
      ],
      ['diff', 'a', 'b'],
    ]) {
      const bad = run(...args);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toMatch(/^✘ /);
      expect(bad.stderr).not.toMatch(/\n\s+at /);
    }
  }, 60_000);
});
