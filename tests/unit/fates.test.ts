/**
 * What became of ended units and districts (issue 12.6, 12.7), on the real demo register and the Cồn Cỏ
 * fixture (GSO codes from dvhcvn and the 2025 list): a commune absorbed by a merger is "merged" into the
 * unit valid today, an ended district gives the day after its end, the units it became (a district, or a
 * commune-level unit: Huyện Cồn Cỏ → Đặc khu Cồn Cỏ) and today's units its communes are part of.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { demoFiles, errors, listIssues, modelWith, validateWith } from './support/data.ts';
import { districtCommunes, districtEnd, fateOf } from '../../src/lib/data/model/fates.ts';
import { nowPartOf } from '../../src/lib/data/model/places.ts';
import { nextDay, validOn } from '../../src/lib/data/model/periods.ts';

const reg = modelWith().register;

describe('fate of an ended commune', () => {
  it('a unit absorbed in a merger is merged into the unit valid today; a sole predecessor is continued; a unit still valid is current', () => {
    // Xã Vinh Hưng was merged on 2025-07-01 with other communes into a new unit.
    const vinhHung = reg.commune('20116', '2022-12-31')!;
    const now = nowPartOf(reg, vinhHung);
    expect(now).toHaveLength(1);
    expect(reg.ancestors(now[0]!.key).length).toBeGreaterThan(1);
    expect(fateOf(reg, vinhHung)).toEqual({ kind: 'merged', now });
    // Phường Thủy Vân is the only predecessor the register holds of Phường Vỹ Dạ.
    const thuyVan = reg.commune('19963', '2025-03-01')!;
    const vyDa = reg.commune('19777', '2025-07-01')!;
    expect(fateOf(reg, thuyVan)).toEqual({ kind: 'became', now: [vyDa] });
    expect(fateOf(reg, vyDa)).toEqual({ kind: 'current', now: [vyDa] });
  });

  it('a district list puts today’s units first and every ended record apart with its fate', () => {
    const records = reg.communes.filter((u) => u.districtCode === '482');
    const { current, ended } = districtCommunes(reg, records);
    expect(current.length + ended.length).toBe(records.length);
    expect(current.every((u) => u.to === null)).toBe(true);
    expect(ended.every(({ unit, fate }) => unit.to !== null && fate.kind !== 'current')).toBe(true);
  });
});

describe('end of a district', () => {
  it('Huyện Phú Lộc ended on 2025-06-30; its communes are now part of today’s units', () => {
    const phuLoc = reg.districtsWithCode('482').at(-1)!;
    const end = districtEnd(reg, phuLoc)!;
    expect(phuLoc.to).toBe('2025-06-30');
    expect(end.date).toBe('2025-07-01');
    const last = reg.communes.filter((u) => u.districtCode === '482' && validOn(u, phuLoc.to!));
    expect(last.length).toBeGreaterThan(0);
    const expected = new Set(last.flatMap((u) => nowPartOf(reg, u).map((n) => n.key)));
    expect(new Set(end.communesNow.map((u) => u.key))).toEqual(expected);
    expect(end.communesNow.every((u) => u.to === null)).toBe(true);
  });

  it('Huyện Nam Đông became part of Huyện Phú Lộc (a district successor)', () => {
    const namDong = reg.districtsWithCode('483').at(-1)!;
    const end = districtEnd(reg, namDong)!;
    expect(end.date).toBe(nextDay(namDong.to!));
    expect(end.becameDistricts.map((d) => d.name)).toEqual(['Huyện Phú Lộc']);
  });

  it('Huyện Cồn Cỏ became Đặc khu Cồn Cỏ, a commune-level unit', () => {
    const conCo = Object.fromEntries(
      ['provinces', 'districts', 'communes'].map((n) => [
        `units/${n}.csv`,
        readFileSync(new URL(`../fixtures/register/con-co/units/${n}.csv`, import.meta.url), 'utf8'),
      ]),
    );
    const dropped = Object.keys(demoFiles()).filter((p) => /^(datasets|boundaries)\//.test(p));
    const site = new TextDecoder()
      .decode(demoFiles()['site.yaml'])
      .replace('province_scope: ["46"]', 'province_scope: ["44", "45"]');
    const v = validateWith({ ...Object.fromEntries(dropped.map((p) => [p, null])), ...conCo, 'site.yaml': site });
    expect(errors(v), listIssues(v.issues)).toEqual([]);
    const r = v.data!.register;
    const end = districtEnd(r, r.districtsWithCode('471').at(-1)!)!;
    expect(end.date).toBe('2025-07-01');
    expect(end.becameDistricts).toEqual([]);
    expect(end.becameCommunes.map((u) => `${u.type}|${u.name}|${u.code}`)).toEqual(['Đặc khu|Đặc khu Cồn Cỏ|19742']);
    // An island district without communes: nothing else to say about where its communes went.
    expect(end.communesNow).toEqual([]);
  });

  it('a district still valid has no end', () => {
    const phuLoc = reg.districtsWithCode('482').at(-1)!;
    expect(districtEnd(reg, { ...phuLoc, to: null })).toBeNull();
  });
});
