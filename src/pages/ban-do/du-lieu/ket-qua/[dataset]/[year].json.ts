/** The map's results for one dataset-year (language-neutral): code → [class index, total]. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../../../../lib/data/load.ts';
import { mapResults } from '../../../../../lib/site/map-data.ts';
import { datasetYearKey } from '../../../../../lib/site/cache-keys.ts';

export const getStaticPaths = (() =>
  getModel()
    .datasetYears()
    .map((d) => ({
      params: { dataset: d.dataset.id, year: String(d.year) },
      cacheKey: datasetYearKey(d.dataset.id, d.year),
    }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(mapResults(getModel(), params.dataset!, Number(params.year))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
