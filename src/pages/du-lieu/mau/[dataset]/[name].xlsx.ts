/**
 * Excel templates for staff, beside the CSV ones: /du-lieu/mau/<dataset>/<year>.xlsx (the communes of
 * that year prefilled and locked, criterion cells validated, instructions sheet) and <year>-vi-du.xlsx
 * (the same, filled with the illustrative example). Built by lib/data/export/template-xlsx.ts.
 */
import type { APIRoute } from 'astro';
import { getModel } from '../../../../lib/data/load.ts';
import { releaseDate } from '../../../../lib/data/export/meta.ts';
import { templateWorkbook } from '../../../../lib/data/export/template-xlsx.ts';
export { getStaticPaths } from './[name].csv.ts';

export const GET: APIRoute = ({ props, params }) => {
  const model = getModel();
  const { year, framework, example } = props as { year: number; framework: string; example: boolean };
  const bytes = templateWorkbook(
    model.register,
    model.frameworks.get(framework)!,
    String(params.dataset),
    year,
    example,
    releaseDate(model),
  );
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
};
