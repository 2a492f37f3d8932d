/**
 * The map's choice lives in the URL (?bo=<dataset>&nam=<year>&huyen=<district>) so a view can be shared
 * and survives reloads; invalid values fall back to the page's default.
 */
import type { MapConfig } from '../../lib/site/map-types.ts';

export interface Choice {
  dataset: string;
  year: number;
  district: string;
}

/** The choice from the address bar, checked against what the page offers. */
export function readChoice(config: MapConfig, search: string): Choice {
  const q = new URLSearchParams(search);
  const dataset =
    config.datasets.find((d) => d.id === q.get('bo')) ?? config.datasets.find((d) => d.id === config.initial.dataset)!;
  const asked = Number(q.get('nam'));
  const year = dataset.years.includes(asked)
    ? asked
    : dataset.id === config.initial.dataset
      ? config.initial.year
      : dataset.years.at(-1)!;
  return { dataset: dataset.id, year, district: config.district ?? q.get('huyen') ?? '' };
}

/** Put the choice in the address bar without a new history entry. */
export function writeChoice(choice: Choice): void {
  const url = new URL(window.location.href);
  url.searchParams.set('bo', choice.dataset);
  url.searchParams.set('nam', String(choice.year));
  if (choice.district) url.searchParams.set('huyen', choice.district);
  else url.searchParams.delete('huyen');
  history.replaceState(null, '', url);
}
