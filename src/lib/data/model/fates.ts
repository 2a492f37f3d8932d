/**
 * What became of an ended unit or district, told the way a citizen asks it: a commune "đã sáp nhập vào"
 * the unit that absorbed it, "nay là" the unit that simply continues it (renamed, moved, a township
 * made a ward), or "nay thuộc" several units when it was split; a district ended on a day, became the
 * units its successors column names (Huyện Cồn Cỏ → Đặc khu Cồn Cỏ, a commune-level unit) and its
 * communes are now part of today's units. One rule for district pages, lists and tests.
 */
import type { Commune, District } from '../types.ts';
import type { Register } from './register.ts';
import { nextDay, validOn } from './periods.ts';
import { nowPartOf } from './places.ts';
import { compareVi } from '../text.ts';

/** How an ended unit's land stands today. */
export type Fate =
  | { kind: 'current'; now: [Commune] }
  | { kind: 'merged' | 'became'; now: [Commune] }
  | { kind: 'split'; now: Commune[] }
  | { kind: 'gone'; now: [] };

/**
 * The fate of `unit`: current while valid; else the units valid today that its land is part of,
 * `merged` when that one unit also took in land from outside the unit's own line, `became` when it
 * only continues it, `split` for several, `gone` for none.
 */
export function fateOf(register: Register, unit: Commune): Fate {
  if (unit.to === null) return { kind: 'current', now: [unit] };
  const now = nowPartOf(register, unit);
  if (now.length === 0) return { kind: 'gone', now: [] };
  if (now.length > 1) return { kind: 'split', now: [...now].sort((a, b) => compareVi(a.name, b.name)) };
  const line = new Set([unit.key, ...register.ancestors(unit.key).map((u) => u.key), ...register.descendants(unit.key).map((u) => u.key)]);
  const outside = register.ancestors(now[0]!.key).some((a) => !line.has(a.key));
  return { kind: outside ? 'merged' : 'became', now: [now[0]!] };
}

/** How an ended district ended. */
export interface DistrictEnd {
  /** The first day the district no longer existed. */
  date: string;
  /** Units its successors column names, as they stood that day: districts, or commune-level units. */
  becameDistricts: District[];
  becameCommunes: Commune[];
  /** Today's units that the communes of its last day are part of, by name. */
  communesNow: Commune[];
}

/** How the district record `district` ended, or null while it is valid. */
export function districtEnd(register: Register, district: District): DistrictEnd | null {
  if (district.to === null) return null;
  const last = district.to;
  const date = nextDay(last);
  const becameDistricts = district.successorCodes.flatMap((c) => register.district(c, date) ?? []);
  const becameCommunes = district.successorCodes.flatMap((c) => register.commune(c, date) ?? []);
  const now = new Map<string, Commune>();
  for (const u of register.communesOfDistrict(district.code)) {
    if (!validOn(u, last)) continue;
    for (const n of nowPartOf(register, u)) now.set(n.key, n);
  }
  const communesNow = [...now.values()].sort((a, b) => compareVi(a.name, b.name) || a.code.localeCompare(b.code));
  return { date, becameDistricts, becameCommunes, communesNow };
}

/** A district's commune records split for listing: today's units first, then ended ones with their fate. */
export function districtCommunes(register: Register, records: readonly Commune[]): { current: Commune[]; ended: { unit: Commune; fate: Fate }[] } {
  const byName = (a: Commune, b: Commune) => compareVi(a.name, b.name) || a.from.localeCompare(b.from);
  const current = records.filter((u) => u.to === null).sort(byName);
  const ended = records
    .filter((u) => u.to !== null)
    .sort(byName)
    .map((unit) => ({ unit, fate: fateOf(register, unit) }));
  return { current, ended };
}
