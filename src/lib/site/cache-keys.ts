/**
 * The incremental build's keys (astro.config.mjs `experimental.incrementalBuild`): each path's
 * `cacheKey` is a hash of exactly the data that path shows, so a warm build re-renders a path only when
 * its data changed (Astro itself re-renders a route whose code changed). Byte-identical to a cold build of
 * the same data, proven by tests/e2e/build/incremental.test.ts.
 *
 * Two parts make a key:
 * - the **inputs** every page shows or may show: every file of the data folder except the year files
 *   (site.yaml, register, frameworks, dataset descriptions, boundaries, changelog) and every story file,
 *   hashed as bytes. A change there re-renders everything: such changes are rare and reach every page
 *   (navigation, names, footer, frameworks). With them, the site's **shape** as results decide it: the
 *   years with data, per dataset (every page links the latest), national scale or not, which year pages are split,
 *   whether any result is published (the illustrative banner on every page says so).
 * - the **results** a path shows, by slice: one hash per dataset, year and province of the modelled results
 *   (totals, classes, ranks included, so a change that moves a rank changes every slice it reaches). A
 *   commune or district page depends on the slices of the results it shows (their district and province
 *   comparisons are aggregates of those same slices); a year page on its year; other pages on all slices.
 * - finer for the pages there are most of: a commune page hashes the results it shows, each whole (ranks
 *   included), and the district and province aggregates its latest results are compared with — so a
 *   changed row re-renders the pages whose bytes it can change, not its whole province's; a year page of
 *   one province hashes that province's slices of the year.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { folderDigest, inputsDigest } from '../data/inputs-digest.ts';
import { getModel, loadData } from '../data/load.ts';
import type { Result } from '../data/types.ts';
import { isLargeModel } from '../data/model/scale.ts';
import { splitProvinces } from './year-split.ts';
import { comparisonGroups } from './result-summary.ts';
import { sourcedCount } from '../data/model/provenance.ts';
import { shownDigest } from '../data/model/result-digest.ts';

const hash = (...parts: readonly string[]): string => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('base64url').slice(0, 27);
};

interface Keys {
  inputs: string;
  slices: Map<string, string>;
  byYear: Map<number, string>;
  all: string;
}

const sliceId = (dataset: string, year: number, province: string) => `${dataset}|${year}|${province}`;

let memo: Keys | null = null;

function keys(): Keys {
  if (memo) return memo;
  const dataRoot = loadData().dir;
  const stories = resolve(process.env.STORIES_DIR ?? 'src/content/stories');
  const model = getModel();
  const years = model.years();
  const shape = JSON.stringify({
    years,
    // Which years each dataset has a file for (the checker, the guide and the templates list them).
    datasetYears: model.datasets.map((d) => [d.id, d.years]),
    large: isLargeModel(model),
    split: years.map((y) => [y, splitProvinces(y)]),
    // Every page's banner on an illustrative site says whether some results are published (Base.astro).
    sourced: sourcedCount(model.results) > 0,
  });
  const inputs = hash(inputsDigest(dataRoot), folderDigest(stories), shape);
  const texts = new Map<string, string[]>();
  for (const r of model.results) {
    const id = sliceId(r.dataset, r.year, r.provinceCode);
    let list = texts.get(id);
    if (!list) texts.set(id, (list = []));
    list.push(shownDigest(r));
  }
  const slices = new Map([...texts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, list]) => [id, hash(...list)]));
  const yearParts = new Map<number, string[]>();
  for (const [id, h] of slices) {
    const year = Number(id.split('|')[1]);
    let list = yearParts.get(year);
    if (!list) yearParts.set(year, (list = []));
    list.push(id, h);
  }
  const byYear = new Map([...yearParts].map(([y, parts]) => [y, hash(inputs, ...parts)]));
  const all = hash(inputs, ...[...slices].flat());
  memo = { inputs, slices, byYear, all };
  return memo;
}

/** The key of a path that shows only the inputs (register, boundaries, settings), no results. */
export function inputsKey(): string {
  return keys().inputs;
}

/** The key of a path that may show anything: every input and every result. */
export function siteKey(): string {
  return keys().all;
}

/** The key of a path that shows the results of one year (any dataset, any province). */
export function yearKey(year: number): string {
  return keys().byYear.get(year) ?? hash(keys().inputs, `year ${year}`);
}

/** The key of a path that shows one dataset-year (every province). */
export function datasetYearKey(dataset: string, year: number): string {
  const { inputs, slices } = keys();
  const prefix = `${dataset}|${year}|`;
  return hash(inputs, prefix, ...[...slices].filter(([id]) => id.startsWith(prefix)).flat());
}

/**
 * The key of a path that shows exactly `results` (each whole, ranks included) and, for each of `compared`,
 * the aggregates it is compared with (comparisonGroups): a commune page (paths.ts).
 */
export function shownKey(results: readonly Result[], compared: readonly Result[]): string {
  const model = getModel();
  return hash(
    keys().inputs,
    ...results.map(shownDigest),
    '\0compared',
    ...compared.flatMap((r) => comparisonGroups(model, r).map((g) => JSON.stringify(g.aggregate))),
  );
}

/** The key of a year page of one province: that province's slice of the year in every dataset. */
export function yearProvinceKey(year: number, province: string): string {
  const { inputs, slices } = keys();
  const suffix = `|${year}|${province}`;
  return hash(inputs, suffix, ...[...slices].filter(([id]) => id.endsWith(suffix)).flat());
}

/**
 * The key of a path that shows `results` and what is computed from their slices (district and province
 * aggregates, ranks): the inputs plus the hash of each dataset-year-province slice they fall in.
 */
export function resultsKey(results: readonly Result[]): string {
  const { inputs, slices } = keys();
  const ids = [...new Set(results.map((r) => sliceId(r.dataset, r.year, r.provinceCode)))].sort();
  return hash(inputs, ...ids.flatMap((id) => [id, slices.get(id)!]));
}
