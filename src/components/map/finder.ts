/**
 * The finder: type a name (with or without diacritics) or a code, pick a suggestion, and the map zooms to
 * that unit and describes it; pressing Enter again opens its page. Suggestions are built when the field
 * is first used, so large maps do not pay for them up front.
 */
import * as L from 'leaflet';
import type { MapConfig, MapResults, MapUnits } from '../../lib/site/map-types.ts';
import { clientTranslator } from '../../lib/site/i18n/translate.ts';
import { fold } from '../../lib/data/text.ts';
import { describe, describeNode } from './panel.ts';

interface Current {
  units: MapUnits;
  results: MapResults;
  shown: number[];
  layers: (L.Path | null)[];
}

/** The shown unit a typed text means: "Name (code)" from the list, a code, or the first name match. */
export function match(text: string, units: MapUnits, shown: number[]): number {
  const code = /\(([^()]+)\)\s*$/.exec(text)?.[1] ?? text.trim();
  const byCode = shown.find((i) => units.u[i]![0] === code);
  if (byCode !== undefined) return byCode;
  const key = fold(text.replace(/\([^()]*\)\s*$/, ''));
  if (!key) return -1;
  return shown.find((i) => fold(units.u[i]![1]) === key) ?? shown.find((i) => fold(units.u[i]![1]).includes(key)) ?? -1;
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
  input.addEventListener('focus', () => {
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
  const pick = () => {
    const cur = now();
    if (!cur) return;
    picked = match(input.value, cur.units, cur.shown);
    pickedValue = input.value;
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
  input.addEventListener('change', pick);
  // Enter (or the button) on a new text picks and zooms; again on the same text opens the unit's page.
  const go = () => {
    const link = info.querySelector('a');
    if (picked >= 0 && link && input.value === pickedValue) location.assign(link.href);
    else pick();
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
