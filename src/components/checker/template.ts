/**
 * The template files staff fill in: for a dataset-year, the header the contract asks for (from
 * yearFileColumns) and one row per commune valid on 31 December of that year. The blank template leaves
 * the scores empty; the example fills them with deterministic illustrative values (labelled "minh họa")
 * whose total and result are computed by the framework, so the example passes the checker as is.
 */
import type { Framework } from '../../lib/data/types.ts';
import type { Register } from '../../lib/data/model/register.ts';
import type { Cell } from '../../lib/data/export/csv.ts';
import { yearFileColumns } from '../../lib/data/contract.ts';
import { referenceDate } from '../../lib/data/model/periods.ts';
import { classify, computeTotal, roundScore } from '../../lib/data/model/frameworks.ts';

export interface TemplateTable {
  header: string[];
  rows: Cell[][];
}

export const EXAMPLE_NOTE = 'Ví dụ minh họa, không phải số liệu thật / illustrative example, not real figures';

/** A number in [0, 1) from a text, the same on every build (FNV-1a). */
function unit(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h / 2 ** 32;
}

/** An illustrative score for one criterion: points in the upper half of the range, or a target level. */
function exampleScore(framework: Framework, c: Framework['criteria'][number], seed: string): number {
  const u = unit(`${seed}|${c.id}`);
  if (framework.kind === 'targets') return u < 0.1 ? 0 : c.max >= 2 && u > 0.55 ? 2 : 1;
  return roundScore(Math.round((c.max * (0.45 + 0.55 * u)) / c.step) * c.step);
}

/** The template for a year under `framework`; `example` fills in illustrative scores. */
export function templateTable(register: Register, framework: Framework, year: number, example: boolean): TemplateTable {
  const header = yearFileColumns(framework).map((c) => c.name);
  const rows = register.communesOn(referenceDate(year)).map((unitRow) => {
    const scores: Record<string, number> = {};
    if (example)
      for (const c of framework.criteria) scores[c.id] = exampleScore(framework, c, `${year}|${unitRow.code}`);
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
