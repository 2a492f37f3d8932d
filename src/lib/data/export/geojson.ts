/**
 * Communes as GeoJSON for GIS users: one Point feature per unit period (a code reused by a later unit
 * gives a second feature), with the unit's validity and its latest result in each dataset as flat
 * properties that every GIS tool can show. Units without coordinates get a null geometry.
 */
import type { SiteModel } from '../model/index.ts';
import { cmp } from './tables.ts';

type Props = Record<string, string | number | null>;

export interface CommuneFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
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

/** The FeatureCollection of every unit in the register, by code then start date. */
export function communesGeoJson(model: SiteModel): { type: 'FeatureCollection'; features: CommuneFeature[] } {
  const units = [...model.register.communes].sort((a, b) => cmp(a.code, b.code) || cmp(a.from, b.from));
  const features = units.map((u): CommuneFeature => ({
    type: 'Feature',
    id: u.key,
    geometry: u.lat !== null && u.lon !== null ? { type: 'Point', coordinates: [u.lon, u.lat] } : null,
    properties: {
      code: u.code,
      name: u.name,
      type: u.type,
      district_code: u.districtCode,
      province_code: u.provinceCode,
      valid_from: u.from,
      valid_to: u.to,
      successors: u.successorCodes.join(';'),
      ...latestResults(model, u.key),
    },
  }));
  return { type: 'FeatureCollection', features };
}
