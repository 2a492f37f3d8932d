/**
 * Checks across outlines: which register units a shape's code and period meet (one territory, or
 * several different units that bore the code: ambiguous), two shapes for one unit-period, and overlaps
 * between units valid at the same time.
 */
import type { Commune } from '../types.ts';
import type { Register } from '../model/register.ts';
import { overlaps } from '../model/periods.ts';
import { findOverlaps } from '../geo/overlaps.ts';
import type { BoundaryShape } from '../geo/types.ts';
import type { IssueList } from './issues.ts';

type Open = { from: string | null; to: string | null };
const asPeriod = (p: Open) => ({ from: p.from ?? '0000-01-01', to: p.to });

/**
 * The units of one code (oldest first) whose periods meet `period`: none, one territory (a unit and its
 * 1:1 continuations, e.g. a commune that moved district or became a township), or several territories.
 */
export function territoryOf(
  register: Register,
  units: readonly Commune[],
  period: Open,
): { kind: 'none' | 'one' | 'several'; units: Commune[] } {
  const met = units.filter((u) => overlaps(u, asPeriod(period)));
  if (met.length === 0) return { kind: 'none', units: [] };
  const one = met.every((u, i) => i === 0 || register.continues(met[i - 1]!, u));
  return { kind: one ? 'one' : 'several', units: met };
}

/** The days a shape actually applies: its period cut to its units' span. */
function effective(s: BoundaryShape, register: Register): { from: string; to: string | null } {
  const units = s.unitKeys.map((k) => register.communeByKey(k)!);
  const first = units[0]!.from;
  const last = units.at(-1)!.to;
  const from = s.from !== null && s.from > first ? s.from : first;
  const to = s.to === null ? last : last === null || s.to < last ? s.to : last;
  return { from, to };
}

/** Report two shapes for one unit-period (error) and overlapping units of the same period (warning). */
export function checkBoundaryLayer(shapes: readonly BoundaryShape[], register: Register, issues: IssueList): void {
  const periods = shapes.map((s) => effective(s, register));
  const byUnit = new Map<string, number[]>();
  shapes.forEach((s, i) => s.unitKeys.forEach((k) => byUnit.set(k, [...(byUnit.get(k) ?? []), i])));
  const duplicate = new Set<number>();
  for (const list of byUnit.values()) {
    for (let j = 1; j < list.length; j++) {
      const i = list.slice(0, j).find((k) => overlaps(periods[k]!, periods[list[j]!]!));
      if (i === undefined || duplicate.has(list[j]!)) continue;
      duplicate.add(list[j]!);
      const s = shapes[list[j]!]!;
      const first = shapes[i]!;
      issues.add('boundary-duplicate', { file: s.file, row: s.feature, column: 'code' }, { code: s.code, other: `${first.file} #${first.feature}` });
    }
  }
  const reported = new Set<string>();
  for (const day of [...new Set(periods.map((p) => p.from))].sort()) {
    const on = shapes.map((_, i) => i).filter((i) => !duplicate.has(i) && overlaps(periods[i]!, { from: day, to: day }));
    for (const o of findOverlaps(on.map((i) => shapes[i]!.shape))) {
      const a = shapes[on[o.a]!]!;
      const b = shapes[on[o.b]!]!;
      const key = `${a.id}|${b.id}`;
      if (reported.has(key) || a.unitKeys.some((k) => b.unitKeys.includes(k))) continue;
      reported.add(key);
      issues.add('boundary-overlap', { file: b.file, row: b.feature, column: 'geometry' }, {
        code: b.code,
        other: `${a.code} (${a.file} #${a.feature})`,
        hectares: o.hectares,
        percent: Math.round(o.share * 1000) / 10,
        date: day,
      });
    }
  }
}
