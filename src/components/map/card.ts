/**
 * The preview card: tapping, clicking or pressing Enter on the map opens a card over its lower edge
 * instead of leaving the page, as the page promises ("chạm để xem kết quả"). One unit: its name, its
 * district, its result with the legend's swatch and a link to its page. Several units under the finger
 * (dots closer than a 24 px target at this zoom): one card listing each with its result and link, plus
 * a button that zooms in there, so the cluster is one target of at least 24 × 24 px (WCAG 2.2 2.5.8).
 * Escape or the close button closes it; opened from the keyboard, focus moves into the card and returns
 * to the map when it closes. Data text is set with textContent only.
 */
import type { MapConfig, MapResults, MapUnits } from '../../lib/site/map-types.ts';
import { clientTranslator } from '../../lib/site/i18n/translate.ts';
import { describe } from './panel.ts';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
};

export interface CardData {
  config: MapConfig;
  units: MapUnits;
  results: MapResults;
}

export interface Card {
  /** Show the units `indices` (nearest first); `fromKeyboard` moves focus into the card. */
  open(data: CardData, indices: number[], fromKeyboard: boolean, zoomIn: () => void): void;
  close(): void;
  readonly isOpen: boolean;
}

/** One unit's lines: name (link to its page), district, swatch and result. */
function unitItem(data: CardData, i: number, heading: boolean): HTMLElement {
  const { config, units, results } = data;
  const t = clientTranslator(config.lang, config.messages);
  const u = units.u[i]!;
  const d = describe(config, units, results, i);
  const box = el(heading ? 'div' : 'li', undefined, 'map-card-unit');
  const name = el(heading ? 'h3' : 'p', d.name, 'map-card-name');
  if (heading) name.id = `${config.mini ? 'mini-' : ''}map-card-title`;
  const district = units.districts[u[2]]?.[1];
  const result = el('p', undefined, 'map-card-result');
  const sw = el('span', undefined, `map-swatch ${d.slot === null ? 'none' : `s${d.slot}`}`);
  sw.setAttribute('aria-hidden', 'true');
  result.append(sw, el('span', d.result));
  const link = el('a', t('map.openUnit', { name: d.name }), 'map-card-link');
  link.href = config.commune.replace('{code}', encodeURIComponent(u[0]));
  box.append(name);
  if (district) box.append(el('p', district, 'map-card-district muted'));
  box.append(result, link);
  return box;
}

/** The card inside `host` (an empty element of the map widget, hidden until opened). */
export function createCard(host: HTMLElement, returnFocus: HTMLElement): Card {
  let open = false;
  let keyboard = false;
  const close = () => {
    if (!open) return;
    open = false;
    host.hidden = true;
    host.replaceChildren();
    if (keyboard) returnFocus.focus();
  };
  host.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  });
  return {
    get isOpen() {
      return open;
    },
    close,
    open(data, indices, fromKeyboard, zoomIn) {
      if (indices.length === 0) return close();
      const t = clientTranslator(data.config.lang, data.config.messages);
      const closeButton = el('button', t('map.cardClose'), 'map-card-close');
      closeButton.type = 'button';
      closeButton.addEventListener('click', close);
      const parts: HTMLElement[] = [];
      let title: HTMLElement;
      if (indices.length === 1) {
        title = unitItem(data, indices[0]!, true);
        parts.push(title);
      } else {
        title = el('h3', t('map.cardMany', { n: indices.length }), 'map-card-name');
        title.id = `${data.config.mini ? 'mini-' : ''}map-card-title`;
        const list = el('ul', undefined, 'map-card-list');
        list.append(...indices.map((i) => unitItem(data, i, false)));
        const zoom = el('button', t('map.cardZoom'), 'map-card-zoom');
        zoom.type = 'button';
        zoom.addEventListener('click', () => {
          keyboard = false;
          close();
          zoomIn();
        });
        parts.push(title, list, zoom);
      }
      host.replaceChildren(closeButton, ...parts);
      host.setAttribute('aria-labelledby', (title.querySelector('h3') ?? title).id);
      host.hidden = false;
      open = true;
      keyboard = fromKeyboard;
      if (fromKeyboard) host.querySelector<HTMLElement>('a, button:not(.map-card-close)')?.focus();
    },
  };
}
