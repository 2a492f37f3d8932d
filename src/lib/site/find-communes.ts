/**
 * The one commune finder rule, for the home page, the search page and the map: a query matches a unit
 * by its current name, then its older names and those of the units it absorbed (folded: case, diacritics,
 * đ→d, old and new tone placement), or by its code, with or without the leading zeros Excel drops.
 * Pure and browser-safe: the clients in src/components/search and src/components/map call it on the
 * build-time index (src/lib/site/search-index.ts, /tim-kiem/xa.json).
 */
import { fold } from '../data/text.ts';
import type { SearchEntry } from './search-index.ts';

/** One match: the entry, its rank (lower first) and the older name it matched through, if any. */
export interface Hit {
  entry: SearchEntry;
  score: number;
  via: string | null;
}

/** Folded names of each entry (current first, then older), computed once per entry. */
const folded = new WeakMap<SearchEntry, string[]>();
const namesOf = (entry: SearchEntry): string[] => {
  let names = folded.get(entry);
  if (!names) folded.set(entry, (names = [entry.n, ...entry.o].map(fold)));
  return names;
};

/**
 * Rank entries for a query: every query word must start a word of one name (current name first, older
 * names after, units that no longer exist last); a query of digits matches codes from their start, with
 * or without leading zeros. At most `limit` hits, ties in Vietnamese name order.
 */
export function findCommunes(entries: readonly SearchEntry[], query: string, limit = 12): Hit[] {
  const q = fold(query);
  if (!q) return [];
  const words = q.split(' ');
  const digits = /^\d+$/.test(q);
  const hits: Hit[] = [];
  for (const entry of entries) {
    if (digits) {
      const code = entry.c.replace(/^0+/, '');
      if (entry.c.startsWith(q) || code.startsWith(q))
        hits.push({ entry, score: entry.c === q || code === q ? 0 : 1, via: null });
      continue;
    }
    const names = namesOf(entry);
    const best = names.findIndex((name) => {
      const parts = name.split(' ');
      return words.every((w) => parts.some((p) => p.startsWith(w)));
    });
    if (best < 0) continue;
    const exact = names[best]!.endsWith(q) ? 0 : 1;
    hits.push({
      entry,
      score: (best === 0 ? 0 : 10) + exact + (entry.x ? 5 : 0),
      via: best === 0 ? null : (entry.o[best - 1] ?? null),
    });
  }
  return hits.sort((a, b) => a.score - b.score || a.entry.n.localeCompare(b.entry.n, 'vi')).slice(0, limit);
}
