/**
 * The one palette rule for result classes, shared by badges, charts, the map and its legend: slots 1–4
 * are the CSS custom properties --class-1 (best) … --class-4 (not passed) in global.css, and the badge
 * and chart classes c1 … c4 paint with the same variables. The last class of a framework with two or
 * more classes is the failing one and always takes slot 4, so "not passed" looks the same everywhere;
 * the classes above it take 1, 2, 3 from the best down, and any further middle classes stay on 3 (never 4,
 * which would make a passing class look failed). A framework with one class has nothing to fail: slot 1.
 */
import type { Framework } from '../data/types.ts';

/** Palette slot (1–4) of the class at `index` (0 = best) among `count` classes. */
export function classSlot(index: number, count: number): number {
  if (count > 1 && index === count - 1) return 4;
  return Math.min(index + 1, 3);
}

/** The badge and chart class of a result class: `c1` … `c4` by its slot, `cnone` for an unknown class. */
export function classTone(framework: Framework, classId: string): string {
  const i = framework.classes.findIndex((c) => c.id === classId);
  return i < 0 ? 'cnone' : `c${classSlot(i, framework.classes.length)}`;
}
