/**
 * One palette rule for every surface: the map's results file (legend and shapes) and the page's badges
 * and charts give each class the same colour, for frameworks of any number of classes; "not passed" (the
 * last of two or more classes) is always slot 4 and no passing class ever shares it.
 */
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/lib/data/load.ts';
import { mapResults } from '../../../src/lib/site/map-data.ts';
import { classSlot, classTone } from '../../../src/lib/site/palette.ts';
import type { Framework } from '../../../src/lib/data/types.ts';

const model = loadData('data').model!;

/** A copy of a demo framework with `n` classes (ids k1 … kn, best first). */
function withClasses(n: number): Framework {
  const base = model.frameworks.values().next().value!;
  const classes = Array.from({ length: n }, (_, i) => ({ ...base.classes[0]!, id: `k${i + 1}` }));
  return { ...base, classes };
}

describe('class colours', () => {
  it('agree between the map data and the page badges for every dataset-year of the demo data', () => {
    for (const { dataset, year, framework } of model.datasetYears()) {
      const json = mapResults(model, dataset.id, year);
      expect(json.classes.map((c) => `c${c.slot}`)).toEqual(framework.classes.map((c) => classTone(framework, c.id)));
    }
  });

  it('keep "not passed" on slot 4 and every passing class off it, for 1 to 6 classes', () => {
    const expected = [[1], [1, 4], [1, 2, 4], [1, 2, 3, 4], [1, 2, 3, 3, 4], [1, 2, 3, 3, 3, 4]];
    for (const [k, slots] of expected.entries()) {
      const f = withClasses(k + 1);
      expect(f.classes.map((_, i) => classSlot(i, f.classes.length))).toEqual(slots);
      expect(f.classes.map((c) => classTone(f, c.id))).toEqual(slots.map((s) => `c${s}`));
    }
  });

  it('marks a class the framework does not know as not assessed', () => {
    expect(classTone(withClasses(3), 'unknown')).toBe('cnone');
  });
});
