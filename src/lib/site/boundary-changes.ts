/**
 * The administrative changes the data lives through, read from the register: every unit that ended,
 * grouped by the day its change took effect, with what it became. Shown on the methodology page.
 */
import { nextDay } from '../data/model/periods.ts';
import { compareVi } from '../data/text.ts';
import type { Commune, District } from '../data/types.ts';
import { siteIndex } from './lookups.ts';

export interface BoundaryChange {
  /** The first day of the new arrangement. */
  date: string;
  communes: { unit: Commune; successors: Commune[] }[];
  districts: District[];
}

/** Changes in date order; each date lists the communes and districts that ended the day before. */
export function boundaryChanges(): BoundaryChange[] {
  const { model } = siteIndex();
  const reg = model.register;
  const byDate = new Map<string, BoundaryChange>();
  const at = (date: string) => {
    let c = byDate.get(date);
    if (!c) byDate.set(date, (c = { date, communes: [], districts: [] }));
    return c;
  };
  for (const unit of reg.communes) {
    if (unit.to === null) continue;
    at(nextDay(unit.to)).communes.push({ unit, successors: unit.successors.map((k) => reg.communeByKey(k)!) });
  }
  for (const d of reg.districts) if (d.to !== null) at(nextDay(d.to)).districts.push(d);
  for (const c of byDate.values()) c.communes.sort((a, b) => compareVi(a.unit.name, b.unit.name));
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}
