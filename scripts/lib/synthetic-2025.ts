/**
 * The 2025 reorganisation of the synthetic country (scripts/lib/synthetic.ts), in the real shape: on
 * 2025-07-01 districts are abolished, provinces are merged (some unchanged, the rest in twos and threes,
 * each merged province keeping one predecessor's code) and the communes of each old province are merged
 * into a few new commune-level units, each keeping its first predecessor's code. The predecessors end
 * on 2025-06-30 and name their successor, as the bundled register does for Huế.
 */
import type { Cell } from '../../src/lib/data/export/csv.ts';

/** One commune-level unit-period of the synthetic register. */
export interface SynUnit {
  code: string;
  name: string;
  type: string;
  district: string;
  province: string;
  from: string;
  to: string;
  successors: string;
  lat: number;
  lon: number;
}

const LAST_DAY = '2025-06-30';
const FIRST_DAY = '2025-07-01';

/** Split `n` items into `groups` consecutive runs as evenly as possible: the run lengths. */
function evenRuns(n: number, groups: number): number[] {
  return Array.from({ length: groups }, (_, i) => Math.floor((n * (i + 1)) / groups) - Math.floor((n * i) / groups));
}

/** Shares of `total` proportional to `weights`, summing exactly to `total` (largest remainder), each ≥ 1. */
function apportion(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w * total) / sum);
  const out = exact.map((x) => Math.max(1, Math.floor(x)));
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; out.reduce((a, b) => a + b, 0) < total; k++) out[order[k % order.length]!.i]! += 1;
  return out;
}

/**
 * Apply the reorganisation: ends the provinces and units it replaces (mutating `units` and `provinceRows`,
 * rows of code, name, type, valid_from, valid_to, note) and returns the new units from 2025-07-01.
 */
export function reorganise2025(
  units: SynUnit[],
  provinceRows: Cell[][],
  provinces: number,
  communes: number,
  random: () => number,
  name: () => string,
): SynUnit[] {
  // Provinces: a shuffled order; the first ones stay as they are, the rest merge in runs of two or three.
  const oldCodes = provinceRows.map((r) => String(r[0]));
  const shuffled = oldCodes
    .map((code) => ({ code, k: random() }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.code);
  const unchanged = Math.max(2 * provinces - oldCodes.length, Math.min(provinces, Math.round((provinces * 11) / 34)));
  const newProvince = new Map<string, string>();
  for (const code of shuffled.slice(0, unchanged)) newProvince.set(code, code);
  let at = unchanged;
  for (const size of evenRuns(oldCodes.length - unchanged, provinces - unchanged)) {
    const group = shuffled.slice(at, at + size);
    at += size;
    for (const code of group) newProvince.set(code, group[0]!);
    for (const row of provinceRows) if (group.includes(String(row[0]))) row[4] = LAST_DAY;
    provinceRows.push([
      group[0]!,
      `Tỉnh ${name()}`,
      'Tỉnh',
      FIRST_DAY,
      '',
      `Hợp nhất từ ${group.length} tỉnh ngày 01/07/2025 (tổng hợp)`,
    ]);
  }
  provinceRows.sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[3]).localeCompare(String(b[3])));

  // Communes: per old province, its units of 2025-06-30 (code order) merged into consecutive groups.
  const live = units.filter((u) => u.to === '').sort((a, b) => a.code.localeCompare(b.code));
  const byProvince = new Map<string, SynUnit[]>();
  for (const u of live) byProvince.set(u.province, [...(byProvince.get(u.province) ?? []), u]);
  const lists = [...byProvince.values()];
  const shares = apportion(
    lists.map((l) => l.length),
    communes,
  );
  const created: SynUnit[] = [];
  lists.forEach((list, p) => {
    let i = 0;
    for (const size of evenRuns(list.length, Math.min(list.length, shares[p]!))) {
      const group = list.slice(i, i + size);
      i += size;
      const first = group[0]!;
      for (const u of group) {
        u.to = LAST_DAY;
        u.successors = first.code;
      }
      const ward = random() < 0.15;
      created.push({
        code: first.code,
        name: size === 1 ? first.name : `${ward ? 'Phường' : 'Xã'} ${name()}`,
        type: size === 1 ? first.type : ward ? 'Phường' : 'Xã',
        district: '',
        province: newProvince.get(first.province)!,
        from: FIRST_DAY,
        to: '',
        successors: '',
        lat: group.reduce((s, u) => s + u.lat, 0) / size,
        lon: group.reduce((s, u) => s + u.lon, 0) / size,
      });
    }
  });
  return created;
}
