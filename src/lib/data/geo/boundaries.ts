/**
 * The validated boundary layer: every outline with the code and period it belongs to, looked up by unit
 * and date, so a year's map draws for each unit the outline valid for that unit on that year's reference
 * date and never another period's shape under a reused code.
 */
import type { BoundaryShape, BoundarySource } from './types.ts';

const within = (s: BoundaryShape, date: string): boolean =>
  (s.from === null || s.from <= date) && (s.to === null || date <= s.to);

export class BoundarySet {
  readonly shapes: readonly BoundaryShape[];
  readonly sources: readonly BoundarySource[];
  private readonly byUnit = new Map<string, BoundaryShape[]>();

  constructor(shapes: readonly BoundaryShape[], sources: readonly BoundarySource[]) {
    this.shapes = shapes;
    this.sources = sources;
    for (const s of shapes) {
      for (const key of s.unitKeys) {
        const list = this.byUnit.get(key) ?? [];
        list.push(s);
        this.byUnit.set(key, list);
      }
    }
  }

  /** The outline of unit `unitKey` as it stood on `date` (YYYY-MM-DD), if the data has one. */
  shapeOf(unitKey: string, date: string): BoundaryShape | undefined {
    return this.byUnit.get(unitKey)?.find((s) => within(s, date));
  }

  /** Every outline of one unit (one register row), in file order. */
  shapesOfUnit(unitKey: string): readonly BoundaryShape[] {
    return this.byUnit.get(unitKey) ?? [];
  }

  /** The outlines valid on `date`. */
  shapesOn(date: string): BoundaryShape[] {
    return this.shapes.filter((s) => within(s, date));
  }

  /** Source and licence of a boundary file. */
  sourceOf(file: string): BoundarySource | undefined {
    return this.sources.find((s) => s.file === file);
  }
}

/** A boundary layer with nothing in it (no `boundaries/` folder). */
export const emptyBoundarySet = (): BoundarySet => new BoundarySet([], []);
