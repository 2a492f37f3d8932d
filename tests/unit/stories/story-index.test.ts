/** Story lookups: which stories a commune, district, criterion or year page lists, and the language shown. */
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/lib/data/load.ts';
import { StoryIndex, filterUrl, slugOf, type StoryMeta } from '../../../src/lib/site/stories.ts';

const model = loadData().model!;
// A commune that lived through a district change or a merger is the interesting case; take one unit per district.
const units = model.register.communes.filter((c) => c.districtCode !== null && c.from === '2015-01-01');
const a = units[0]!;
const b = units.find((u) => u.districtCode !== a.districtCode)!;
const [fwId, fw] = [...model.frameworks.entries()][0]!;

const meta = (over: Partial<StoryMeta>): StoryMeta => ({
  id: 'x',
  lang: 'vi',
  title: 'Tiêu đề',
  summary: 'Tóm tắt',
  date: new Date('2019-01-01'),
  communes: [],
  criteria: [],
  year: 2018,
  tags: [],
  author: 'A',
  illustrative: true,
  ...over,
});

const metas = [
  meta({
    id: 'mot',
    communes: [a.code],
    criteria: [`${fwId}:${fw.criteria[0]!.id}`],
    year: 2017,
    date: new Date('2019-02-01'),
  }),
  meta({ id: 'mot.en', lang: 'en', title: 'Title', communes: [a.code], year: 2017, date: new Date('2019-02-01') }),
  meta({
    id: 'hai',
    communes: [b.code],
    criteria: [{ framework: fwId, id: fw.criteria[1]!.id }],
    year: 2018,
    date: new Date('2020-01-01'),
  }),
];
const index = new StoryIndex(metas, model);

describe('StoryIndex', () => {
  it('joins the Vietnamese and English files of one story under one slug, newest first', () => {
    expect(index.stories.map((s) => s.slug)).toEqual(['hai', 'mot']);
    expect(Object.keys(index.bySlug('mot')!.versions).sort()).toEqual(['en', 'vi']);
  });

  it('shows the page language when written, else the other language', () => {
    expect(index.pick(index.bySlug('mot')!, 'en').title).toBe('Title');
    expect(index.pick(index.bySlug('hai')!, 'en').lang).toBe('vi');
  });

  it('finds stories by commune, by the district the commune was in, by criterion and by year', () => {
    expect(index.forCommune(a.code).map((s) => s.slug)).toEqual(['mot']);
    expect(index.forDistrict(a.districtCode!).map((s) => s.slug)).toContain('mot');
    expect(index.forDistrict(b.districtCode!).map((s) => s.slug)).toContain('hai');
    expect(index.forCriterion({ framework: fwId, id: fw.criteria[1]!.id }).map((s) => s.slug)).toEqual(['hai']);
    expect(index.forYear(2017).map((s) => s.slug)).toEqual(['mot']);
    expect(index.years()).toEqual([2018, 2017]);
  });

  it('names a commune as it was in the story year', () => {
    expect(index.unitName(a.code, 2017)).toBe(model.register.commune(a.code, '2017-12-31')!.name);
  });

  it('links each filter page in both languages, from the route table', () => {
    expect(filterUrl({ kind: 'district', code: a.districtCode! }, 'vi')).toBe(`/cau-chuyen/huyen/${a.districtCode}/`);
    expect(filterUrl({ kind: 'criterion', ref: { framework: fwId, id: 'tc01' } }, 'en')).toBe(
      `/en/cau-chuyen/tieu-chi/${fwId}/tc01/`,
    );
    expect(filterUrl({ kind: 'year', year: 2018 }, 'en')).toBe('/en/cau-chuyen/nam/2018/');
  });
});

describe('slugOf', () => {
  it('refuses a file whose name disagrees with its lang field, naming the file', () => {
    expect(() => slugOf({ id: 'bai', lang: 'en' })).toThrow(/src\/content\/stories\/bai\.mdx/);
    expect(() => slugOf({ id: 'bai.en', lang: 'vi' })).toThrow(/lang/);
    expect(slugOf({ id: 'bai.en', lang: 'en' })).toBe('bai');
  });
});
