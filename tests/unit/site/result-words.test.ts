/**
 * Results in plain words (issue 15.3), on the demo data: a recognition level reads as a level with what
 * the next one needs, a points result gives its class before its score, frameworks that do not rank are
 * compared by counts per class, and every word comes from the framework's data, never from its id.
 */
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/lib/data/load.ts';
import type { Framework, Result } from '../../../src/lib/data/types.ts';
import { headlineText, nextLevelText, standing } from '../../../src/lib/site/result-words.ts';
import { compareLine, criteriaLine } from '../../../src/lib/site/result-summary.ts';
import { nameInSentence, typeWord } from '../../../src/lib/site/unit-names.ts';

const model = loadData('data').model!;
const fw = (r: Result) => model.frameworks.get(r.framework)!;
const targets = model.results.filter((r) => fw(r).kind === 'targets' && r.criteriaPublished);
const points = model.results.filter((r) => fw(r).kind === 'points' && fw(r).ranking && r.criteriaPublished);

describe('recognition results (targets, no ranking)', () => {
  it('has level-1 and level-2 results in the demo data to test', () => {
    expect(targets.some((r) => standing(r, fw(r)).basic)).toBe(true);
    expect(targets.some((r) => standing(r, fw(r)).top)).toBe(true);
  });

  it('says level 1 is the basic level and level 2 is higher', () => {
    const r = targets.find((x) => standing(x, fw(x)).basic)!;
    expect(headlineText(r, fw(r), 'vi')).toBe('Đạt mức độ 1 — mức cơ bản (mức độ 2 cao hơn)');
    expect(headlineText(r, fw(r), 'en')).toBe('Recognised at level 1 — the basic level (level 2 is higher)');
  });

  it('counts in one sentence the level-2 targets reached, agreeing with the scores', () => {
    for (const r of targets.filter((x) => standing(x, fw(x)).basic)) {
      const f = fw(r);
      const two = f.criteria.filter((c) => c.max >= 2);
      const met = two.filter((c) => r.scores[c.id] === 2).length;
      expect(nextLevelText(r, f, 'vi')).toBe(
        `${met} trong ${two.length} chỉ tiêu có mức 2 đã đạt mức 2; để được công nhận mức độ 2 cần đạt cả ${two.length}.`,
      );
      expect(nextLevelText(r, f, 'en')).toMatch(
        new RegExp(`^${met} of the ${two.length} targets that have a level 2 ha(s|ve) reached it;`),
      );
      // The sentence never reads as a perfect score.
      expect(nextLevelText(r, f, 'vi')).not.toContain(`${f.totalMax}/${f.totalMax}`);
    }
  });

  it('names the targets short of the next level in the summary', () => {
    const r = targets.find((x) => standing(x, fw(x)).basic)!;
    const f = fw(r);
    const short = f.criteria.filter((c) => c.max >= 2 && r.scores[c.id]! < 2);
    const line = criteriaLine(r, f, 'vi')!;
    expect(line.text).toContain('Chưa đạt mức 2:');
    for (const c of short.slice(0, 3)) expect(line.text).toContain(`“${c.name.vi}”`);
  });

  it('compares with the district by counting units per level, never by rank or mean', () => {
    for (const r of targets) {
      const line = compareLine(model, r, fw(r), 'vi')!;
      const agg = model.aggregateOf(
        r.dataset,
        r.year,
        r.districtCode ? 'district' : 'province',
        r.districtCode ?? r.provinceCode,
      )!;
      if (agg.count <= 1) continue;
      for (const c of fw(r).classes) expect(line.text).toContain(`${c.name.vi}: ${agg.classes[c.id]}`);
      expect(line.text).not.toMatch(/hạng|đứng thứ|trung bình/);
      expect(line.label).toMatch(/^So với (huyện|thị xã|thành phố|tỉnh) /);
    }
  });
});

describe('points results (ranking)', () => {
  it('gives the class first, then the score', () => {
    for (const r of points.slice(0, 20)) {
      const f = fw(r);
      const cls = f.classes.find((c) => c.id === r.classId)!;
      const text = headlineText(r, f, 'vi');
      expect(text.startsWith(`Xếp loại ${cls.name.vi} — `)).toBe(true);
      expect(text).toContain(`/${f.totalMax} điểm`);
    }
  });

  it('compares with the district mean and rank, and names the strongest and weakest criteria', () => {
    const r = points.find((x) => x.rankDistrict !== null)!;
    const f = fw(r);
    expect(compareLine(model, r, f, 'vi')!.text).toMatch(
      /(Cao hơn|Thấp hơn|Bằng) điểm trung bình của \d+ xã .*đứng thứ \d+\/\d+\./,
    );
    const ratio = (id: string, max: number) => (r.scores[id] ?? 0) / max;
    const best = [...f.criteria].sort((a, b) => ratio(b.id, b.max) - ratio(a.id, a.max))[0]!;
    expect(criteriaLine(r, f, 'vi')!.text).toContain(
      `Mạnh nhất: tiêu chí ${f.criteria.indexOf(best) + 1} “${best.name.vi}”`,
    );
  });
});

describe('wording comes from the framework data, not its id', () => {
  it('reads the same under another id, and a points framework that does not rank is compared by counts', () => {
    const r = targets.find((x) => standing(x, fw(x)).basic)!;
    const renamed: Framework = { ...fw(r), id: 'khung-khac' };
    expect(headlineText({ ...r, framework: 'khung-khac' }, renamed, 'vi')).toBe(headlineText(r, fw(r), 'vi'));
    const p = points.find((x) => x.rankDistrict !== null)!;
    const unranked: Framework = { ...fw(p), ranking: false };
    expect(compareLine(model, p, unranked, 'vi')!.text).not.toMatch(/đứng thứ|trung bình/);
  });
});

describe('unit names inside sentences', () => {
  it('writes the type in lower case in Vietnamese and after the name in English', () => {
    expect(nameInSentence('Huyện Phú Lộc', 'vi')).toBe('huyện Phú Lộc');
    expect(nameInSentence('Huyện Phú Lộc', 'en')).toBe('Phú Lộc District');
    expect(nameInSentence('Thành phố Huế', 'vi')).toBe('thành phố Huế');
    expect(nameInSentence('Thành phố Huế', 'en')).toBe('Huế City');
    expect(nameInSentence('Thị xã Hương Thủy', 'en')).toBe('Hương Thủy Town');
    expect(nameInSentence('Tỉnh Thừa Thiên Huế', 'vi')).toBe('tỉnh Thừa Thiên Huế');
    expect(nameInSentence('Xã Vinh Lộc', 'en')).toBe('Vinh Lộc Commune');
    expect(typeWord('Xã', 'en')).toBe('commune');
    expect(typeWord('Thành phố trực thuộc trung ương', 'en')).toBe('city');
    expect(typeWord('Thị trấn', 'vi')).toBe('thị trấn');
  });
});
