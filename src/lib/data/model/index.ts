/**
 * The model every page and download is made from, built once per build from validated data: results
 * with ranks, district and province aggregates, and lookups by code, dataset and year.
 */
import type { Commune, Dataset, Framework, Result, SiteConfig } from '../types.ts';
import type { ValidData } from '../validate/index.ts';
import type { ChangelogEntry } from '../validate/changelog.ts';
import type { Register } from './register.ts';
import type { BoundarySet } from '../geo/boundaries.ts';
import { historiesOfCode, historyOf, latestPerDataset, type UnitHistory } from './history.ts';
import { buildResults } from './results.ts';
import { groupBy } from './group-by.ts';
import { aggregate, type Aggregate } from './aggregates.ts';
import { frameworkIdFor } from './frameworks.ts';

export interface DatasetYear {
  dataset: Dataset;
  year: number;
  framework: Framework;
  results: Result[];
}

export class SiteModel {
  readonly site: SiteConfig;
  readonly register: Register;
  readonly frameworks: ReadonlyMap<string, Framework>;
  readonly datasets: Dataset[];
  readonly changelog: ChangelogEntry[];
  readonly boundaries: BoundarySet;
  readonly results: Result[];
  readonly aggregates: Aggregate[];
  private readonly byUnit: Map<string, Result[]>;
  private readonly byCode: Map<string, Result[]>;
  private readonly byDatasetYear: Map<string, Result[]>;
  private readonly aggregateIndex: Map<string, Aggregate>;

  constructor(data: ValidData) {
    this.site = data.site;
    this.register = data.register;
    this.frameworks = data.frameworks;
    this.datasets = data.datasets;
    this.changelog = data.changelog;
    this.boundaries = data.boundaries;
    this.results = buildResults(data.rows, data.frameworks, data.register);
    this.byUnit = groupBy(this.results, (r) => r.unitKey);
    this.byCode = groupBy(this.results, (r) => r.code);
    this.byDatasetYear = groupBy(this.results, (r) => `${r.dataset}|${r.year}`);
    this.aggregates = [];
    for (const group of this.byDatasetYear.values()) {
      const framework = this.frameworks.get(group[0]!.framework)!;
      for (const [code, list] of groupBy(group, (r) => r.provinceCode)) {
        this.aggregates.push(aggregate(list, framework, 'province', code));
      }
      for (const [code, list] of groupBy(group.filter((r) => r.districtCode !== null), (r) => r.districtCode!)) {
        this.aggregates.push(aggregate(list, framework, 'district', code));
      }
    }
    this.aggregateIndex = new Map(this.aggregates.map((a) => [`${a.dataset}|${a.year}|${a.level}|${a.code}`, a]));
  }

  /** Results of one unit (one period of a code), oldest first. */
  resultsOfUnit(key: string): Result[] {
    return [...(this.byUnit.get(key) ?? [])].sort((a, b) => a.year - b.year || a.dataset.localeCompare(b.dataset));
  }

  /** The history (one unit through its continuing register rows) that a register row belongs to. */
  history(unitKey: string): UnitHistory {
    return historyOf(this.register, unitKey);
  }

  /** The histories of every unit that bore `code`, oldest first: one series each, never joined. */
  histories(code: string): UnitHistory[] {
    return historiesOfCode(this.register, code);
  }

  /** The results of one unit through its history, oldest first. */
  resultsOfHistory(history: UnitHistory): Result[] {
    return history.rows.flatMap((u) => this.resultsOfUnit(u.key));
  }

  /** A unit's own latest result per dataset (dataset order of the data); empty when it has none yet. */
  latestOfHistory(history: UnitHistory): Result[] {
    return latestPerDataset(this.resultsOfHistory(history), this.datasets.map((d) => d.id));
  }

  /** Results filed under a code in any period, oldest first (several units: never one series). */
  resultsOfCode(code: string): Result[] {
    return [...(this.byCode.get(code) ?? [])].sort((a, b) => a.year - b.year || a.dataset.localeCompare(b.dataset));
  }

  /** Every dataset-year with its framework and results. */
  datasetYears(): DatasetYear[] {
    const out: DatasetYear[] = [];
    for (const dataset of this.datasets) {
      for (const year of dataset.years) {
        const results = this.byDatasetYear.get(`${dataset.id}|${year}`) ?? [];
        const framework = this.frameworks.get(results[0]?.framework ?? frameworkIdFor(dataset, year)!)!;
        out.push({ dataset, year, framework, results });
      }
    }
    return out;
  }

  resultsOf(dataset: string, year: number): Result[] {
    return this.byDatasetYear.get(`${dataset}|${year}`) ?? [];
  }

  aggregateOf(dataset: string, year: number, level: Aggregate['level'], code: string): Aggregate | undefined {
    return this.aggregateIndex.get(`${dataset}|${year}|${level}|${code}`);
  }

  /** The unit a result belongs to. */
  unitOf(result: Result): Commune {
    return this.register.communeByKey(result.unitKey)!;
  }

  /** All years with any data, ascending. */
  years(): number[] {
    return [...new Set(this.datasets.flatMap((d) => d.years))].sort((a, b) => a - b);
  }
}
