/**
 * Template downloads for staff: /du-lieu/mau/<dataset>/<year>.csv (blank: header and the communes of
 * that year) and /du-lieu/mau/<dataset>/<year>-vi-du.csv (a filled, illustrative example), for every
 * year a file can be made for, including the year after the latest. UTF-8 with BOM for Excel.
 */
import { isLargeModel } from '../../../../lib/data/model/scale.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../../../lib/data/load.ts';
import { toExcelCsv } from '../../../../lib/data/export/csv.ts';
import { publishableYears } from '../../../../lib/data/model/publishable.ts';
import { templateTable } from '../../../../lib/data/export/template.ts';
import { inputsOnly } from '../../../../lib/site/paths.ts';

export const getStaticPaths = (() => {
  const model = getModel();
  const latest = model.years().at(-1) ?? 0;
  // A template shows the register, the framework and the release date, no result: keyed on the inputs.
  return inputsOnly(
    model.datasets.flatMap((dataset) =>
      publishableYears(dataset, model.frameworks, latest, isLargeModel(model)).flatMap(({ year, framework }) =>
        [false, true].map((example) => ({
          params: { dataset: dataset.id, name: example ? `${year}-vi-du` : String(year) },
          props: { year, framework: framework.id, example },
        })),
      ),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const model = getModel();
  const { year, framework, example } = props as { year: number; framework: string; example: boolean };
  const table = templateTable(model.register, model.frameworks.get(framework)!, year, example);
  return new Response(toExcelCsv(table.header, table.rows), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
