/**
 * Lookups over the good-practice stories: by commune code, district, criterion and year, built once per
 * build. A story may exist in Vietnamese (`<slug>.mdx`) and English (`<slug>.en.mdx`); both versions share
 * one slug and one URL under / and /en/. The class is pure (unit-tested); `storyIndex()` feeds it from the
 * content collection.
 */
import type { SiteModel } from '../data/model/index.ts';
import { compareVi } from '../data/text.ts';
import { validInYear } from '../data/model/periods.ts';
import { otherLang, type Lang } from './i18n/locales.ts';
import { parseCriterion, type CriterionRef } from './story-rules.ts';
import { urls } from './urls.ts';

export interface StoryMeta {
  /** Collection entry id = file path without .mdx, e.g. "hoi-nghi-huong-thuy-2019.en". */
  id: string;
  lang: Lang;
  title: string;
  summary: string;
  date: Date;
  communes: string[];
  criteria: (string | CriterionRef)[];
  year: number;
  tags: string[];
  author: string;
  illustrative: boolean;
}

/** One story in all its languages, with what it is about resolved against the model. */
export interface Story {
  slug: string;
  versions: Partial<Record<Lang, StoryMeta>>;
  year: number;
  date: Date;
  communes: string[];
  criteria: CriterionRef[];
  /** District codes of the story's communes in the story's year (all periods when none then). */
  districts: string[];
}

export const criterionKey = (c: CriterionRef): string => `${c.framework}:${c.id}`;

/** The slug of an entry id, and a check that the file name agrees with the `lang` field. */
export function slugOf(meta: Pick<StoryMeta, 'id' | 'lang'>): string {
  const english = meta.id.endsWith('.en');
  if (english !== (meta.lang === 'en')) {
    throw new Error(
      `src/content/stories/${meta.id}.mdx: lang "${meta.lang}" không khớp tên tệp — bài tiếng Anh đặt tên ` +
        `<slug>.en.mdx, bài tiếng Việt <slug>.mdx. / lang does not match the file name (<slug>.en.mdx for English).`,
    );
  }
  return meta.id.replace(/\.en$/, '');
}

export class StoryIndex {
  readonly stories: Story[];
  private readonly model: SiteModel;

  constructor(metas: readonly StoryMeta[], model: SiteModel) {
    this.model = model;
    const bySlug = new Map<string, Story>();
    for (const meta of metas) {
      const slug = slugOf(meta);
      const story = bySlug.get(slug) ?? {
        slug,
        versions: {},
        year: meta.year,
        date: meta.date,
        communes: [],
        criteria: [],
        districts: [],
      };
      story.versions[meta.lang] = meta;
      if (meta.lang === 'vi' || !story.versions.vi) Object.assign(story, { year: meta.year, date: meta.date });
      story.communes = [...new Set([...story.communes, ...meta.communes])];
      const refs = meta.criteria.map(parseCriterion).filter((c): c is CriterionRef => c !== null);
      const known = new Set(story.criteria.map(criterionKey));
      story.criteria.push(...refs.filter((c) => !known.has(criterionKey(c))));
      bySlug.set(slug, story);
    }
    for (const story of bySlug.values()) story.districts = this.districtsOf(story);
    this.stories = [...bySlug.values()].sort(
      (a, b) => b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug),
    );
  }

  private districtsOf(story: Story): string[] {
    const out = new Set<string>();
    for (const code of story.communes) {
      const units = this.model.register.communesWithCode(code);
      const inYear = units.filter((u) => validInYear(u, story.year));
      for (const u of inYear.some((u) => u.districtCode) ? inYear : units) if (u.districtCode) out.add(u.districtCode);
    }
    return [...out].sort();
  }

  /** The name `code` bore at the end of `year` (the latest name when it named no unit then). */
  unitName(code: string, year: number): string {
    const reg = this.model.register;
    return (reg.commune(code, `${year}-12-31`) ?? reg.communesWithCode(code).at(-1))?.name ?? code;
  }

  bySlug(slug: string): Story | undefined {
    return this.stories.find((s) => s.slug === slug);
  }

  /** The version to show on a page in `lang`: that language if written, else the other one. */
  pick(story: Story, lang: Lang): StoryMeta {
    return story.versions[lang] ?? story.versions[otherLang(lang)]!;
  }

  forCommune(code: string): Story[] {
    return this.stories.filter((s) => s.communes.includes(code));
  }

  forDistrict(code: string): Story[] {
    return this.stories.filter((s) => s.districts.includes(code));
  }

  forCriterion(ref: CriterionRef): Story[] {
    return this.stories.filter((s) => s.criteria.some((c) => criterionKey(c) === criterionKey(ref)));
  }

  forYear(year: number): Story[] {
    return this.stories.filter((s) => s.year === year);
  }

  /** District codes that have stories, sorted by district name the Vietnamese way. */
  districtCodes(): string[] {
    const name = (code: string) => this.model.register.districtsWithCode(code).at(-1)?.name ?? code;
    return [...new Set(this.stories.flatMap((s) => s.districts))].sort((a, b) => compareVi(name(a), name(b)));
  }

  /** Criteria that have stories, in framework then criterion order. */
  criteria(): CriterionRef[] {
    const keys = new Set(this.stories.flatMap((s) => s.criteria.map(criterionKey)));
    return [...keys].sort().map((k) => parseCriterion(k)!);
  }

  /** Years that have stories, newest first. */
  years(): number[] {
    return [...new Set(this.stories.map((s) => s.year))].sort((a, b) => b - a);
  }
}

export type StoryFilter =
  { kind: 'district'; code: string } | { kind: 'criterion'; ref: CriterionRef } | { kind: 'year'; year: number };

/** The URL of a static filter page of the stories index, in `lang`. */
export function filterUrl(filter: StoryFilter, lang: Lang): string {
  if (filter.kind === 'district') return urls.storiesOfDistrict(filter.code, lang);
  if (filter.kind === 'criterion') return urls.storiesOfCriterion(filter.ref.framework, filter.ref.id, lang);
  return urls.storiesOfYear(filter.year, lang);
}

// Per model, so the index goes with its model when releaseData() lets the model go.
const indexes = new WeakMap<SiteModel, Promise<StoryIndex>>();

/** The index of the `stories` collection, built once per build (Astro only). */
export async function storyIndex(): Promise<StoryIndex> {
  const { getModel } = await import('../data/load.ts');
  const model = getModel();
  let index = indexes.get(model);
  if (!index) {
    index = (async () => {
      const { getCollection } = await import('astro:content');
      const entries = await getCollection('stories');
      return new StoryIndex(
        entries.map((e) => ({ id: e.id, ...e.data }) as StoryMeta),
        model,
      );
    })();
    indexes.set(model, index);
  }
  return index;
}
