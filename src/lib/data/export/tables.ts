/**
 * Turn the model into the tables that are published: the wide year file as published, the long (tidy)
 * scores, the results, and the unit register. Each table carries its column specs, so the CSV, the JSON,
 * the table schema and the data dictionary all come from one place. Rows are in a fixed order
 * (dataset, year, commune code, criterion order) so the same data always gives the same bytes.
 */
import { yearFileColumns, type ColumnSpec } from '../contract.ts';
import type { Framework, Result } from '../types.ts';
import type { SiteModel } from '../model/index.ts';
import { referenceDate } from '../model/periods.ts';
import type { Cell } from './csv.ts';
import { LONG_COLUMNS, LONG_COMPACT_COLUMNS, RESULT_COLUMNS, REGISTER_COLUMNS, DISTRICT_REGISTER_COLUMNS, PROVINCE_REGISTER_COLUMNS } from './columns.ts';

export interface Table {
  columns: readonly ColumnSpec[];
  rows: Cell[][];
}

/** Plain code-point order: the same on every machine, whatever its locale. */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const byCode = (a: Result, b: Result): number =>
  cmp(a.dataset, b.dataset) || a.year - b.year || cmp(a.code, b.code) || cmp(a.unitKey, b.unitKey);

/** The year file as published: the validated values in the framework's column order, file row order. */
export function wideTable(framework: Framework, results: readonly Result[]): Table {
  const rows = [...results]
    .sort((a, b) => a.sourceRow - b.sourceRow)
    .map((r): Cell[] => [
      r.code,
      r.nameInFile,
      ...framework.criteria.map((c) => r.scores[c.id] ?? null),
      r.declaredTotal,
      r.declaredResult,
      r.decisionNumber,
      r.decisionDate,
      r.note,
      r.source,
    ]);
  return { columns: yearFileColumns(framework), rows };
}

/** Names of a result's commune, district and province as they stood on 31 December of its year. */
function unitNames(model: SiteModel, r: Result): { commune: string; district: string; province: string } {
  const date = referenceDate(r.year);
  const reg = model.register;
  return {
    commune: reg.communeByKey(r.unitKey)?.name ?? '',
    district: r.districtCode === null ? '' : (reg.district(r.districtCode, date)?.name ?? ''),
    province: reg.province(r.provinceCode, date)?.name ?? '',
  };
}

/**
 * Every score as its own row (dataset, year, commune, criterion, value, max), with the names of the commune,
 * its district and province and the criterion; `compact` (national scale): the key and value only
 * (LONG_COMPACT_COLUMNS), the rest joins from the results file and the framework.
 */
export function longTable(model: SiteModel, results: readonly Result[], compact = false): Table {
  const rows: Cell[][] = [];
  for (const r of [...results].sort(byCode)) {
    if (!r.criteriaPublished) continue; // only the total and result were published: no scores to list
    const framework = model.frameworks.get(r.framework)!;
    if (compact) {
      for (const c of framework.criteria) rows.push([r.dataset, r.year, r.code, c.id, r.scores[c.id] ?? null, c.max]);
      continue;
    }
    const names = unitNames(model, r);
    for (const c of framework.criteria) {
      rows.push([
        r.dataset, r.year, r.framework,
        r.code, names.commune, r.districtCode ?? '', names.district, r.provinceCode, names.province,
        c.id, c.group ?? '', c.name.vi, c.name.en, r.scores[c.id] ?? null, c.max,
      ]);
    }
  }
  return { columns: compact ? LONG_COMPACT_COLUMNS : LONG_COLUMNS, rows };
}

/** One row per commune-year: computed total, class and ranks, with the decision and note. */
export function resultsTable(model: SiteModel, results: readonly Result[]): Table {
  const rows = [...results].sort(byCode).map((r): Cell[] => {
    const framework = model.frameworks.get(r.framework)!;
    const cls = framework.classes.find((c) => c.id === r.classId)!;
    const names = unitNames(model, r);
    return [
      r.dataset, r.year, r.framework,
      r.code, names.commune, r.districtCode ?? '', names.district, r.provinceCode,
      r.total, framework.totalMax, r.classId, cls.name.vi, cls.name.en,
      r.rankDistrict, r.rankProvince, r.decisionNumber, r.decisionDate, r.note,
      r.criteriaPublished ? 1 : 0, r.source,
    ];
  });
  return { columns: RESULT_COLUMNS, rows };
}

/** The commune register with its history, one row per unit period, by code then start date. */
export function communeRegisterTable(model: SiteModel): Table {
  const rows = [...model.register.communes]
    .sort((a, b) => cmp(a.code, b.code) || cmp(a.from, b.from))
    .map((u): Cell[] => [
      u.code, u.name, u.type, u.districtCode ?? '', u.provinceCode, u.from, u.to ?? '',
      u.successorCodes.join(';'), u.lat, u.lon, u.note,
    ]);
  return { columns: REGISTER_COLUMNS, rows };
}

/** The district register with its history. */
export function districtRegisterTable(model: SiteModel): Table {
  const rows = [...model.register.districts]
    .sort((a, b) => cmp(a.code, b.code) || cmp(a.from, b.from))
    .map((u): Cell[] => [u.code, u.name, u.type, u.provinceCode, u.from, u.to ?? '', u.successorCodes.join(';'), u.note]);
  return { columns: DISTRICT_REGISTER_COLUMNS, rows };
}

/** The province register with its history. */
export function provinceRegisterTable(model: SiteModel): Table {
  const rows = [...model.register.provinces]
    .sort((a, b) => cmp(a.code, b.code) || cmp(a.from, b.from))
    .map((u): Cell[] => [u.code, u.name, u.type, u.from, u.to ?? '', u.note]);
  return { columns: PROVINCE_REGISTER_COLUMNS, rows };
}

/**
 * A table as JSON records: one object per row keyed by column name; numbers stay numbers, empty cells
 * become null, so a program reading the JSON gets the same values as the CSV.
 */
export function tableRecords(table: Table): Record<string, string | number | null>[] {
  return table.rows.map((row) => {
    const record: Record<string, string | number | null> = {};
    table.columns.forEach((c, i) => {
      const v = row[i];
      record[c.name] = v === undefined || v === null || v === '' ? null : v;
    });
    return record;
  });
}
