/**
 * Identity is code + period. A unit's history is its register rows joined only where one continues the
 * other over the same land (Register.continues: a district move, a commune becoming a ward, a rename);
 * a merger or a reused code starts a new history. Series, "latest result" and "before the merger" are
 * built on histories, so one unit's results are never joined to another's that happened to share a code.
 */
import type { Commune, Result } from '../types.ts';
import type { Register } from './register.ts';

/** One unit through time: its register rows in order (same land throughout). */
export interface UnitHistory {
  /** Key of the first row (`<code>@<valid_from>`), stable for anchors. */
  key: string;
  rows: Commune[];
  /** The latest row: current name, type and place. */
  last: Commune;
}

/** The history a register row belongs to (walking continuations back and forth). */
export function historyOf(register: Register, unitKey: string): UnitHistory {
  const start = register.communeByKey(unitKey)!;
  const rows = [start];
  for (let u = start; u.predecessors.length === 1; ) {
    const prev = register.communeByKey(u.predecessors[0]!)!;
    if (!register.continues(prev, u)) break;
    rows.unshift(prev);
    u = prev;
  }
  for (let u = start; u.successors.length === 1; ) {
    const next = register.communeByKey(u.successors[0]!)!;
    if (!register.continues(u, next)) break;
    rows.push(next);
    u = next;
  }
  return { key: rows[0]!.key, rows, last: rows.at(-1)! };
}

/**
 * The histories of the units that bore `code`, oldest first. A history may reach rows under another
 * code (e.g. 20176 → 20179 for one commune): it is listed under each code it bore.
 */
export function historiesOfCode(register: Register, code: string): UnitHistory[] {
  const out: UnitHistory[] = [];
  for (const row of register.communesWithCode(code)) {
    if (out.some((h) => h.rows.includes(row))) continue;
    out.push(historyOf(register, row.key));
  }
  return out;
}

/** The units a history was formed from (direct predecessors of its first row that it does not continue). */
export function predecessorsOf(register: Register, history: UnitHistory): UnitHistory[] {
  const first = history.rows[0]!;
  return first.predecessors.map((k) => historyOf(register, k));
}

/** The units a history became (direct successors of its last row), empty while it still exists. */
export function successorsOf(register: Register, history: UnitHistory): UnitHistory[] {
  return history.last.successors.map((k) => historyOf(register, k));
}

/** The latest result per dataset among `results` (any order in, dataset order of first appearance out). */
export function latestPerDataset(results: readonly Result[], datasetOrder: readonly string[]): Result[] {
  const best = new Map<string, Result>();
  for (const r of results) {
    const b = best.get(r.dataset);
    if (!b || r.year > b.year) best.set(r.dataset, r);
  }
  return datasetOrder.flatMap((d) => (best.has(d) ? [best.get(d)!] : []));
}
