/**
 * The HTML around the map: legend with counts per class, the description of one unit (tooltip, status
 * line, list rows) and the accessible list of the units shown. Data text is always set with
 * textContent, never parsed as HTML.
 */
import type { MapConfig, MapResults, MapUnits } from '../../lib/site/map-types.ts';
import { clientTranslator, pickText } from '../../lib/site/i18n/translate.ts';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
};

/** "Phường Phú Bài — Khá — Tổng điểm: 78,5" as parts, for the tooltip and the status line. */
export function describe(
  config: MapConfig,
  units: MapUnits,
  results: MapResults,
  i: number,
): { name: string; result: string; slot: number | null } {
  const u = units.u[i]!;
  const r = results.r[u[0]];
  const t = clientTranslator(config.lang, config.messages);
  if (!r) return { name: u[1], result: t('map.notAssessed'), slot: null };
  const cls = results.classes[r[0]]!;
  return {
    name: u[1],
    result: t('map.describe', { result: pickText(cls.name, config.lang), kind: results.kind, total: r[1] }),
    slot: cls.slot,
  };
}

/** A swatch + text element describing one unit (tooltip content). */
export function describeNode(d: ReturnType<typeof describe>): HTMLElement {
  const box = el('div', undefined, 'map-tip');
  box.append(el('strong', d.name), el('br'));
  const sw = el('span', undefined, `map-swatch ${d.slot === null ? 'none' : `s${d.slot}`}`);
  sw.setAttribute('aria-hidden', 'true');
  box.append(sw, el('span', d.result));
  return box;
}

/** Fill the legend: each class with its colour and the number of shown units in it, then "not assessed". */
export function renderLegend(
  list: HTMLElement,
  config: MapConfig,
  units: MapUnits,
  results: MapResults,
  shown: number[],
): void {
  const counts = new Array<number>(results.classes.length).fill(0);
  let none = 0;
  for (const i of shown) {
    const r = results.r[units.u[i]![0]];
    if (r) counts[r[0]]!++;
    else none++;
  }
  const t = clientTranslator(config.lang, config.messages);
  const rows = results.classes.map((c, k) => ({
    slot: `s${c.slot}`,
    name: pickText(c.name, config.lang),
    n: counts[k]!,
  }));
  rows.push({ slot: 'none', name: t('map.notAssessed'), n: none });
  list.replaceChildren(
    ...rows.map((row) => {
      const li = el('li');
      const sw = el('span', undefined, `map-swatch ${row.slot}`);
      sw.setAttribute('aria-hidden', 'true');
      li.append(sw, el('span', row.name), el('span', `: ${t('map.legendCount', { n: row.n })}`, 'map-count'));
      return li;
    }),
  );
}

/** The list alternative: every shown unit as a link to its page with its result, in the given order. */
export function renderList(
  list: HTMLElement,
  config: MapConfig,
  units: MapUnits,
  results: MapResults,
  shown: number[],
): void {
  const frag = document.createDocumentFragment();
  for (const i of shown) {
    const d = describe(config, units, results, i);
    const li = el('li');
    const a = el('a', d.name);
    a.href = config.commune.replace('{code}', encodeURIComponent(units.u[i]![0]));
    const sw = el('span', undefined, `map-swatch ${d.slot === null ? 'none' : `s${d.slot}`}`);
    sw.setAttribute('aria-hidden', 'true');
    li.append(a, ' ', sw, el('span', d.result));
    if (units.u[i]![3] === null && !units.g?.[i])
      li.append(el('span', ` (${clientTranslator(config.lang, config.messages)('map.noPlace')})`, 'muted'));
    frag.append(li);
  }
  list.replaceChildren(frag);
}

/** Replace a select's options (value, label), keeping `selected` chosen. */
export function fillSelect(select: HTMLSelectElement, options: [string, string][], selected: string): void {
  select.replaceChildren(
    ...options.map(([value, label]) => {
      const o = el('option', label);
      o.value = value;
      o.selected = value === selected;
      return o;
    }),
  );
}
