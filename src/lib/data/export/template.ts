/**
 * The template files staff fill in: for a dataset-year, the header the contract asks for (from
 * yearFileColumns) and one row per commune valid on 31 December of that year. The blank template leaves
 * the scores empty; the example fills them with illustrative values from the one score generator (labelled "minh họa")
 * whose total and result are computed by the framework, so the example passes the checker as is.
 */
import type { Framework } from '../types.ts';
import type { Register } from '../model/register.ts';
import type { Cell } from './csv.ts';
import { yearFileColumns } from '../contract.ts';
import { referenceDate } from '../model/periods.ts';
import { classify, computeTotal } from '../model/frameworks.ts';
import { keyedRandom } from '../illustrative/random.ts';
import { illustrativeScores } from '../illustrative/scores.ts';

export interface TemplateTable {
  header: string[];
  rows: Cell[][];
}

export const EXAMPLE_NOTE = 'Ví dụ minh họa, không phải số liệu thật / illustrative example, not real figures';

/** The template for a year under `framework`; `example` fills in illustrative scores. */
export function templateTable(register: Register, framework: Framework, year: number, example: boolean): TemplateTable {
  const header = yearFileColumns(framework).map((c) => c.name);
  const rows = register.communesOn(referenceDate(year)).map((unitRow) => {
    // An average commune's illustrative scores, from the same generator as the demo data.
    const scores = example ? illustrativeScores(framework, 0, keyedRandom('template', year, unitRow.code)) : {};
    const total = example ? computeTotal(framework, scores) : null;
    const values: Record<string, Cell> = {
      commune_code: unitRow.code,
      commune_name: unitRow.name,
      ...scores,
      total,
      result: example ? classify(framework, scores, total!).name.vi : '',
      note: example ? EXAMPLE_NOTE : '',
    };
    return header.map((name) => values[name] ?? '');
  });
  return { header, rows };
}
