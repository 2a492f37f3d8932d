/**
 * The register of administrative units with their history: find the unit a code named on a day, and
 * follow a unit's lineage through mergers, renamings and transfers in both directions.
 */
import type { Commune, District, Province } from '../types.ts';
import { nextDay, validOn } from './periods.ts';
import { compareVi } from '../text.ts';
import { groupBy } from './group-by.ts';

type Dated = { code: string; from: string; to: string | null };

/** Group units by code, each group in time order. */
function byCode<T extends Dated>(units: readonly T[]): Map<string, T[]> {
  const map = groupBy(units, (u) => u.code);
  for (const list of map.values()) list.sort((a, b) => a.from.localeCompare(b.from));
  return map;
}

export class Register {
  readonly provinces: Province[];
  readonly districts: District[];
  readonly communes: Commune[];
  private readonly provinceCodes: Map<string, Province[]>;
  private readonly districtCodes: Map<string, District[]>;
  private readonly communeCodes: Map<string, Commune[]>;
  private readonly communeKeys: Map<string, Commune>;
  private readonly communesByDate = new Map<string, Commune[]>();
  private endedDistricts: Map<string, District[]> | null = null;
  private byDistrict: Map<string, Commune[]> | null = null;

  constructor(provinces: Province[], districts: District[], communes: Commune[]) {
    this.provinces = provinces;
    this.districts = districts;
    this.communes = communes;
    this.provinceCodes = byCode(provinces);
    this.districtCodes = byCode(districts);
    this.communeCodes = byCode(communes);
    this.communeKeys = new Map(communes.map((c) => [c.key, c]));
    this.linkLineage();
  }

  /** Fill predecessors/successors: a successor code resolves to the unit bearing it the day after the end. */
  private linkLineage(): void {
    for (const unit of this.communes) {
      if (unit.to === null) continue;
      const day = nextDay(unit.to);
      for (const code of unit.successorCodes) {
        const next = this.commune(code, day);
        if (next && !unit.successors.includes(next.key)) {
          unit.successors.push(next.key);
          next.predecessors.push(unit.key);
        }
      }
    }
  }

  /**
   * True when `b` continues `a` over the same land: `b` starts the day after `a` ends, `a` has `b` as its
   * only successor and `b` has `a` as its only predecessor (a move to another district, a commune that
   * becomes a ward, a rename). A merger or a split is never a continuation, even under the same code.
   */
  continues(a: Commune, b: Commune): boolean {
    return (
      a.to !== null &&
      nextDay(a.to) === b.from &&
      a.successors.length === 1 &&
      a.successors[0] === b.key &&
      b.predecessors.length === 1 &&
      b.predecessors[0] === a.key
    );
  }

  /** Districts that ended by becoming this commune-level unit (e.g. Huyện Cồn Cỏ → Đặc khu Cồn Cỏ). */
  formedFromDistricts(unit: Commune): District[] {
    return (this.districtsEndedBefore().get(unit.from) ?? []).filter((d) => d.successorCodes.includes(unit.code));
  }

  /** Ended districts by the day after their end, in register order (built once: pages ask per unit). */
  private districtsEndedBefore(): Map<string, District[]> {
    if (this.endedDistricts) return this.endedDistricts;
    const map = new Map<string, District[]>();
    for (const d of this.districts) {
      if (d.to === null) continue;
      const day = nextDay(d.to);
      map.set(day, [...(map.get(day) ?? []), d]);
    }
    return (this.endedDistricts = map);
  }

  /** The commune-level unit that bore `code` on `date`, if any. */
  commune(code: string, date: string): Commune | undefined {
    return this.communeCodes.get(code)?.find((u) => validOn(u, date));
  }

  /** Every unit that ever bore `code`, oldest first. */
  communesWithCode(code: string): Commune[] {
    return this.communeCodes.get(code) ?? [];
  }

  communeByKey(key: string): Commune | undefined {
    return this.communeKeys.get(key);
  }

  /** Commune records grouped by district code (any period), each group in register order. */
  communesByDistrict(): ReadonlyMap<string, readonly Commune[]> {
    this.byDistrict ??= groupBy(
      this.communes.filter((u) => u.districtCode !== null),
      (u) => u.districtCode!,
    );
    return this.byDistrict;
  }

  /** Every commune record whose district code is `code` (any period), in register order. */
  communesOfDistrict(code: string): readonly Commune[] {
    return this.communesByDistrict().get(code) ?? [];
  }

  /** All commune codes, in numeric order. */
  communeCodeList(): string[] {
    return [...this.communeCodes.keys()].sort();
  }

  district(code: string, date: string): District | undefined {
    return this.districtCodes.get(code)?.find((u) => validOn(u, date));
  }

  districtsWithCode(code: string): District[] {
    return this.districtCodes.get(code) ?? [];
  }

  provincesWithCode(code: string): Province[] {
    return this.provinceCodes.get(code) ?? [];
  }

  province(code: string, date: string): Province | undefined {
    return this.provinceCodes.get(code)?.find((u) => validOn(u, date));
  }

  /**
   * Units valid on `date`, sorted by name the Vietnamese way. A new array each call (callers filter and
   * sort it); the sorted list is computed once per date, as every district and year page asks for it.
   */
  communesOn(date: string): Commune[] {
    let sorted = this.communesByDate.get(date);
    if (!sorted) {
      sorted = this.communes.filter((u) => validOn(u, date)).sort((a, b) => compareVi(a.name, b.name));
      this.communesByDate.set(date, sorted);
    }
    return sorted.slice();
  }

  /** Every unit this one descends from, nearest first (breadth-first through predecessors). */
  ancestors(key: string): Commune[] {
    return this.walk(key, (u) => u.predecessors);
  }

  /** Every unit that descends from this one, nearest first. */
  descendants(key: string): Commune[] {
    return this.walk(key, (u) => u.successors);
  }

  private walk(key: string, next: (u: Commune) => string[]): Commune[] {
    const seen = new Set<string>([key]);
    const out: Commune[] = [];
    let frontier = [key];
    while (frontier.length > 0) {
      const following: string[] = [];
      for (const k of frontier) {
        for (const n of next(this.communeKeys.get(k)!)) {
          if (seen.has(n)) continue;
          seen.add(n);
          out.push(this.communeKeys.get(n)!);
          following.push(n);
        }
      }
      frontier = following;
    }
    return out;
  }
}
