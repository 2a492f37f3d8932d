/**
 * The one generator of illustrative (made-up) scores, used by the bundled demo year files, the national
 * benchmark's synthetic country and the example templates staff download. A unit's latent `quality`
 * (about 0 on average, ±1 typical) moves every criterion together; some criteria are systematically
 * weaker, and now and then a unit has a bad year, so charts have something plausible to show. Every
 * score is on the criterion's step and within its range, so generated rows pass validation as they are.
 */
import type { Criterion, Framework } from '../types.ts';
import { normal } from './random.ts';

/** Mean share of the maximum per criterion id, by points framework: lower = systematically weaker. */
const CRITERION_MEAN: Record<string, Record<string, number>> = {
  'tt44-2014': {
    tc01: 0.86,
    tc02: 0.83,
    tc03: 0.82,
    tc04: 0.8,
    tc05: 0.9,
    tc06: 0.84,
    tc07: 0.76,
    tc08: 0.68,
    tc09: 0.8,
    tc10: 0.78,
    tc11: 0.82,
    tc12: 0.64,
    tc13: 0.83,
    tc14: 0.79,
    tc15: 0.88,
  },
  'tthtcd-minh-hoa': {
    tc01: 0.86,
    tc02: 0.7,
    tc03: 0.84,
    tc04: 0.82,
    tc05: 0.74,
    tc06: 0.8,
    tc07: 0.72,
    tc08: 0.66,
    tc09: 0.84,
    tc10: 0.8,
  },
};
const DEFAULT_MEAN = 0.8;

/** For targets frameworks: log-odds of meeting level 1 and level 2, per target id (weaker targets lower). */
const TARGET_ODDS: Record<string, [number, number]> = {
  ct01: [5.5, 0],
  ct02: [5, 0],
  ct03: [4.5, 0],
  ct04: [3.6, 0],
  ct05: [4, 0],
  ct06: [5, 0],
  ct07: [4, 0],
  ct08: [3.6, 0],
  ct09: [3.8, 0],
  ct10: [5, 1.2],
  ct11: [5, 0.9],
  ct12: [5.5, 1.4],
  ct13: [3.8, 0],
  ct14: [3.8, 0.1],
  ct15: [3.2, -0.5],
};
const DEFAULT_ODDS: [number, number] = [4, 1];

const logistic = (x: number): number => 1 / (1 + Math.exp(-x));
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** A value rounded to the criterion's step and kept within 0…max. */
function onStep(value: number, c: Criterion): number {
  return clamp(Math.round(value / c.step) * c.step, 0, c.max);
}

function pointsScores(framework: Framework, quality: number, rand: () => number): Record<string, number> {
  // Most years are ordinary; now and then a unit has a bad year (flood, staff changes…).
  const yearShock = rand() < 0.04 ? normal(rand, -0.12, 0.03) : normal(rand, 0, 0.025);
  const scores: Record<string, number> = {};
  for (const c of framework.criteria) {
    const mean = CRITERION_MEAN[framework.id]?.[c.id] ?? DEFAULT_MEAN;
    const share = clamp(mean + 0.075 * quality + yearShock + normal(rand, 0, 0.07), 0, 1);
    scores[c.id] = onStep(share * c.max, c);
  }
  return scores;
}

function targetScores(framework: Framework, quality: number, rand: () => number): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const c of framework.criteria) {
    const [odds1, odds2] = TARGET_ODDS[c.id] ?? DEFAULT_ODDS;
    const met = rand() < logistic(odds1 + 1.6 * quality);
    const high = c.max >= 2 && rand() < logistic(odds2 + 1.4 * quality);
    scores[c.id] = !met ? 0 : high ? 2 : 1;
  }
  return scores;
}

/**
 * Illustrative scores of one unit-year under `framework`: points on each criterion's step for a points
 * framework, a level 0–max per target for a targets framework. `quality` is the unit's latent quality
 * that year; `rand` its own random stream (keyedRandom), so the same unit-year always gets the same scores.
 */
export function illustrativeScores(framework: Framework, quality: number, rand: () => number): Record<string, number> {
  return framework.kind === 'points' ? pointsScores(framework, quality, rand) : targetScores(framework, quality, rand);
}

/** A unit's latent quality with no history: a few units are clearly weaker (remote, poorer), most near 0. */
export function latentQuality(rand: () => number): number {
  return rand() < 0.12 ? normal(rand, -3.2, 0.6) : normal(rand, 0, 0.85);
}
