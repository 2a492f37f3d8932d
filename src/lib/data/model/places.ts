/**
 * Names at the reference date. A result is named by the unit, district and province valid on its
 * reference date (31 December of its year), never by today's: Phường Thủy Dương's 2018 rank is within
 * Tỉnh Thừa Thiên Huế, though the code's current unit is in Thành phố Huế. Today's arrangement is only
 * "now part of …": the units still valid that the unit's land went to.
 */
import type { Commune, District, Province, Result } from '../types.ts';
import type { Register } from './register.ts';
import { previousDay, referenceDate } from './periods.ts';

export interface Place {
  unit: Commune;
  district: District | null;
  province: Province | null;
  /** The day the names are taken at. */
  date: string;
}

/** A unit's district and province as they stood on `date` (a day within its period). */
export function placeOn(register: Register, unit: Commune, date: string): Place {
  const district = unit.districtCode === null ? null : (register.district(unit.districtCode, date) ?? null);
  const province = register.province(unit.provinceCode, date) ?? null;
  return { unit, district, province, date };
}

/** The unit, district and province of a result on its reference date. */
export function placeOfResult(register: Register, result: Result): Place {
  const date = referenceDate(result.year);
  return placeOn(register, register.communeByKey(result.unitKey)!, date);
}

/** One stretch of a unit's period under one district and province record. */
export interface PlaceSpan {
  from: string;
  to: string | null;
  district: District | null;
  province: Province | null;
}

/**
 * Where a unit stood during its own period, in stretches: a unit card of 2015–2025-06-30 names Tỉnh Thừa
 * Thiên Huế until 2024-12-31 and Thành phố Huế after, never only the later name.
 */
export function placesDuring(register: Register, unit: Commune): PlaceSpan[] {
  const days = new Set<string>([unit.from]);
  const records = [
    ...(unit.districtCode === null ? [] : register.districtsWithCode(unit.districtCode)),
    ...register.provincesWithCode(unit.provinceCode),
  ];
  for (const r of records) {
    if (r.from > unit.from && (unit.to === null || r.from <= unit.to)) days.add(r.from);
  }
  const starts = [...days].sort();
  return starts.map((from, i) => {
    const p = placeOn(register, unit, from);
    const to = i + 1 < starts.length ? previousDay(starts[i + 1]!) : unit.to;
    return { from, to, district: p.district, province: p.province };
  });
}

/** The units still valid that `unit`'s land is part of now (itself while it is valid), by name. */
export function nowPartOf(register: Register, unit: Commune): Commune[] {
  if (unit.to === null) return [unit];
  return register.descendants(unit.key).filter((u) => u.to === null);
}
