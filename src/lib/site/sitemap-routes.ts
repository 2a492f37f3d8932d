/**
 * The pages listed in /sitemap.xml, as language-neutral paths ("xa/20122/"); each is listed in Vietnamese
 * and under /en/. The citizen pages are derived from the model with the same functions as their routes.
 * Other parts of the site add theirs by pushing a source to `extraRouteSources` (may be async, e.g. a
 * content collection), or a fixed path to `staticRoutes`.
 */
import { siteIndex } from './lookups.ts';
import { yearProvincePaths } from './paths.ts';
import { storyIndex, storyPaths } from './stories.ts';

/** Fixed sections owned by other parts of the site (map, data, stories, checker, data guide). */
export const staticRoutes: string[] = [
  '',
  'ban-do/',
  'du-lieu/',
  'cau-chuyen/',
  'kiem-tra-du-lieu/',
  'huong-dan-du-lieu/',
  'phuong-phap/',
  'tim-kiem/',
];

/**
 * Sources of further routes, appended by their owners. Stories (content collection: index, author
 * guide, each story and the filter pages) are registered here so the sitemap sees them whatever order
 * the pages load in.
 */
export const extraRouteSources: Array<() => string[] | Promise<string[]>> = [
  async () => storyPaths(await storyIndex()),
];

/** Commune, district, year and dataset pages, from the model. */
export function modelRoutes(): string[] {
  const { model, districtCodes } = siteIndex();
  return [
    ...model.register.communeCodeList().map((c) => `xa/${c}/`),
    ...districtCodes.map((c) => `huyen/${c}/`),
    ...model.years().map((y) => `nam/${y}/`),
    ...yearProvincePaths().map(({ params }) => `nam/${params.year}/${params.province}/`),
    ...model.datasets.map((d) => `bo-du-lieu/${d.id}/`),
  ];
}

/** Every neutral path, deduplicated, in a stable order. */
export async function allRoutes(): Promise<string[]> {
  const extra = (await Promise.all(extraRouteSources.map((s) => s()))).flat();
  return [...new Set([...staticRoutes, ...modelRoutes(), ...extra])];
}
