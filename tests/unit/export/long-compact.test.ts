/**
 * The long score table at national scale keeps only the key and the value (dataset, year, commune_code,
 * criterion_id, value, max): nothing a journalist loses, because every other column of the full long
 * table comes back by joining the results file of the same year on (dataset, year, commune_code), the
 * province register on province_code and the framework on criterion_id. Proved on the demo data, every
 * dataset-year, against the full table.
 */
import { describe, expect, test } from 'vitest';
import { longTable, resultsTable, tableRecords } from '../../../src/lib/data/export/tables.ts';
import { LONG_COLUMNS } from '../../../src/lib/data/export/columns.ts';
import { loadData } from '../../../src/lib/data/load.ts';

const model = loadData().model!;

describe('the compact long table', () => {
  test('holds only the key and the value', () => {
    const { results } = [...model.datasetYears()][0]!;
    expect(longTable(model, results, true).columns.map((c) => c.name)).toEqual([
      'dataset',
      'year',
      'commune_code',
      'criterion_id',
      'value',
      'max',
    ]);
  });

  test('joined with the results file and the framework, gives back the full long table row for row', () => {
    let rows = 0;
    for (const { results } of model.datasetYears()) {
      const full = tableRecords(longTable(model, results));
      const compact = tableRecords(longTable(model, results, true));
      const byKey = new Map(
        tableRecords(resultsTable(model, results)).map((r) => [`${r.dataset}|${r.year}|${r.commune_code}`, r]),
      );
      expect(compact.length).toBe(full.length);
      const joined = compact.map((row) => {
        const result = byKey.get(`${row.dataset}|${row.year}|${row.commune_code}`)!;
        const framework = model.frameworks.get(String(result.framework))!;
        const criterion = framework.criteria.find((c) => c.id === row.criterion_id)!;
        const names: Record<string, unknown> = {
          ...row,
          framework: result.framework,
          commune_name: result.commune_name,
          district_code: result.district_code,
          district_name: result.district_name,
          province_code: result.province_code,
          province_name: model.register.province(String(result.province_code), `${row.year}-12-31`)?.name ?? null,
          criterion_group: criterion.group ?? null,
          criterion_name_vi: criterion.name.vi,
          criterion_name_en: criterion.name.en,
        };
        return Object.fromEntries(LONG_COLUMNS.map((c) => [c.name, names[c.name]]));
      });
      expect(joined).toEqual(full);
      rows += full.length;
    }
    expect(rows).toBeGreaterThan(0);
  });
});
