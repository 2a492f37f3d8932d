/**
 * Client script of the instant commune finder (home and search page): loads the build-time index on first
 * use and lists what findCommunes (src/lib/site/find-communes.ts, the rule the map uses too) ranks first.
 */
import type { SearchEntry as Entry } from '../../lib/site/search-index.ts';
import { findCommunes, type Hit } from '../../lib/site/find-communes.ts';

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
