/**
 * The one illustrative score generator: for every bundled framework, scores are on each criterion's step
 * and within its range (so generated rows pass validation), a better latent quality gives a better total
 * on average, and the same stream gives the same scores.
 */
import { describe, expect, it } from 'vitest';
import { memorySource } from '../../../src/lib/data/read/source.ts';
import { validateData } from '../../../src/lib/data/validate/index.ts';
import { computeTotal } from '../../../src/lib/data/model/frameworks.ts';
import { keyedRandom } from '../../../src/lib/data/illustrative/random.ts';
import { illustrativeScores } from '../../../src/lib/data/illustrative/scores.ts';
import { demoFiles } from '../support/data.ts';

const frameworks = [...validateData(memorySource(demoFiles())).data!.frameworks.values()];

describe.each(frameworks.map((f) => [f.id, f] as const))('illustrative scores under %s', (_id, fw) => {
  const mean = (quality: number) => {
    let sum = 0;
    for (let i = 0; i < 400; i++)
      sum += computeTotal(fw, illustrativeScores(fw, quality, keyedRandom('t', quality, i)));
    return sum / 400;
  };

  it('stay on each criterion step, within 0…max', () => {
    for (let i = 0; i < 300; i++) {
      const scores = illustrativeScores(fw, (i % 7) - 3, keyedRandom('t', i));
      for (const c of fw.criteria) {
        const v = scores[c.id]!;
        expect(v, c.id).toBeGreaterThanOrEqual(0);
        expect(v, c.id).toBeLessThanOrEqual(c.max);
        expect(Math.abs(v / c.step - Math.round(v / c.step)), `${c.id} ${v}`).toBeLessThan(1e-9);
      }
    }
  });

  it('follow the latent quality and repeat for the same stream', () => {
    expect(mean(1)).toBeGreaterThan(mean(-1));
    expect(illustrativeScores(fw, 0, keyedRandom('x', 1))).toEqual(illustrativeScores(fw, 0, keyedRandom('x', 1)));
  });
});
