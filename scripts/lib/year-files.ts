/**
 * Illustrative year files over a register the model has read and checked: which units a year assesses,
 * each unit's latent quality (a merged unit inherits its predecessors' mean), their scores from the one
 * score generator, and the total and result by the framework's own rule, laid out in the contract's
 * columns. Shared by the bundled demo data (scripts/demo-data.ts) and the national benchmark
 * (scripts/lib/synthetic.ts), so both write what a real year file looks like.
 */
import type { Commune, Framework, ResultClass } from '../../src/lib/data/types.ts';
import type { Register } from '../../src/lib/data/model/register.ts';
import type { Cell } from '../../src/lib/data/export/csv.ts';
import { yearFileColumns } from '../../src/lib/data/contract.ts';
import { classify, computeTotal } from '../../src/lib/data/model/frameworks.ts';
import { referenceDate, validOn } from '../../src/lib/data/model/periods.ts';
import { keyedRandom } from '../../src/lib/data/illustrative/random.ts';
import { illustrativeScores, latentQuality } from '../../src/lib/data/illustrative/scores.ts';

/** One generated row before layout: the unit, its scores, computed total and class, and its random stream. */
export interface ScoredUnit {
  unit: Commune;
  scores: Record<string, number>;
  total: number;
  cls: ResultClass;
  /** The unit-year's stream after the scores were drawn, for anything else drawn about the row. */
  rand: () => number;
}

/**
 * Latent quality per unit key: drawn for a unit with no predecessors, the mean of its predecessors'
 * for a unit formed by a merger (so a merged commune continues its parts' level).
 */
export function latentQualities(register: Register, seed: string): Map<string, number> {
  const latent = new Map<string, number>();
  const ordered = [...register.communes].sort((a, b) => a.from.localeCompare(b.from) || a.code.localeCompare(b.code));
  for (const unit of ordered) {
    const preds = unit.predecessors;
    latent.set(
      unit.key,
      preds.length === 0
        ? latentQuality(keyedRandom(seed, 'latent', unit.code))
        : preds.reduce((sum, key) => sum + latent.get(key)!, 0) / preds.length,
    );
  }
  return latent;
}

/** The units a year file lists: those valid on the year's reference day, in code order. */
export function unitsOfYear(register: Register, year: number): Commune[] {
  const day = referenceDate(year);
  return register.communes.filter((u) => validOn(u, day)).sort((a, b) => a.code.localeCompare(b.code));
}

/** Scores, total and class for each unit of a dataset-year; `quality` gives a unit's latent quality that year. */
export function scoreUnits(
  units: readonly Commune[],
  framework: Framework,
  at: { seed: string; dataset: string; year: number },
  quality: (unit: Commune) => number,
): ScoredUnit[] {
  return units.map((unit) => {
    const rand = keyedRandom(at.seed, 'scores', at.dataset, at.year, unit.code);
    const scores = illustrativeScores(framework, quality(unit), rand);
    const total = computeTotal(framework, scores);
    return { unit, scores, total, cls: classify(framework, scores, total), rand };
  });
}

/**
 * The header of a year file under `framework`: the contract's columns up to `note`, then whichever later
 * contract columns (e.g. `source`) or `extra` columns the rows use — generated rows leave `source` empty,
 * and a file of invented rows has no source column at all.
 */
export function yearFileHeader(framework: Framework, extra: readonly string[] = []): string[] {
  const names = yearFileColumns(framework).map((c) => c.name);
  const upToNote = names.slice(0, names.indexOf('note') + 1);
  const later = names.slice(upToNote.length).filter((name) => extra.includes(name));
  return [...upToNote, ...later, ...extra.filter((name) => !names.includes(name))];
}

/** The cells of one generated row in `header` order; `more` fills decision, note and extra columns. */
export function yearFileRow(header: readonly string[], row: ScoredUnit, more: Record<string, Cell> = {}): Cell[] {
  const values: Record<string, Cell> = {
    commune_code: row.unit.code,
    commune_name: row.unit.name,
    ...row.scores,
    total: row.total,
    result: row.cls.name.vi,
    ...more,
  };
  return header.map((name) => values[name] ?? '');
}
