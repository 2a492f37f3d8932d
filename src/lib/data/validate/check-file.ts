/**
 * Check one year file on its own, as the in-browser checker does: against the parsed reference data
 * the page embeds (the unit register's communes, the frameworks, each dataset's framework spans, the
 * boundary index, never raw data files), with the very readYearFile the build runs. A boundary file
 * (GeoJSON, TopoJSON, or a GIS format to convert) goes to check-boundary.ts instead. Pure; runs in a Web Worker.
 */
import type { DataIssue, DatasetFrameworkSpan, Framework } from '../types.ts';
import { Register } from '../model/register.ts';
import type { SiteModel } from '../model/index.ts';
import { sniffContent } from '../read/sniff.ts';
import { frameworkIdFor } from '../model/frameworks.ts';
import { IssueList, sortIssues } from './issues.ts';
import { readYearFile } from './yearfile.ts';
import type { Grid } from './grid.ts';
import { yearFileHeadings } from './headings.ts';
import { yearFileColumns } from '../contract.ts';
import type { BoundarySource } from '../geo/types.ts';
import { checkBoundaryFile, isBoundaryFile } from './check-boundary.ts';

/** The reference data a checker needs: what year-file validation reads, nothing more. */
export interface CheckerContext {
  /**
   * Commune-level units: code, name, first and last valid day (null while valid), and for an ended unit
   * its successor codes (space-separated), so boundary checks know which records continue one territory.
   */
  communes: [code: string, name: string, from: string, to: string | null, successors?: string][];
  frameworks: Framework[];
  datasets: { id: string; frameworks: DatasetFrameworkSpan[] }[];
  /** The boundary index (boundaries/boundaries.yaml): each outline file's source, licence and period. */
  boundaries: BoundarySource[];
}

/** The largest file the checker reads; bigger files are refused before they are loaded. */
export const CHECKER_MAX_BYTES = 20 * 1024 * 1024;

/** How many rows of the file the checker shows. */
export const PREVIEW_ROWS = 200;

export interface CheckRequest {
  dataset: string;
  year: number;
  /** The file's own name, for the report. */
  name: string;
  bytes: Uint8Array;
}

export interface CheckResult {
  /** A year file (rows and columns) or a boundary file (features). */
  kind: 'table' | 'boundaries';
  /** The path the file is checked as (datasets/<id>/<year>.csv or .xlsx, boundaries/<name>). */
  path: string;
  issues: DataIssue[];
  /** Rows that would be published (for a boundary file: features that would be drawn). */
  published: number;
  /** The first rows of the file as read, and how many data rows it has. */
  preview: {
    header: string[];
    /** Per header cell: the contract column it names (issues are located by these), or null. */
    columns: (string | null)[];
    headerRow: number;
    sheet: string | null;
    rows: { row: number; cells: string[] }[];
    total: number;
  };
}

/** The context of a validated site, for embedding in the checker page (build time). */
export function checkerContext(model: SiteModel): CheckerContext {
  const used = new Set(model.datasets.flatMap((d) => d.frameworks.map((s) => s.framework)));
  return {
    communes: model.register.communes.map((c) =>
      c.successorCodes.length > 0 ? [c.code, c.name, c.from, c.to, c.successorCodes.join(' ')] : [c.code, c.name, c.from, c.to],
    ),
    frameworks: [...model.frameworks.values()].filter((f) => used.has(f.id)),
    datasets: model.datasets.map((d) => ({ id: d.id, frameworks: d.frameworks })),
    boundaries: [...model.boundaries.sources],
  };
}

/** The register of a context (communes only: year files resolve codes to communes). */
export function registerOf(ctx: CheckerContext): Register {
  const communes = ctx.communes.map(([code, name, from, to, successors]) => ({
    key: `${code}@${from}`, code, name, from, to, type: '', districtCode: null, provinceCode: '', successorCodes: successors ? successors.split(' ') : [],
    lat: null, lon: null, note: '', predecessors: [], successors: [],
  }));
  return new Register([], [], communes);
}

/** Check one file as the year file of a dataset, or as a boundary file; never throws on bad input. */
export function checkFile(ctx: CheckerContext, req: CheckRequest, register = registerOf(ctx)): CheckResult {
  if (isBoundaryFile(req.name, req.bytes)) {
    const b = checkBoundaryFile(ctx.boundaries, req.name, req.bytes, register);
    const preview = { header: [], columns: [], headerRow: 1, sheet: null, rows: [], total: 0 };
    return { kind: 'boundaries', path: b.path, issues: b.issues, published: b.features, preview };
  }
  const format = sniffContent(req.bytes) === 'xlsx' ? 'xlsx' : 'csv';
  const path = `datasets/${req.dataset}/${req.year}.${format}`;
  const issues = new IssueList();
  const frameworks = new Map(ctx.frameworks.map((f) => [f.id, f]));
  const dataset = ctx.datasets.find((d) => d.id === req.dataset);
  const framework = dataset ? frameworks.get(frameworkIdFor(dataset, req.year) ?? '') : undefined;
  let grid: Grid | null = null;
  let published = 0;
  if (!framework) {
    issues.add('year-outside-framework', { file: path }, { year: req.year, spans: dataset?.frameworks.map((s) => `${s.framework}: ${s.from}–${s.to ?? '…'}`).join('; ') ?? '' });
  } else {
    const input = { dataset: req.dataset, year: req.year, file: path, bytes: req.bytes, format, framework, frameworks, onGrid: (g: Grid) => (grid = g) } as const;
    published = readYearFile(input, register, issues).length;
  }
  const g = grid as Grid | null;
  const resolve = framework ? yearFileHeadings(framework, yearFileColumns(framework)) : () => null;
  return {
    kind: 'table',
    path,
    issues: sortIssues(issues.items),
    published,
    preview: {
      header: g?.header ?? [],
      columns: (g?.header ?? []).map((h) => (h === '' ? null : resolve(h))),
      headerRow: g?.headerRow ?? 1,
      sheet: g?.sheet ?? null,
      rows: (g?.rows ?? []).slice(0, PREVIEW_ROWS).map((r) => ({ row: r.row, cells: r.cells })),
      total: g?.rows.length ?? 0,
    },
  };
}

