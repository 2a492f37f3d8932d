/**
 * The data dictionary as shown on the catalogue page: one entry per table shape (results, long scores,
 * each framework's year table, the registers), with its columns and the files that use it. Taken from
 * the bundle's own plans, so every published column is documented and nothing else is.
 */
import type { ColumnSpec } from '../contract.ts';
import type { Bundle } from './bundle.ts';
import { schemaPath } from './bundle.ts';

export interface DictionaryShape {
  /** Schema id: 'ket-qua', 'diem', 'nam-<framework>', 'don-vi', 'don-vi-huyen', 'don-vi-tinh'. */
  id: string;
  /** The framework id for year tables, else null. */
  framework: string | null;
  columns: readonly ColumnSpec[];
  primaryKey: string[];
  /** The shared schema file. */
  schemaFile: string;
  /** Paths of the files with this shape. */
  files: string[];
}

const ORDER = ['ket-qua', 'diem', 'nam-', 'don-vi', 'don-vi-huyen', 'don-vi-tinh'];
const rank = (id: string): number => {
  const exact = ORDER.indexOf(id);
  return exact >= 0 ? exact : id.startsWith('nam-') ? 2 : ORDER.length;
};

/** Every table shape of the bundle, results first, then long, year tables, registers. */
export function dictionary(bundle: Bundle): DictionaryShape[] {
  const shapes = new Map<string, DictionaryShape>();
  for (const f of bundle.files) {
    const p = f.plan;
    if (!p?.table || !p.schemaId) continue;
    const shape = shapes.get(p.schemaId);
    if (shape) shape.files.push(f.path);
    else {
      shapes.set(p.schemaId, {
        id: p.schemaId,
        framework: p.schemaId.startsWith('nam-') ? p.schemaId.slice(4) : null,
        columns: p.table.columns,
        primaryKey: p.primaryKey ?? [],
        schemaFile: schemaPath(p.schemaId),
        files: [f.path],
      });
    }
  }
  return [...shapes.values()].sort((a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : 1));
}
