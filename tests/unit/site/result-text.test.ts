/**
 * The level-2 line on recognition results explains the level a commune got: a commune is at level 2
 * exactly when every target that has a level 2 reached it (and every target is met).
 */
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/lib/data/load.ts';
import { levelTwoText } from '../../../src/lib/site/result-text.ts';

const model = loadData('data').model!;

describe('level-2 line', () => {
  const targets = model.results.filter((r) => model.frameworks.get(r.framework)!.kind === 'targets');

  it('counts the level-2 targets reached, in both languages, and agrees with the level given', () => {
    expect(targets.length).toBeGreaterThan(0);
    for (const r of targets) {
      const f = model.frameworks.get(r.framework)!;
      const two = f.criteria.filter((c) => c.max >= 2);
      const met = two.filter((c) => r.scores[c.id] === 2).length;
      expect(levelTwoText(r, f, 'vi')).toBe(`Chỉ tiêu có mức 2: ${met}/${two.length} đạt mức 2`);
      expect(levelTwoText(r, f, 'en')).toBe(`Targets with a level 2: ${met} of ${two.length} met at level 2`);
      const allMet = f.criteria.every((c) => (r.scores[c.id] ?? 0) >= 1);
      expect(r.classId === 'muc-do-2').toBe(allMet && met === two.length);
    }
  });

  it('is empty for points frameworks', () => {
    const points = model.results.find((r) => model.frameworks.get(r.framework)!.kind === 'points')!;
    expect(levelTwoText(points, model.frameworks.get(points.framework)!, 'vi')).toBe('');
  });
});
