/**
 * Draw the units on a Leaflet canvas renderer (thousands of shapes stay fast) and colour them by the
 * chosen year's results: polygons when boundaries exist, otherwise a circle at each unit's centre.
 * "Not assessed" units get a hollow grey look so they never read as a result class.
 */
import * as L from 'leaflet';
import { GEO_SCALE, type MapResults, type MapUnits } from '../../lib/site/map-types.ts';
import { yieldToMain } from './yield.ts';

/** Palette colours read from the CSS custom properties, so the map matches the badges. */
export function readPalette(el: HTMLElement): Record<string, string> {
  const css = getComputedStyle(el);
  const get = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    1: get('--class-1', '#08519c'),
    2: get('--class-2', '#4292c6'),
    3: get('--class-3', '#f4a259'),
    4: get('--class-4', '#b34700'),
    none: get('--class-none', '#9aa3ad'),
  };
}

/** Decode the delta-encoded rings of one unit into Leaflet positions. */
function decode(polygons: number[][][]): L.LatLngExpression[][][] {
  return polygons.map((rings) =>
    rings.map((flat) => {
      const out: L.LatLngExpression[] = [];
      let x = 0;
      let y = 0;
      for (let i = 0; i < flat.length; i += 2) {
        x += flat[i]!;
        y += flat[i + 1]!;
        out.push([y / GEO_SCALE, x / GEO_SCALE]);
      }
      return out;
    }),
  );
}

/** The polygon layer of one unit's encoded outline. */
export function outlineLayer(shape: number[][][], renderer: L.Renderer): L.Polygon {
  return L.polygon(decode(shape), { renderer, weight: 0.6, color: '#ffffff', fillOpacity: 0.85 });
}

/**
 * The faint context outline (the dissolved border of the area) drawn under points when a year has no
 * outlines for its period: it shows where the area is, never a unit, so it takes no pointer events.
 */
export function contextLayer(shape: number[][][], renderer: L.Renderer): L.Polygon {
  return L.polygon(decode(shape), {
    renderer,
    interactive: false,
    weight: 1,
    color: '#7b8794',
    opacity: 0.7,
    fillColor: '#dde3e8',
    fillOpacity: 0.45,
  });
}

/** What makes two units draw the same: code, position and outline. */
const unitKey = (units: MapUnits, i: number): string => {
  const u = units.u[i]!;
  return `${u[0]}|${u[3]}|${u[4]}|${units.g?.[i] ? JSON.stringify(units.g[i]) : ''}`;
};

/**
 * One layer per unit (null when the unit has no position); index = position in units.u. Layers of a
 * previous units file are reused for units that did not change, so moving across a merger redraws
 * only the merged units. Built in slices of at most `sliceMs` of main thread, yielding between them
 * (thousands of units at national scale would otherwise block a phone for a long task).
 */
export async function makeLayers(
  units: MapUnits,
  renderer: L.Renderer,
  previous?: { units: MapUnits; layers: (L.Path | null)[] },
  sliceMs = 30,
): Promise<(L.Path | null)[]> {
  const reusable = new Map<string, L.Path>();
  previous?.layers.forEach((layer, i) => layer && reusable.set(unitKey(previous.units, i), layer));
  const out: (L.Path | null)[] = [];
  let start = performance.now();
  for (const [i, u] of units.u.entries()) {
    if (i % 32 === 0 && performance.now() - start > sliceMs) {
      await yieldToMain();
      start = performance.now();
    }
    const key = reusable.size > 0 ? unitKey(units, i) : '';
    const old = key ? reusable.get(key) : undefined;
    if (old) {
      reusable.delete(key);
      out.push(old);
      continue;
    }
    const shape = units.g?.[i];
    if (shape) out.push(outlineLayer(shape, renderer));
    else if (u[3] === null || u[4] === null) out.push(null);
    else
      out.push(L.circleMarker([u[3], u[4]], { renderer, radius: 7, weight: 1.5, color: '#ffffff', fillOpacity: 0.9 }));
  }
  return out;
}

/** The style of a unit for a year: filled with its class colour, or hollow grey when not assessed. */
export function styleFor(
  code: string,
  results: MapResults,
  palette: Record<string, string>,
  polygon: boolean,
  far = false,
): L.CircleMarkerOptions {
  const r = results.r[code];
  // Zoomed far out, white outlines would hide small units: outline each in its own colour instead,
  // so a unit only a pixel wide still shows as a dot of its class.
  if (polygon && far) {
    const colour = r ? palette[results.classes[r[0]]?.slot ?? 4]! : palette.none!;
    return {
      fillColor: colour,
      fillOpacity: r ? 0.85 : 0.15,
      color: colour,
      weight: 1.5,
      opacity: r ? 0.9 : 0.5,
      dashArray: undefined,
      stroke: true,
    };
  }
  // Zoomed far out, circles shrink so thousands of units do not cover each other.
  if (!polygon && far)
    return r
      ? { radius: 3.5, fillColor: palette[results.classes[r[0]]?.slot ?? 4], fillOpacity: 0.9, stroke: false }
      : {
          radius: 3,
          fillColor: '#ffffff',
          fillOpacity: 0.6,
          color: palette.none,
          weight: 1.5,
          stroke: true,
          dashArray: undefined,
        };
  if (!r) {
    return polygon
      ? {
          fillColor: palette.none,
          fillOpacity: 0.12,
          color: palette.none,
          weight: 1,
          opacity: 1,
          dashArray: '3 3',
          stroke: true,
        }
      : {
          radius: 7,
          fillColor: '#ffffff',
          fillOpacity: 0.6,
          color: palette.none,
          weight: 2.5,
          dashArray: undefined,
          stroke: true,
        };
  }
  const slot = results.classes[r[0]]?.slot ?? 4;
  return polygon
    ? {
        fillColor: palette[slot],
        fillOpacity: 0.85,
        color: '#ffffff',
        weight: 0.6,
        opacity: 1,
        dashArray: undefined,
        stroke: true,
      }
    : {
        radius: 7,
        fillColor: palette[slot],
        fillOpacity: 0.9,
        color: '#ffffff',
        weight: 1.5,
        dashArray: undefined,
        stroke: true,
      };
}

/** Restyle every layer for a year's results (`far`: zoomed out below FAR_ZOOM). */
export const FAR_ZOOM = 9;
export function restyle(
  layers: (L.Path | null)[],
  units: MapUnits,
  results: MapResults,
  palette: Record<string, string>,
  far = false,
): void {
  layers.forEach((layer, i) => {
    if (layer) layer.setStyle(styleFor(units.u[i]![0], results, palette, layer instanceof L.Polygon, far));
  });
}

/** Half the side of the smallest target a finger or pointer needs (WCAG 2.2 2.5.8: 24 × 24 px). */
export const TARGET_RADIUS = 12;

/**
 * The units a tap at `at` means, nearest first: the polygon containing the point when it is at least a
 * 24 px target on screen; otherwise every unit within TARGET_RADIUS px (a dot's centre, or a polygon's
 * bounds), so dots closer together than a target become one group instead of a missed tap.
 */
export function unitsNear(
  map: L.Map,
  layers: (L.Path | null)[],
  visible: (i: number) => boolean,
  at: L.LatLng,
): number[] {
  const p = map.latLngToLayerPoint(at);
  const near: [number, number][] = [];
  for (let i = 0; i < layers.length; i++) {
    const layer = layers[i];
    if (!layer || !visible(i)) continue;
    if (layer instanceof L.Polygon) {
      const b = layer.getBounds();
      const nw = map.latLngToLayerPoint(b.getNorthWest());
      const se = map.latLngToLayerPoint(b.getSouthEast());
      const dx = Math.max(nw.x - p.x, 0, p.x - se.x);
      const dy = Math.max(nw.y - p.y, 0, p.y - se.y);
      if (dx > TARGET_RADIUS || dy > TARGET_RADIUS) continue;
      const inside =
        dx === 0 && dy === 0 && (layer as unknown as { _containsPoint(p: L.Point): boolean })._containsPoint(p);
      if (inside && se.x - nw.x >= 2 * TARGET_RADIUS && se.y - nw.y >= 2 * TARGET_RADIUS) return [i];
      const d = inside ? 0 : Math.hypot(dx, dy);
      if (d <= TARGET_RADIUS) near.push([i, d]);
      continue;
    }
    const q = map.latLngToLayerPoint((layer as L.CircleMarker).getLatLng());
    const d = Math.hypot(q.x - p.x, q.y - p.y);
    if (d <= TARGET_RADIUS) near.push([i, d]);
  }
  return near.sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([i]) => i);
}
