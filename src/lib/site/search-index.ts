/**
 * The instant commune finder's index, built once at build time: one entry per code with its current
 * name, every earlier name it bore, and the names of the units it descends from (so "vinh hai" finds
 * the commune that absorbed Vinh Hải). The browser folds the names itself (fold() of src/lib/data/text.ts), which
 * keeps the file small.
 */
import { districtOf, provinceNameOf, siteIndex } from './lookups.ts';
import { nowPartOf } from '../data/model/places.ts';

export interface SearchEntry {
  /** Code (the URL key). */
  c: string;
  /** Current (latest) name. */
  n: string;
  /** Earlier names of this code and of its ancestors, oldest last. */
  o: string[];
  /** District (or province) of the latest unit, for telling same-named communes apart. */
  d: string;
  /** 1 when the code names no unit today (merged or abolished). */
  x?: 1;
  /** For such a code: the units its land is part of today ("nay thuộc …"). */
  m?: string;
}

/** Every commune code as a finder entry, sorted by code. */
export function searchEntries(): SearchEntry[] {
  const { model } = siteIndex();
  const reg = model.register;
  return reg.communeCodeList().map((code) => {
    const units = reg.communesWithCode(code);
    const current = units.at(-1)!;
    const names: string[] = [];
    const add = (name: string) => {
      if (name !== current.name && !names.includes(name)) names.push(name);
    };
    for (const u of [...units].reverse()) add(u.name);
    for (const u of units) for (const a of reg.ancestors(u.key)) add(a.name);
    const entry: SearchEntry = {
      c: code,
      n: current.name,
      o: names,
      d: districtOf(current)?.name ?? provinceNameOf(current),
    };
    if (current.to !== null) {
      entry.x = 1;
      const now = nowPartOf(reg, current).map((u) => u.name);
      if (now.length > 0) entry.m = now.join(', ');
    }
    return entry;
  });
}
