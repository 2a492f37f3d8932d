/**
 * Communes as GeoJSON for GIS users: one feature per unit period (a code reused by a later unit gives a
 * second feature), with the unit's validity and its latest result in each dataset as flat properties that
 * every GIS tool can show. A unit with outlines in the data gets one MultiPolygon feature per outline (as
 * validated, not simplified, with the outline's own period, source and licence); otherwise a Point at its
 * centre, or a null geometry without coordinates.
 */
import type { SiteModel } from '../model/index.ts';
import { cmp } from './tables.ts';
import type { Shape } from '../geo/types.ts';

type Props = Record<string, string | number | null>;

export interface CommuneFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | { type: 'MultiPolygon'; coordinates: Shape } | null;
  properties: Props;
}

/** The latest result of a unit in every dataset, as `<dataset>__year`, `__total`, `__class_id`… properties. */
function latestResults(model: SiteModel, key: string): Props {
  const props: Props = {};
  for (const dataset of model.datasets) {
    const latest = model.resultsOfUnit(key).filter((r) => r.dataset === dataset.id).at(-1);
    const framework = latest ? model.frameworks.get(latest.framework)! : null;
    const cls = latest ? framework!.classes.find((c) => c.id === latest.classId)! : null;
    const p = `${dataset.id}__`;
    props[`${p}year`] = latest?.year ?? null;
    props[`${p}framework`] = latest?.framework ?? null;
    props[`${p}total`] = latest?.total ?? null;
    props[`${p}total_max`] = framework?.totalMax ?? null;
    props[`${p}class_id`] = cls?.id ?? null;
    props[`${p}class_name_vi`] = cls?.name.vi ?? null;
    props[`${p}class_name_en`] = cls?.name.en ?? null;
  }
  return props;
}

const NO_OUTLINE: Props = { outline_valid_from: null, outline_valid_to: null, outline_source: null, outline_licence: null };

/** The FeatureCollection of every unit in the register, by code then start date. */
export function communesGeoJson(model: SiteModel): { type: 'FeatureCollection'; features: CommuneFeature[] } {
  const units = [...model.register.communes].sort((a, b) => cmp(a.code, b.code) || cmp(a.from, b.from));
  const features: CommuneFeature[] = [];
  for (const u of units) {
    const properties: Props = {
      code: u.code,
      name: u.name,
      type: u.type,
      district_code: u.districtCode,
      province_code: u.provinceCode,
      valid_from: u.from,
      valid_to: u.to,
      successors: u.successorCodes.join(';'),
      ...latestResults(model, u.key),
    };
    const outlines = model.boundaries.shapesOfUnit(u.key);
    if (outlines.length === 0) {
      const geometry = u.lat !== null && u.lon !== null ? { type: 'Point' as const, coordinates: [u.lon, u.lat] as [number, number] } : null;
      features.push({ type: 'Feature', id: u.key, geometry, properties: { ...properties, ...NO_OUTLINE } });
      continue;
    }
    outlines.forEach((o, i) => {
      const source = model.boundaries.sourceOf(o.file);
      features.push({
        type: 'Feature',
        id: outlines.length === 1 ? u.key : `${u.key}#${i + 1}`,
        geometry: { type: 'MultiPolygon', coordinates: o.shape },
        properties: {
          ...properties,
          outline_valid_from: o.from,
          outline_valid_to: o.to,
          outline_source: source?.url ?? null,
          outline_licence: source?.licence.id ?? null,
        },
      });
    });
  }
  return { type: 'FeatureCollection', features };
}
