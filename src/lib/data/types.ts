/** Shared types of the data layer: the data contract as read, and the model built from it. */

/** A text in both site languages. Vietnamese first; English may fall back to Vietnamese. */
export interface Localised {
  vi: string;
  en: string;
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * One problem found in the data, located the way a staff member sees it: the file (relative to the data
 * folder), the row number Excel shows (header = row 1) and the column name. Row/column are null when the
 * problem concerns the whole file or a whole row.
 */
export interface DataIssue {
  file: string;
  row: number | null;
  column: string | null;
  /** Workbooks (.xlsx) only: the worksheet read and the cell address as Excel shows it ("F7"). */
  sheet?: string;
  cell?: string;
  code: string;
  severity: Severity;
  /** What is wrong, in each language. */
  problem: Localised;
  /** How to fix it, in each language; null for notes about input that was accepted as it is. */
  fix: Localised | null;
  /** Problem and fix in one sentence ("… Cách sửa: …"), for plain-text and JSON reports. */
  message_vi: string;
  message_en: string;
  /** On an `issues-truncated` line only: how many issues of each severity were counted but not listed. */
  more?: Record<Severity, number>;
}

export interface SiteConfig {
  title: Localised;
  publisher: Localised;
  description: Localised;
  contact: { name: Localised; email: string };
  licence: { id: string; name: string; url: string };
  base_url: string;
  base_path: string;
  province_scope: string[];
  illustrative: boolean;
  /** The accessibility statement: the day it was last reviewed (YYYY-MM-DD); absent = not yet reviewed. */
  accessibility?: { reviewed: string };
  map: {
    center: [number, number];
    zoom: number;
    tiles: { url: string; attribution: string } | null;
  };
}

/** A dated validity period; `to` is the last valid day (inclusive), null while still valid. */
export interface Period {
  from: string;
  to: string | null;
}

export interface Province extends Period {
  key: string;
  code: string;
  name: string;
  type: string;
  note: string;
}

export interface District extends Period {
  key: string;
  code: string;
  name: string;
  type: string;
  provinceCode: string;
  /** Codes of the units that continue this district (districts, or a commune-level unit such as a special zone). */
  successorCodes: string[];
  note: string;
}

/** One commune-level unit during one period. A code may name several units over time. */
export interface Commune extends Period {
  /** Unique key: `<code>@<valid_from>`. */
  key: string;
  code: string;
  name: string;
  type: string;
  districtCode: string | null;
  provinceCode: string;
  successorCodes: string[];
  lat: number | null;
  lon: number | null;
  note: string;
  /** Keys of the units this one continues (filled by the model). */
  predecessors: string[];
  /** Keys of the units that continue this one (filled by the model). */
  successors: string[];
}

export type FrameworkKind = 'points' | 'targets';

export interface Criterion {
  id: string;
  group: string | null;
  name: Localised;
  description: Localised;
  /** Points: maximum points. Targets: the highest level the target can reach (1 or 2). */
  max: number;
  /** Points: the score step (default 0.5). Targets: 1. */
  step: number;
}

export interface ResultClass {
  id: string;
  name: Localised;
  /** Points: the minimum total for this class. */
  min_total?: number;
  /** Targets: every target must reach min(min_level, its max). */
  min_level?: number;
}

export interface Framework {
  id: string;
  kind: FrameworkKind;
  name: Localised;
  short: Localised;
  legal_basis: Localised & { url?: string };
  years: { from: number; to: number | null };
  ranking: boolean;
  illustrative: Localised | null;
  groups: { id: string; name: Localised }[];
  criteria: Criterion[];
  classes: ResultClass[];
  /** Points: sum of maxima. Targets: number of targets. */
  totalMax: number;
}

export interface DatasetFrameworkSpan {
  framework: string;
  from: number;
  to: number | null;
}

export interface Dataset {
  id: string;
  title: Localised;
  description: Localised;
  source: Localised;
  unit_label: Localised;
  frameworks: DatasetFrameworkSpan[];
  /** Years with a file, ascending. */
  years: number[];
}

/** One row of a year file after validation, before the model adds ranks. */
export interface AssessmentRow {
  dataset: string;
  year: number;
  framework: string;
  /** The unit this row's code resolved to in that year. */
  unitKey: string;
  code: string;
  /** The name as written in the file ('' when absent). */
  nameInFile: string;
  scores: Record<string, number>;
  declaredTotal: number | null;
  declaredResult: string;
  decisionNumber: string;
  decisionDate: string;
  note: string;
  /** Where this row's result was published (URL or document reference); '' for illustrative rows. */
  source: string;
  /**
   * False when the row gives only the declared total and result because the criteria were not published
   * (`scores` is then empty and the total and class are the declared ones, checked against the framework).
   */
  criteriaPublished: boolean;
  /** Row number in the source file (Excel numbering). */
  sourceRow: number;
}

export interface Result extends AssessmentRow {
  total: number;
  classId: string;
  /** Rank within the unit's district (1 = best; ties share), null when the framework has no ranking. */
  rankDistrict: number | null;
  rankProvince: number | null;
  districtCode: string | null;
  provinceCode: string;
}
