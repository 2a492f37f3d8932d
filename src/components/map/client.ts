/**
 * The map island: loads the chosen year's units and results (small JSON files, cached per session),
 * draws and colours them, keeps the legend, list, URL and controls in step. A tap, click or Enter opens
 * the preview card (card.ts) of the unit or units there, never leaving the page; arrow keys pan and the
 * unit at the centre is announced; the finder zooms to a unit. The first view is fitted to the units.
 */
import * as L from 'leaflet';
import {
  expandRuns,
  type MapConfig,
  type MapResults,
  type MapShapes,
  type MapUnits,
} from '../../lib/site/map-types.ts';
import { clientTranslator } from '../../lib/site/i18n/translate.ts';
import { addTiles, createMap } from './base.ts';
import { yieldToMain } from './yield.ts';
import { FAR_ZOOM, contextLayer, makeLayers, outlineLayer, readPalette, restyle, styleFor, unitsNear } from './draw.ts';
import { createCard } from './card.ts';
import { describe, describeNode, fillSelect, renderLegend, renderList } from './panel.ts';
import { readChoice, writeChoice, type Choice } from './state.ts';
import { wireFinder } from './finder.ts';

const cache = new Map<string, Promise<unknown>>();
const getJson = <T>(url: string): Promise<T> => {
  if (!cache.has(url))
    cache.set(
      url,
      fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(url)))),
    );
  return cache.get(url) as Promise<T>;
};

export function initMap(root: HTMLElement): void {
  const config = JSON.parse(root.dataset.config!) as MapConfig;
  const resultsUrl = (c: Choice) =>
    config.results.replace('{dataset}', encodeURIComponent(c.dataset)).replace('{year}', String(c.year));
  // The chosen year's files start loading at once: the network works while the map is being set up.
  const wanted = readChoice(config, location.search);
  for (const url of [config.units[String(wanted.year)], resultsUrl(wanted)])
    if (url) getJson(url).catch(() => undefined);
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel);
  const status = q<HTMLElement>('[data-map-status]')!;
  const form = q<HTMLFormElement>('[data-map-controls]');
  const [selDataset, selYear, selDistrict] = ['bo', 'nam', 'huyen'].map(
    (n) => form?.querySelector<HTMLSelectElement>(`[name=${n}]`) ?? null,
  );
  const details = q<HTMLDetailsElement>('[data-map-list]');
  const canvas = q<HTMLElement>('[data-map-canvas]')!;
  const map = createMap(canvas, config);
  // Exposed for tests and for embedding pages that want to drive the map.
  (root as HTMLElement & { leafletMap?: L.Map }).leafletMap = map;
  const renderer = L.canvas({ padding: 0.2 });
  // The context outline lives in its own pane below the units, whatever the order layers are added in.
  map.createPane('context').style.zIndex = '350';
  const contextRenderer = L.canvas({ padding: 0.2, pane: 'context' });
  let context: L.Polygon | null = null;
  const group = L.featureGroup().addTo(map);
  const palette = readPalette(root);
  const tip = L.tooltip({ direction: 'top', offset: [0, -6] });
  const index = new WeakMap<L.Layer, number>();
  let choice: Choice = readChoice(config, location.search);
  let units: MapUnits | null = null;
  let results: MapResults | null = null;
  let layers: (L.Path | null)[] = [];
  let shown: number[] = [];
  const visible = new Set<number>();
  let far = false;
  let requests = 0;
  const card = createCard(q<HTMLElement>('[data-map-card]')!, canvas);
  root.classList.add('is-live');

  /** Choose the units shown (the district's, or all); the first view or a new district frames them. */
  function frame(fit: boolean): void {
    shown = units!.u.flatMap((u, i) =>
      !choice.district || units!.districts[u[2]]?.[0] === choice.district ? [i] : [],
    );
    if (!fit) return;
    // Framed before they are drawn, so the canvas draws once, at the view it shows.
    const bounds = L.latLngBounds([]);
    for (const i of shown) {
      const layer = layers[i];
      if (layer) bounds.extend(layer instanceof L.CircleMarker ? layer.getLatLng() : (layer as L.Polygon).getBounds());
    }
    if (bounds.isValid()) map.fitBounds(bounds, { maxZoom: 13, padding: [12, 12], animate: false });
  }

  /** Put the shown units on the map and take the others off, in short slices of main thread. */
  async function attach(ticket: number): Promise<void> {
    const want = new Set(shown);
    let start = performance.now();
    for (const [i, layer] of layers.entries()) {
      if (i % 8 === 0 && performance.now() - start > 30) {
        await yieldToMain();
        if (ticket !== requests) return;
        start = performance.now();
      }
      if (!layer) continue;
      if (want.has(i) && !visible.has(i)) {
        group.addLayer(layer);
        visible.add(i);
      }
      if (!want.has(i) && visible.has(i)) {
        group.removeLayer(layer);
        visible.delete(i);
      }
    }
  }

  async function show(next: Choice, first: boolean): Promise<void> {
    if (!first) performance.mark('map:switch-start');
    status.textContent = clientTranslator(config.lang, config.messages)('map.loading');
    const url = resultsUrl(next);
    const ticket = ++requests;
    const [u, r] = await Promise.all([getJson<MapUnits>(config.units[String(next.year)]!), getJson<MapResults>(url)]);
    if (ticket !== requests) return; // a newer choice was made while this one loaded
    performance.mark(first ? 'map:fetched' : 'map:switch-fetched');
    // Each step below is its own short task: a phone can paint and answer a tap between them.
    const fresh = u !== units ? await makeLayers(u, renderer, units ? { units, layers } : undefined) : null;
    if (ticket !== requests) return;
    const newUnits = fresh !== null;
    const districtChanged = next.district !== choice.district;
    choice = next;
    if (fresh) {
      context?.remove();
      context = u.ctx ? contextLayer(u.ctx, contextRenderer).addTo(map) : null;
      const next = fresh;
      const kept = new Set(next);
      layers.forEach((l) => l && !kept.has(l) && group.removeLayer(l));
      visible.clear();
      next.forEach((l, i) => l && group.hasLayer(l) && visible.add(i));
      units = u;
      layers = next;
      layers.forEach((l, i) => l && index.set(l, i));
      if (selDistrict) {
        if (!u.districts.some(([code]) => code === choice.district)) choice.district = config.district ?? '';
        fillSelect(
          selDistrict,
          [['', clientTranslator(config.lang, config.messages)('map.allDistricts')], ...u.districts],
          choice.district,
        );
        selDistrict.disabled = u.districts.length === 0;
      }
    }
    if (newUnits) performance.mark('map:layers');
    results = r;
    // Frame first, then style at that zoom before the layers go on the map (no redraw per layer).
    if (newUnits || districtChanged) frame(first || districtChanged);
    far = map.getZoom() < FAR_ZOOM;
    restyle(layers, u, r, palette, far);
    if (newUnits || districtChanged) {
      await yieldToMain();
      if (ticket !== requests) return;
      await attach(ticket);
      if (ticket !== requests) return;
    }
    // The legend (the page's first number formatting) in a task of its own, after the units are drawn.
    await yieldToMain();
    if (ticket !== requests) return;
    renderLegend(q<HTMLElement>('[data-map-legend]')!, config, u, r, shown);
    if (details?.open) renderList(details.querySelector('ul')!, config, u, r, shown);
    if (!config.mini) writeChoice(choice);
    card.close();
    status.textContent = '';
    requestAnimationFrame(() => {
      performance.mark(first ? 'map:drawn' : 'map:switched');
      // Base tiles only once the units are drawn, for the view fitted to them.
      if (first)
        setTimeout(() => addTiles(map, config, () => (q<HTMLElement>('[data-map-tiles-note]')!.hidden = false)));
    });
    void loadParts();
  }

  // National scale: outlines arrive per province when zoomed in over it (MapUnits.parts); until then
  // each unit is a point. A loaded outline replaces the unit's point in place.
  const loadedParts = new WeakMap<MapUnits, Set<string>>();
  async function loadParts(): Promise<void> {
    if (!units?.parts || map.getZoom() < FAR_ZOOM) return;
    const current = units;
    const done = loadedParts.get(current) ?? new Set<string>();
    loadedParts.set(current, done);
    const view = map.getBounds();
    for (const part of current.parts!) {
      const [s, w, n, e] = part.bbox;
      if (done.has(part.province) || !view.intersects(L.latLngBounds([s, w], [n, e]))) continue;
      done.add(part.province);
      const shapes = await getJson<MapShapes>(part.url).catch(() => null);
      if (!shapes || units !== current) continue;
      expandRuns(part.runs).forEach((i, k) => {
        const g = shapes.g[k];
        if (!g) return;
        const next = outlineLayer(g, renderer);
        const old = layers[i];
        if (old && visible.has(i)) {
          group.removeLayer(old);
          group.addLayer(next);
        }
        layers[i] = next;
        index.set(next, i);
        if (results) next.setStyle(styleFor(current.u[i]![0], results, palette, true, far));
      });
    }
  }
  map.on('moveend', () => void loadParts());

  group.on('mouseover', (e) => {
    const i = index.get((e as unknown as { propagatedFrom: L.Layer }).propagatedFrom);
    if (i === undefined || !units || !results) return;
    map.openTooltip(tip.setLatLng(e.latlng).setContent(describeNode(describe(config, units, results, i))));
  });
  group.on('mouseout', () => map.closeTooltip(tip));
  map.on('zoomend', () => {
    if (units && results && far !== map.getZoom() < FAR_ZOOM) restyle(layers, units, results, palette, (far = !far));
  });
  const near = (at: L.LatLng) => unitsNear(map, layers, (i) => visible.has(i), at);
  /** Open the card of what is at `at`; a group's "zoom in" centres there two levels closer. */
  const openCard = (at: L.LatLng, fromKeyboard: boolean) => {
    if (!units || !results) return;
    const found = near(at);
    if (found.length === 0) return card.close();
    map.closeTooltip(tip);
    card.open({ config, units, results }, found, fromKeyboard, () => map.setView(at, map.getZoom() + 2));
  };
  // Every tap or click on the map (a unit's own or beside it) goes through the 24 px target rule.
  map.on('click', (e) => openCard(e.latlng, false));
  map.on('moveend', () => {
    if (document.activeElement !== canvas || !units || !results) return;
    const i = near(map.getCenter())[0];
    const d = i !== undefined ? describe(config, units, results, i) : null;
    status.textContent = d ? `${d.name} — ${d.result}` : '';
  });
  canvas.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') return card.close();
    if (e.key !== 'Enter' || !units || e.target !== canvas) return;
    e.preventDefault();
    openCard(map.getCenter(), true);
  });
  details?.addEventListener(
    'toggle',
    () => details.open && units && results && renderList(details.querySelector('ul')!, config, units, results, shown),
  );

  // Controls, finder and the first draw come in a task of their own, after the map's setup.
  void yieldToMain().then(() => {
    if (form && selDataset && selYear) {
      form.hidden = false;
      const years = () =>
        config.datasets
          .find((d) => d.id === choice.dataset)!
          .years.map((y): [string, string] => [String(y), String(y)]);
      fillSelect(
        selDataset,
        config.datasets.map((d) => [d.id, d.title]),
        choice.dataset,
      );
      fillSelect(selYear, years(), String(choice.year));
      selDataset.addEventListener('change', () => {
        const ds = config.datasets.find((d) => d.id === selDataset.value)!;
        const year = ds.years.includes(choice.year) ? choice.year : ds.years.at(-1)!;
        void show({ ...choice, dataset: ds.id, year }, false).then(() =>
          fillSelect(selYear, years(), String(choice.year)),
        );
      });
      selYear.addEventListener('change', () => void show({ ...choice, year: Number(selYear.value) }, false));
      selDistrict?.addEventListener('change', () => void show({ ...choice, district: selDistrict.value }, false));
      wireFinder(form, config, () => (units ? { units, results: results!, shown, layers } : null), map, tip);
    }
    show(choice, true).catch(
      () => (status.textContent = clientTranslator(config.lang, config.messages)('map.loadFailed')),
    );
  });
}
