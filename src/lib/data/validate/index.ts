/**
 * Validate a whole data folder: site settings, unit register, boundaries, frameworks, datasets and year
 * files.
 * Collects every issue; never throws on bad data. The build, `npm run validate` and the in-browser
 * checker all call this.
 */
import type { AssessmentRow, DataIssue, Dataset, Framework, SiteConfig } from '../types.ts';
import type { DataSource } from '../read/source.ts';
import type { Register } from '../model/register.ts';
import { IssueList, sortIssues } from './issues.ts';
import { readYaml, siteSchema } from './schemas.ts';
import { readRegister } from './units.ts';
import { readFrameworks } from './frameworks.ts';
import { readDatasets, type YearFileMemo } from './datasets.ts';
import { readChangelog, type ChangelogEntry } from './changelog.ts';
import { readBoundaries } from './boundary-files.ts';
import { checkRegister } from './register-checks.ts';
import type { BoundarySet } from '../geo/boundaries.ts';
import { checkInventory, guardSource } from './files.ts';

export interface ValidData {
  site: SiteConfig;
  register: Register;
  frameworks: Map<string, Framework>;
  datasets: Dataset[];
  rows: AssessmentRow[];
  changelog: ChangelogEntry[];
  /** Outlines from boundaries/, each bound to a unit and period (empty without that folder). */
  boundaries: BoundarySet;
}

export interface Validation {
  issues: DataIssue[];
  errorCount: number;
  /** The checked data, present only when there are no errors. */
  data: ValidData | null;
}

/**
 * Check everything in `raw` and return all issues, plus the data when it is clean. The readers see the
 * folder through `guardSource`: only contained, bounded files the contract names. `yearFiles`: rows of
 * year files read before (the build's cache; see YearFileMemo).
 */
export function validateData(raw: DataSource, options: { yearFiles?: YearFileMemo } = {}): Validation {
  const issues = new IssueList();
  checkInventory(raw, issues);
  const source = guardSource(raw, issues);
  const site = readYaml('site.yaml', source.read('site.yaml'), siteSchema, issues);
  const register = readRegister(source, issues);
  const boundaries = readBoundaries(source, register, issues);
  checkRegister(register, boundaries, site, issues);
  const frameworks = readFrameworks(source, issues);
  const { datasets, rows } = readDatasets(source, frameworks, register, issues, options.yearFiles);
  const changelog = readChangelog(source, issues);
  const errorCount = issues.errorCount;
  const data = errorCount === 0 && site ? { site, register, frameworks, datasets, rows, changelog, boundaries } : null;
  return { issues: sortIssues(issues.items), errorCount, data };
}
