/**
 * The finder: type a name (with or without diacritics, current or former) or a code (with or without its
 * leading zeros), pick a suggestion, and the map zooms to that unit and describes it; pressing Enter again
 * opens its page. Matching is findCommunes (src/lib/site/find-communes.ts), the rule of the home and search
 * page finders, over the same index (/tim-kiem/xa.json, fetched when the field is first used), limited to
 * the units shown for the chosen year.
 */
import * as L from 'leaflet';
import type { MapConfig, MapResults, MapUnits } from '../../lib/site/map-types.ts';
import { clientTranslator } from '../../lib/site/i18n/translate.ts';
import type { SearchEntry } from '../../lib/site/search-index.ts';
import { findCommunes } from '../../lib/site/find-communes.ts';
import { describe, describeNode } from './panel.ts';

interface Current {
  units: MapUnits;
  results: MapResults;
  shown: number[];
  layers: (L.Path | null)[];
}

/**
 * The shown unit a typed text means (index into units.u, -1 for none): "Name (code)" as the suggestion
 * list writes it, else the best findCommunes hit among the shown units. `index` is the finder index;
 * without it (not loaded, or offline) the shown units' own names are searched.
 */
export function match(text: string, units: MapUnits, shown: number[], index?: readonly SearchEntry[]): number {
  const byCode = new Map(shown.map((i) => [units.u[i]![0], i]));
  const suffix = /\(([^()]+)\)\s*$/.exec(text)?.[1];
  if (suffix !== undefined && byCode.has(suffix)) return byCode.get(suffix)!;
  const entries = index ?? shown.map((i) => ({ c: units.u[i]![0], n: units.u[i]![1], o: [], d: '' }));
  const hit = findCommunes(entries, text, Infinity).find((h) => byCode.has(h.entry.c));
  return hit ? byCode.get(hit.entry.c)! : -1;
}

export function wireFinder(
  form: HTMLFormElement,
  config: MapConfig,
  now: () => Current | null,
  map: L.Map,
  tip: L.Tooltip,
): void {
  const input = form.querySelector<HTMLInputElement>('[name=tim]');
  const list = form.querySelector<HTMLDataListElement>('datalist');
  const info = form.parentElement!.querySelector<HTMLElement>('[data-map-info]');
  if (!input || !list || !info) return;
  let filledFor: unknown = null;
  let picked = -1;
  let pickedValue = '';
  let index: Promise<SearchEntry[] | undefined> | null = null;
  const loadIndex = () =>
    (index ??= fetch(config.finder)
      .then((r) => (r.ok ? (r.json() as Promise<SearchEntry[]>) : undefined))
      .catch(() => undefined));
  input.addEventListener('focus', () => {
    void loadIndex();
    const cur = now();
    if (!cur || filledFor === cur.shown) return;
    filledFor = cur.shown;
    list.replaceChildren(
      ...cur.shown.map((i) => {
        const o = document.createElement('option');
        o.value = `${cur.units.u[i]![1]} (${cur.units.u[i]![0]})`;
        return o;
      }),
    );
  });
  const pick = async () => {
    const text = input.value;
    const entries = await loadIndex();
    const cur = now();
    if (!cur || input.value !== text) return;
    picked = match(text, cur.units, cur.shown, entries);
    pickedValue = text;
    if (picked < 0) return;
    const layer = cur.layers[picked];
    const d = describe(config, cur.units, cur.results, picked);
    if (layer instanceof L.Polygon) map.fitBounds(layer.getBounds(), { maxZoom: 13 });
    else if (layer) map.setView((layer as L.CircleMarker).getLatLng(), Math.max(map.getZoom(), 12));
    if (layer)
      map.openTooltip(
        tip
          .setLatLng(layer instanceof L.Polygon ? layer.getBounds().getCenter() : (layer as L.CircleMarker).getLatLng())
          .setContent(describeNode(d)),
      );
    const link = document.createElement('a');
    link.href = config.commune.replace('{code}', encodeURIComponent(cur.units.u[picked]![0]));
    link.textContent = clientTranslator(config.lang, config.messages)('map.openUnit', { name: d.name });
    const result = document.createElement('span');
    result.textContent = ` — ${d.result}`;
    info.replaceChildren(link, result);
    info.hidden = false;
  };
  input.addEventListener('change', () => void pick());
  // Enter (or the button) on a new text picks and zooms; again on the same text opens the unit's page.
  const go = () => {
    const link = info.querySelector('a');
    if (picked >= 0 && link && input.value === pickedValue) location.assign(link.href);
    else void pick();
  };
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    go();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go();
  });
}
