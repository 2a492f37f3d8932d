/**
 * The `boundaries/` folder: which files are outlines (GeoJSON, TopoJSON), which are GIS formats that must
 * be converted first (Shapefile, KML, GeoPackage…: an error that says how; boundary-names.ts), and the
 * index `boundaries/boundaries.yaml`, which gives every outline file its source, licence and default
 * period; readBoundaries reads the whole folder into the boundary layer.
 */
import { z } from 'zod';
import type { DataSource } from '../read/source.ts';
import type { BoundarySource } from '../geo/types.ts';
import type { IssueList } from './issues.ts';
import { readYaml } from './schemas.ts';
import { BOUNDARY_DIR, BOUNDARY_INDEX, isOutlineName } from './boundary-names.ts';
import { readOutlines } from './boundaries.ts';
import type { Register } from '../model/register.ts';
import type { BoundarySet } from '../geo/boundaries.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const localised = z.object({ vi: z.string().min(1), en: z.string().min(1) });
const entry = z.object({
  valid_from: isoDate.nullable().default(null),
  valid_to: isoDate.nullable().default(null),
  title: localised,
  url: z.string().regex(/^https?:\/\/\S+$/, 'an http(s) address'),
  licence: z.object({ id: z.string().min(1), name: z.string().min(1), url: z.string().regex(/^https?:\/\/\S+$/, 'an http(s) address') }),
});
const indexSchema = z.object({ files: z.record(z.string(), entry) });

/** A boundary file to read, with what the index says about it. */
export interface OutlineFile {
  file: string;
  from: string | null;
  to: string | null;
  source: BoundarySource;
}

/** The outline files of the folder (name order) that the index describes; every other case is reported. */
export function listOutlineFiles(source: DataSource, issues: IssueList): OutlineFile[] {
  const names = source.list(BOUNDARY_DIR);
  if (names.length === 0) return [];
  const outlines = names.filter((n) => isOutlineName(n, issues));
  if (outlines.length === 0) return [];
  const index = source.read(BOUNDARY_INDEX)
    ? readYaml(BOUNDARY_INDEX, source.read(BOUNDARY_INDEX), indexSchema, issues)
    : (issues.add('boundary-index-missing', { file: BOUNDARY_INDEX }, { files: outlines.join(', ') }), null);
  if (!index) return [];
  for (const name of Object.keys(index.files)) {
    if (!outlines.includes(name)) issues.add('boundary-index-unknown-file', { file: BOUNDARY_INDEX, column: `files.${name}` }, { name });
  }
  const out: OutlineFile[] = [];
  for (const name of outlines) {
    const file = `${BOUNDARY_DIR}/${name}`;
    const meta = index.files[name];
    if (!meta) {
      issues.add('boundary-source-missing', { file }, { name });
      continue;
    }
    if (meta.valid_from && meta.valid_to && meta.valid_to < meta.valid_from) {
      issues.add('unit-period-order', { file: BOUNDARY_INDEX, column: `files.${name}.valid_to` }, { from: meta.valid_from, to: meta.valid_to });
      continue;
    }
    out.push({ file, from: meta.valid_from, to: meta.valid_to, source: { file, title: meta.title, url: meta.url, licence: meta.licence, from: meta.valid_from, to: meta.valid_to } });
  }
  return out;
}

/** Read and check every boundary file; the layer holds the outlines that passed (all of them when clean). */
export function readBoundaries(source: DataSource, register: Register, issues: IssueList): BoundarySet {
  return readOutlines(listOutlineFiles(source, issues), source, register, issues);
}
