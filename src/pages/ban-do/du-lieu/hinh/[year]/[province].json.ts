/**
 * Outlines of one province's units for a national-scale map (language-neutral), loaded by the map only
 * when the visitor zooms in over that province. Empty unless the units file is large (LAZY_POLYGON_UNITS).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../../../../lib/data/load.ts';
import { mapShapes, shapeProvinces, unitFileYears } from '../../../../../lib/site/map-data.ts';
import { inputsKey } from '../../../../../lib/site/cache-keys.ts';

export const getStaticPaths = (() => {
  const model = getModel();
  return [...new Set(unitFileYears(model).values())].flatMap((year) =>
    shapeProvinces(model, year).map((province) => ({
      params: { year: String(year), province },
      cacheKey: inputsKey(),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(mapShapes(getModel(), Number(params.year), params.province!)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
