/**
 * Read and check the unit register (provinces, districts, communes with history) and build the Register.
 * Checks: required cells, real dates in order, one unit per code at a time, parents that exist, and
 * successors that exist on the day after a unit ends.
 */
import { COMMUNE_COLUMNS, DISTRICT_COLUMNS, PROVINCE_COLUMNS } from '../contract.ts';
import type { Commune, District, Province } from '../types.ts';
import type { DataSource } from '../read/source.ts';
import { nfc } from '../text.ts';
import { nextDay, overlaps } from '../model/periods.ts';
import { Register } from '../model/register.ts';
import { readDate, readNumber } from './cells.ts';
import type { IssueList } from './issues.ts';
import { readTable, type TableRow } from './table.ts';
import { CODE_PATTERN, LIMITS } from '../limits.ts';

const CODE = new RegExp(CODE_PATTERN);

export const UNIT_FILES = {
  provinces: 'units/provinces.csv',
  districts: 'units/districts.csv',
  communes: 'units/communes.csv',
} as const;

interface Base {
  code: string;
  name: string;
  type: string;
  from: string;
  to: string | null;
  note: string;
  row: number;
}

/** The columns every unit table shares, checked; null when a required cell is unusable. */
function readBase(file: string, r: TableRow, issues: IssueList): Base | null {
  const v = r.values;
  const at = (column: string) => ({ file, row: r.row, column });
  let ok = true;
  for (const column of ['code', 'name', 'valid_from']) {
    if ((v[column] ?? '') === '') {
      issues.add('field-required', at(column), {});
      ok = false;
    }
  }
  const from = readDate(v.valid_from ?? '', at('valid_from'), issues, 'unit-date');
  const to = readDate(v.valid_to ?? '', at('valid_to'), issues, 'unit-date');
  if ((v.valid_from ?? '') !== '' && !from) ok = false;
  if ((v.valid_to ?? '') !== '' && !to) ok = false;
  if (from && to && to < from) {
    issues.add('unit-period-order', at('valid_to'), { from, to });
    ok = false;
  }
  if (!ok || !from) return null;
  return { code: v.code!, name: nfc(v.name!), type: nfc(v.type ?? ''), from, to, note: nfc(v.note ?? ''), row: r.row };
}

/** Report codes whose units overlap in time. */
function checkOverlaps(file: string, units: Base[], issues: IssueList): void {
  const groups = new Map<string, Base[]>();
  for (const u of units) groups.set(u.code, [...(groups.get(u.code) ?? []), u]);
  for (const list of groups.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = 0; j < i; j++) {
        if (overlaps(list[i]!, list[j]!)) {
          issues.add('unit-overlap', { file, row: list[i]!.row, column: 'valid_from' }, { code: list[i]!.code, other: list[j]!.row });
        }
      }
    }
  }
}

const splitCodes = (text: string): string[] => text.split(';').map((s) => s.trim()).filter((s) => s !== '');

/** Read the whole register; returns it even when some rows were rejected, so later checks still run. */
export function readRegister(source: DataSource, issues: IssueList): Register {
  const pFile = UNIT_FILES.provinces;
  const dFile = UNIT_FILES.districts;
  const cFile = UNIT_FILES.communes;
  const provinces: (Province & { row: number })[] = [];
  for (const r of readTable(pFile, source.read(pFile), PROVINCE_COLUMNS, issues)?.rows ?? []) {
    const b = readBase(pFile, r, issues);
    if (b) provinces.push({ ...b, key: `${b.code}@${b.from}` });
  }
  const districts: (District & { row: number })[] = [];
  for (const r of readTable(dFile, source.read(dFile), DISTRICT_COLUMNS, issues)?.rows ?? []) {
    const b = readBase(dFile, r, issues);
    const successorCodes = splitCodes(r.values.successors ?? '');
    if (successorCodes.length > 0 && b && b.to === null) issues.add('unit-successor-without-end', { file: dFile, row: r.row, column: 'successors' }, {});
    if (b) districts.push({ ...b, key: `${b.code}@${b.from}`, provinceCode: r.values.province_code ?? '', successorCodes });
  }
  const communes: (Commune & { row: number })[] = [];
  for (const r of readTable(cFile, source.read(cFile), COMMUNE_COLUMNS, issues)?.rows ?? []) {
    const b = readBase(cFile, r, issues);
    const at = (column: string) => ({ file: cFile, row: r.row, column });
    const lat = readNumber(r.values.lat ?? '', at('lat'), issues);
    const lon = readNumber(r.values.lon ?? '', at('lon'), issues);
    if (lat !== null && Math.abs(lat) > 90) issues.add('unit-coordinates', at('lat'), { value: String(lat) });
    if (lon !== null && Math.abs(lon) > 180) issues.add('unit-coordinates', at('lon'), { value: String(lon) });
    const successorCodes = splitCodes(r.values.successors ?? '');
    if (successorCodes.length > 0 && b && b.to === null) issues.add('unit-successor-without-end', at('successors'), {});
    for (const code of successorCodes) {
      if (!CODE.test(code)) issues.add('code-syntax', at('successors'), { value: code, max: LIMITS.codeDigits });
    }
    const districtCode = r.values.district_code ?? '';
    if (b) {
      communes.push({
        ...b,
        key: `${b.code}@${b.from}`,
        districtCode: districtCode === '' ? null : districtCode,
        provinceCode: r.values.province_code ?? '',
        successorCodes,
        lat,
        lon,
        predecessors: [],
        successors: [],
      });
    }
  }
  checkOverlaps(pFile, provinces, issues);
  checkOverlaps(dFile, districts, issues);
  checkOverlaps(cFile, communes, issues);
  const register = new Register(provinces, districts, communes);

  for (const d of districts) {
    if (!register.province(d.provinceCode, d.from)) {
      issues.add('unit-parent-unknown', { file: dFile, row: d.row, column: 'province_code' }, { code: d.provinceCode, date: d.from });
    }
    // A district's successor may be a district or a commune-level unit (Huyện Cồn Cỏ → Đặc khu Cồn Cỏ).
    if (d.to !== null) {
      const day = nextDay(d.to);
      for (const code of d.successorCodes) {
        if (!register.district(code, day) && !register.commune(code, day)) {
          issues.add('unit-successor-unknown', { file: dFile, row: d.row, column: 'successors' }, { code, date: day });
        }
      }
    }
  }
  for (const c of communes) {
    const at = (column: string) => ({ file: cFile, row: c.row, column });
    if (c.districtCode !== null) {
      const district = register.district(c.districtCode, c.from);
      if (!district) issues.add('unit-parent-unknown', at('district_code'), { code: c.districtCode, date: c.from });
      else if (c.provinceCode === '') c.provinceCode = district.provinceCode;
    }
    if (c.provinceCode === '') issues.add('field-required', at('province_code'), {});
    else if (!register.province(c.provinceCode, c.from)) {
      issues.add('unit-parent-unknown', at('province_code'), { code: c.provinceCode, date: c.from });
    }
    if (c.to !== null) {
      const day = nextDay(c.to);
      for (const code of c.successorCodes) {
        if (!register.commune(code, day)) issues.add('unit-successor-unknown', at('successors'), { code, date: day });
      }
    }
  }
  return register;
}
