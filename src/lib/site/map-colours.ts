/**
 * The palette slot of a result class, so the map, its legend and the badges agree: slots 1–4 are the
 * CSS custom properties --class-1 (best) … --class-4 (not passed) in global.css. A framework with fewer
 * classes keeps its last (failing) class on slot 4 so "not passed" always looks the same.
 */

/** Palette slot (1–4) of the class at `index` (0 = best) among `count` classes. */
export function classSlot(index: number, count: number): number {
  if (count <= 4 && index === count - 1 && count > 1) return 4;
  return Math.min(index + 1, 4);
}

/** The CSS variable of a slot, or of "not assessed" when the slot is null. */
export const slotVar = (slot: number | null): string => (slot === null ? '--class-none' : `--class-${slot}`);
