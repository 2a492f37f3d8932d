/**
 * Validate the outlines in `boundaries/` against the unit register and build the boundary layer. Each
 * feature must carry a `code`, a period (its own `valid_from`/`valid_to`, or its file's from the index),
 * a polygon geometry with closed rings, and meet exactly one unit's territory during that period. Every
 * problem is located by file, feature number and property, through the message catalogue.
 */
import type { DataSource } from '../read/source.ts';
import type { Register } from '../model/register.ts';
import { decodeBytes } from '../read/decode.ts';
import { parseBoundaryText, type RawFeature } from '../geo/parse.ts';
import { readShape } from '../geo/geometry.ts';
import { selfIntersections } from '../geo/intersections.ts';
import { BoundarySet } from '../geo/boundaries.ts';
import type { BoundaryShape } from '../geo/types.ts';
import { parseDate } from './cells.ts';
import type { IssueList } from './issues.ts';
import type { OutlineFile } from './boundary-files.ts';
import { checkBoundaryLayer, territoryOf } from './boundary-layer.ts';

const fmt = (p: [number, number]) => `${p[1].toFixed(5)}, ${p[0].toFixed(5)}`;

/** A feature's period: its own when it names either end, else the file's; null when a date is invalid. */
function periodOf(f: RawFeature, file: OutlineFile, where: (c: string) => { file: string; row: number; column: string }, issues: IssueList) {
  const own = 'valid_from' in f.properties || 'valid_to' in f.properties;
  if (!own) return { from: file.from, to: file.to };
  const read = (column: 'valid_from' | 'valid_to'): string | null | undefined => {
    const v = f.properties[column];
    if (v === undefined || v === null || v === '') return null;
    const date = parseDate(String(v));
    if (!date) issues.add('unit-date', where(column), { value: String(v) });
    return date ?? undefined;
  };
  const from = read('valid_from');
  const to = read('valid_to');
  if (from === undefined || to === undefined) return null;
  if (from && to && to < from) {
    issues.add('unit-period-order', where('valid_to'), { from, to });
    return null;
  }
  return { from, to };
}

/** Check one feature; the outline it gives, or null (an issue was reported, or it is drawn for no unit). */
function readFeature(f: RawFeature, file: OutlineFile, register: Register, issues: IssueList): BoundaryShape | null {
  const where = (column: string) => ({ file: file.file, row: f.number, column });
  const raw = f.properties.code;
  const code = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
  if (code === '') issues.add('boundary-code-missing', where('code'), { feature: f.number });
  const period = periodOf(f, file, where, issues);
  const { shape, problems } = readShape(f.geometry);
  for (const p of problems) {
    if (p.kind === 'not-polygon') issues.add('boundary-not-polygon', where('geometry'), { code, type: p.type });
    else if (p.kind === 'coordinates') issues.add('boundary-coordinates', where('geometry'), { code });
    else if (p.kind === 'projected') issues.add('boundary-projected', where('geometry'), { code, x: p.position[0], y: p.position[1] });
    else issues.add(p.kind === 'ring-open' ? 'boundary-ring-open' : 'boundary-ring-short', where('geometry'), { code, polygon: p.polygon, ring: p.ring });
  }
  if (code === '' || !period || !shape) return null;
  const units = register.communesWithCode(code);
  if (units.length === 0) {
    issues.add('boundary-code-unknown', where('code'), { code });
    return null;
  }
  const territory = territoryOf(register, units, period);
  if (territory.kind === 'none') {
    const periods = units.map((u) => `${u.name} (${u.from} → ${u.to ?? '…'})`).join('; ');
    issues.add('boundary-code-not-valid', where('valid_from'), { code, from: period.from ?? '…', to: period.to ?? '…', periods });
    return null;
  }
  if (territory.kind === 'several') {
    const list = territory.units.map((u) => `${u.name} (${u.from} → ${u.to ?? '…'})`).join('; ');
    issues.add('boundary-ambiguous', where('valid_from'), { code, units: list });
    return null;
  }
  const crossings = selfIntersections(shape);
  if (crossings.first) issues.add('boundary-self-intersection', where('geometry'), { code, count: crossings.count, at: fmt(crossings.first) });
  return { id: `${file.file}#${f.number}`, file: file.file, feature: f.number, code, from: period.from, to: period.to, shape, unitKeys: territory.units.map((u) => u.key) };
}

/**
 * Read and check the outline files `files` (as listOutlineFiles gives them, or one the checker was given),
 * then the checks across them; the layer holds the outlines that passed (all of them when clean).
 */
export function readOutlines(files: readonly OutlineFile[], source: DataSource, register: Register, issues: IssueList): BoundarySet {
  const shapes: BoundaryShape[] = [];
  for (const file of files) {
    const bytes = source.read(file.file);
    const parsed = parseBoundaryText(bytes ? decodeBytes(bytes).text : '');
    if (!parsed.ok) {
      const code = parsed.problem === 'json' ? 'boundary-json' : parsed.problem === 'topojson' ? 'boundary-topojson' : 'boundary-type';
      issues.add(code, { file: file.file }, { message: parsed.message });
      continue;
    }
    if (parsed.features.length === 0) issues.add('boundary-empty', { file: file.file }, {});
    for (const f of parsed.features) {
      const shape = readFeature(f, file, register, issues);
      if (shape) shapes.push(shape);
    }
  }
  checkBoundaryLayer(shapes, register, issues);
  return new BoundarySet(shapes, files.map((f) => f.source));
}
