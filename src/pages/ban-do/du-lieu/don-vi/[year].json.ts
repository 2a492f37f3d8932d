/**
 * The map's units for a set of years (language-neutral): the units valid on 31/12, as points or
 * simplified polygons. One file per distinct set of units, named by the first year that has it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../../../lib/data/load.ts';
import { mapUnits, unitFileYears } from '../../../../lib/site/map-data.ts';
import { inputsKey } from '../../../../lib/site/cache-keys.ts';

export const getStaticPaths = (() => {
  return [...new Set(unitFileYears(getModel()).values())].map((year) => ({
    params: { year: String(year) },
    cacheKey: inputsKey(),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(mapUnits(getModel(), Number(params.year))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
