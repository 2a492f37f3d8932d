/**
 * The Leaflet map itself: view from site.yaml, localised zoom buttons, and optional base tiles that fail
 * quietly (offline, blocked): after a few failures with nothing loaded the tile layer is removed and a
 * note says so, while the data layer keeps drawing. Also the yield the map client uses to keep each
 * piece of its start-up work a short task (a phone stays responsive while the map starts).
 */
import * as L from 'leaflet';
import type { MapConfig } from '../../lib/site/map-types.ts';
import { clientTranslator } from '../../lib/site/i18n/translate.ts';

/** Escape text for the one Leaflet API that takes HTML (the attribution line). */
function escapeHtml(text: string): string {
  const d = document.createElement('div');
  d.textContent = text;
  return d.innerHTML;
}

/** The Leaflet map in `container` at site.yaml's view, with localised zoom buttons and no base tiles yet. */
export function createMap(container: HTMLElement, config: MapConfig): L.Map {
  const map = L.map(container, {
    preferCanvas: true,
    // Quarter zoom steps let the first view fit the units snugly on a narrow phone (whole steps leave
    // them in a small patch in the middle); the buttons still zoom by whole levels.
    zoomSnap: 0.25,
    zoomControl: false,
    scrollWheelZoom: !config.mini,
    center: config.center,
    zoom: config.zoom,
  });
  const t = clientTranslator(config.lang, config.messages);
  L.control.zoom({ zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') }).addTo(map);
  return map;
}

/**
 * Add the optional base tiles (after the units are drawn and the view fitted, so a phone fetches tiles
 * for the view it shows only, and the main thread is free for the data first). After a few failures
 * with nothing loaded the layer is removed and `onTilesFailed` says so.
 */
export function addTiles(map: L.Map, config: MapConfig, onTilesFailed: () => void): void {
  if (!config.tiles) return;
  const tiles = L.tileLayer(config.tiles.url, { attribution: escapeHtml(config.tiles.attribution), maxZoom: 18 });
  let loaded = 0;
  let failed = 0;
  tiles.on('tileload', () => loaded++);
  tiles.on('tileerror', () => {
    failed++;
    if (loaded === 0 && failed >= 4 && map.hasLayer(tiles)) {
      map.removeLayer(tiles);
      onTilesFailed();
    }
  });
  tiles.addTo(map);
}
