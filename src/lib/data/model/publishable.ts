/**
 * Which years staff can publish a file for: every year a dataset's frameworks cover, from its first
 * framework year up to the year after the latest published year (the next file to prepare). Shared by
 * the checker's year list and the templates, so both offer the same years. Pure, no Astro.
 */
import type { Dataset, Framework } from '../types.ts';
import { frameworkCovers, frameworkIdFor } from './frameworks.ts';

export interface PublishableYear {
  year: number;
  framework: Framework;
  /** A file for this year is already published. */
  published: boolean;
}

/** Years a file can be made for, ascending, with the framework that applies. `latest` = newest year of the site. */
export function publishableYears(
  dataset: Dataset,
  frameworks: ReadonlyMap<string, Framework>,
  latest: number,
  /** National scale: only the latest year and the next (templates for every past year would weigh tens of MB). */
  recentOnly = false,
): PublishableYear[] {
  const earliest = Math.min(...dataset.frameworks.map((s) => s.from));
  const first = recentOnly ? Math.max(earliest, latest) : earliest;
  const last = Math.max(latest + 1, ...dataset.years, ...dataset.frameworks.map((s) => s.to ?? 0));
  const out: PublishableYear[] = [];
  for (let year = first; year <= last; year++) {
    const id = frameworkIdFor(dataset, year);
    const framework = id ? frameworks.get(id) : undefined;
    if (!framework || !frameworkCovers(framework, year)) continue;
    out.push({ year, framework, published: dataset.years.includes(year) });
  }
  return out;
}
