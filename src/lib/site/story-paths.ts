/**
 * getStaticPaths sources for the story routes (shared by the Vietnamese and English pages) and the
 * labels of filter values. Filter pages are static so the index filters work with JavaScript off.
 * (A build-time view rule: it moved here from src/components/stories/routes.ts.)
 */
import { getModel } from '../data/load.ts';
import { tr, type Lang } from './i18n/index.ts';
import { storyIndex, criterionKey, filterUrl, type StoryFilter } from './stories.ts';
import type { CriterionRef } from './story-rules.ts';
import { siteKey } from './cache-keys.ts';

export { filterUrl, type StoryFilter };

export async function slugPaths() {
  return (await storyIndex()).stories.map((s) => ({ params: { slug: s.slug }, cacheKey: siteKey() }));
}

export async function districtPaths() {
  return (await storyIndex()).districtCodes().map((code) => ({
    params: { code },
    props: { filter: { kind: 'district', code } as StoryFilter },
    cacheKey: siteKey(),
  }));
}

export async function criterionPaths() {
  return (await storyIndex()).criteria().map((ref) => ({
    params: { framework: ref.framework, id: ref.id },
    props: { filter: { kind: 'criterion', ref } as StoryFilter },
    cacheKey: siteKey(),
  }));
}

export async function yearPaths() {
  return (await storyIndex()).years().map((year) => ({
    params: { year: String(year) },
    props: { filter: { kind: 'year', year } as StoryFilter },
    cacheKey: siteKey(),
  }));
}

export const districtName = (code: string): string => getModel().register.districtsWithCode(code).at(-1)?.name ?? code;

/** "TT 44/2014 · 8. Kết quả học tập thường xuyên…" */
export function criterionName(ref: CriterionRef, lang: Lang): string {
  const f = getModel().frameworks.get(ref.framework);
  const c = f?.criteria.find((x) => x.id === ref.id);
  return f && c ? `${tr(f.short, lang)} · ${tr(c.name, lang)}` : criterionKey(ref);
}

export function filterLabel(filter: StoryFilter, lang: Lang): string {
  if (filter.kind === 'district') return districtName(filter.code);
  if (filter.kind === 'criterion') return criterionName(filter.ref, lang);
  return String(filter.year);
}
