/**
 * Read every dataset (datasets/<id>/dataset.yaml) and its year files, choosing for each year the
 * framework the dataset declares, and check each file.
 */
import type { AssessmentRow, Dataset, Framework } from '../types.ts';
import type { DataSource } from '../read/source.ts';
import type { Register } from '../model/register.ts';
import { frameworkCovers, frameworkIdFor } from '../model/frameworks.ts';
import type { IssueList } from './issues.ts';
import { datasetSchema, readYaml } from './schemas.ts';
import { readYearFile } from './yearfile.ts';
import { yearFiles } from './folder.ts';

/** Read one dataset folder's description; null when it is missing or invalid. */
export function readDatasetMeta(source: DataSource, id: string, frameworks: Map<string, Framework>, issues: IssueList): Dataset | null {
  const file = `datasets/${id}/dataset.yaml`;
  const raw = readYaml(file, source.read(file), datasetSchema, issues);
  if (!raw) return null;
  let ok = true;
  raw.frameworks.forEach((span, i) => {
    const framework = frameworks.get(span.framework);
    if (!framework) {
      issues.add('framework-unknown', { file, column: `frameworks.${i}.framework` }, { id: span.framework });
      ok = false;
    } else if (!frameworkCovers(framework, span.from) || (span.to !== null && !frameworkCovers(framework, span.to))) {
      issues.add('framework-years', { file, column: `frameworks.${i}` }, { id: span.framework, year: frameworkCovers(framework, span.from) ? span.to! : span.from });
      ok = false;
    }
  });
  return ok ? { id, ...raw, years: [] } : null;
}

/** A year file as the memo sees it: where it is, what it is, its bytes (as the reading guard gave them). */
export interface YearFileKey {
  dataset: string;
  year: number;
  file: string;
  format: string;
  bytes: Uint8Array;
}

/**
 * Rows of year files read before, for a build that reads the same files again (the Node build keeps them
 * in its cache: src/lib/data/rows-cache.ts). Only a file read with no issue at all is remembered, so a
 * remembered file adds exactly what reading it would: its rows and nothing to the report. The memo's
 * owner keys it on everything else reading depends on (the other data files, the code).
 */
export interface YearFileMemo {
  get(key: YearFileKey): AssessmentRow[] | undefined;
  set(key: YearFileKey, rows: AssessmentRow[]): void;
}

/** Read all datasets and the rows of their year files (from `memo` when it has read the same file). */
export function readDatasets(
  source: DataSource,
  frameworks: Map<string, Framework>,
  register: Register,
  issues: IssueList,
  memo?: YearFileMemo,
): { datasets: Dataset[]; rows: AssessmentRow[] } {
  const datasets: Dataset[] = [];
  const rows: AssessmentRow[] = [];
  for (const id of source.list('datasets')) {
    if (source.list(`datasets/${id}`).length === 0) continue;
    const dataset = readDatasetMeta(source, id, frameworks, issues);
    if (!dataset) continue;
    for (const { year, file, format } of yearFiles(source, id, issues)) {
      const frameworkId = frameworkIdFor(dataset, year);
      const framework = frameworkId ? frameworks.get(frameworkId) : undefined;
      if (!framework) {
        const spans = dataset.frameworks.map((s) => `${s.framework}: ${s.from}–${s.to ?? '…'}`).join('; ');
        issues.add('year-outside-framework', { file }, { year, spans });
        continue;
      }
      dataset.years.push(year);
      // A loop, not push(...spread): a spread of 130,000 rows overflows the call stack.
      const input = { dataset: id, year, file, bytes: source.read(file), format, framework, frameworks, spans: dataset.frameworks };
      const key = memo && input.bytes ? { dataset: id, year, file, format, bytes: input.bytes } : null;
      let read = key ? memo!.get(key) : undefined;
      if (!read) {
        const before = issues.recordedCount;
        read = readYearFile(input, register, issues);
        if (key && issues.recordedCount === before) memo!.set(key, read);
      }
      for (const row of read) rows.push(row);
    }
    dataset.years.sort((a, b) => a - b);
    datasets.push(dataset);
  }
  return { datasets, rows };
}
