/**
 * Client script of the instant commune finder: loads the build-time index on first use and ranks
 * entries by how the folded query matches the current name, then older names, then the code.
 */
import { fold } from '../../lib/data/text.ts';

interface Entry {
  c: string;
  n: string;
  o: string[];
  d: string;
  x?: 1;
  /** The units an ended code's land is part of today. */
  m?: string;
  /** Folded names, filled on load. */ k?: string[];
}

export interface Hit {
  entry: Entry;
  score: number;
  via: string | null;
}

/** Rank entries for a query (exported for tests): every query word must start a word of one name. */
export function findCommunes(entries: Entry[], query: string, limit = 12): Hit[] {
  const q = fold(query);
  if (!q) return [];
  const words = q.split(' ');
  const hits: Hit[] = [];
  for (const entry of entries) {
    if (/^\d+$/.test(q)) {
      if (entry.c.startsWith(q) || entry.c.replace(/^0+/, '').startsWith(q))
        hits.push({ entry, score: entry.c === q ? 0 : 1, via: null });
      continue;
    }
    const names = (entry.k ??= [entry.n, ...entry.o].map(fold));
    let best = -1;
    names.forEach((name, i) => {
      if (best >= 0) return;
      const parts = name.split(' ');
      if (words.every((w) => parts.some((p) => p.startsWith(w)))) best = i;
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

function render(form: HTMLFormElement, list: HTMLUListElement, hits: Hit[], query: string): void {
  const d = form.dataset;
  list.replaceChildren();
  if (!query.trim()) return;
  if (hits.length === 0) {
    const li = document.createElement('li');
    li.textContent = d.none ?? '';
    list.append(li);
    return;
  }
  for (const { entry, via } of hits) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = (d.href ?? '').replace('{code}', encodeURIComponent(entry.c));
    a.textContent = entry.n;
    const info = document.createElement('span');
    info.className = 'muted';
    const ended = entry.x ? ` · ${entry.m ? `${d.gone}, ${d.merged} ${entry.m}` : d.gone}` : '';
    info.textContent = ` (${entry.c}) · ${entry.d}${ended}${via ? ` · ${d.formerly} ${via}` : ''}`;
    li.append(a, info);
    list.append(li);
  }
}

/** Wire every form with `data-finder`; prefill from ?q= on the search page. */
export function initFinders(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-finder]:not([data-ready])')) {
    form.dataset.ready = '1';
    const input = form.querySelector<HTMLInputElement>('input[type=search]')!;
    const list = form.querySelector<HTMLUListElement>('.finder-results')!;
    let entries: Promise<Entry[]> | null = null;
    const load = () => (entries ??= fetch(form.dataset.index!).then((r) => r.json() as Promise<Entry[]>));
    const update = async () => {
      const query = input.value;
      const all = await load();
      if (input.value === query) render(form, list, findCommunes(all, query), query);
    };
    input.addEventListener('focus', () => void load(), { once: true });
    input.addEventListener('input', () => void update());
    form.addEventListener('submit', (event) => {
      const first = list.querySelector('a');
      if (first && input.value.trim()) {
        event.preventDefault();
        location.href = first.href;
      }
    });
    const q = new URLSearchParams(location.search).get('q');
    if (q && !input.value) {
      input.value = q;
      void update();
    }
  }
}
