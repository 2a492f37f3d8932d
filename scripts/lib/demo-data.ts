/**
 * The bundled illustrative year files (data/datasets/<id>/<year>.csv), generated from what the model reads
 * in the data folder: the unit register, frameworks and datasets are read and checked by src/lib/data
 * (validateData, with the generated year files set aside), the framework for each year is the dataset's
 * own (frameworkIdFor), scores come from the one illustrative score generator and totals and results from
 * the framework. Real published rows (scripts/lib/real-rows.ts) replace invented ones as they are. The
 * output is validated as a whole before anything is written, so a bad input never half-writes the folder.
 *
 * Unit names, codes and history in the register are real; every generated score, result and decision is
 * invented. The same inputs give byte-identical files on every run.
 */
import type { Cell } from '../../src/lib/data/export/csv.ts';
import { toCsv } from '../../src/lib/data/export/csv.ts';
import type { DataSource } from '../../src/lib/data/read/source.ts';
import type { DataIssue, Framework } from '../../src/lib/data/types.ts';
import { validateData } from '../../src/lib/data/validate/index.ts';
import { frameworkIdFor } from '../../src/lib/data/model/frameworks.ts';
import { keyedRandom, normal } from '../../src/lib/data/illustrative/random.ts';
import {
  latentQualities,
  scoreUnits,
  unitsOfYear,
  yearFileHeader,
  yearFileRow,
  type ScoredUnit,
} from './year-files.ts';
import { realColumns, type RealRow } from './real-rows.ts';
import type { Register } from '../../src/lib/data/model/register.ts';

export const SEED = 'cong-dong-hoc-tap/2026';

/** What to generate: dataset, year, and for a pilot year how many communes each district assessed. */
export const PLAN: { dataset: string; year: number; pilotPerDistrict?: number }[] = [
  { dataset: 'cong-dong-hoc-tap', year: 2016, pilotPerDistrict: 3 },
  { dataset: 'cong-dong-hoc-tap', year: 2017 },
  { dataset: 'cong-dong-hoc-tap', year: 2018 },
  // 2022 holds the first real published result (Xã Vinh Hưng, real-results.csv); the rest stays illustrative.
  { dataset: 'cong-dong-hoc-tap', year: 2022 },
  { dataset: 'cong-dong-hoc-tap', year: 2024 },
  // After 2025-07-01: the 13 new units, drawn on the map with their real outlines.
  { dataset: 'cong-dong-hoc-tap', year: 2025 },
  { dataset: 'trung-tam-htcd', year: 2017 },
  { dataset: 'trung-tam-htcd', year: 2018 },
];

/**
 * Notes on particular rows, keyed "dataset/year/code". The 2018 one matches the illustrative correction
 * announced in data/CHANGELOG.md (2026-11-24): keep the two in step.
 */
const NOTES: Record<string, string> = {
  'cong-dong-hoc-tap/2018/20146': 'Đã đính chính điểm tiêu chí 12 ngày 24/11/2026 (minh họa)',
  'cong-dong-hoc-tap/2024/19963': 'Chuyển từ Thị xã Hương Thủy về Thành phố Huế năm 2021',
  'cong-dong-hoc-tap/2024/19981': 'Chuyển từ Thị xã Hương Thủy về Thành phố Huế năm 2021',
  'cong-dong-hoc-tap/2024/20122': 'Xã mới sáp nhập năm 2020 từ Xã Vinh Hải và Xã Vinh Giang',
};

/** A year file the generator writes: path in the data folder, text, and which of its rows are real. */
export interface GeneratedFile {
  path: string;
  text: string;
  rows: number;
  classes: Record<string, number>;
  /** Row number in this file (Excel numbering) → row number in the real-rows file. */
  realRows: Map<number, number>;
}

/** Hide the year files (datasets/<id>/<year>.csv or .xlsx) of a source: they are what is generated. */
export function withoutYearFiles(source: DataSource): DataSource {
  const yearFile = /^\d{4}\.(csv|xlsx)$/i;
  return {
    read: (p) => (/^datasets\/[^/]+\/\d{4}\.(csv|xlsx)$/i.test(p) ? null : source.read(p)),
    stat: (p) => (/^datasets\/[^/]+\/\d{4}\.(csv|xlsx)$/i.test(p) ? { kind: 'missing', size: 0 } : source.stat(p)),
    list: (dir) =>
      /^datasets\/[^/]+$/.test(dir) ? source.list(dir).filter((n) => !yearFile.test(n)) : source.list(dir),
  };
}

/** `source` with `files` (path → text) laid over it: what the folder will hold once they are written. */
export function withFiles(source: DataSource, files: readonly GeneratedFile[]): DataSource {
  const bytes = new Map(files.map((f) => [f.path, new TextEncoder().encode(f.text)]));
  return {
    read: (p) => bytes.get(p) ?? source.read(p),
    stat: (p) => (bytes.has(p) ? { kind: 'file', size: bytes.get(p)!.length } : source.stat(p)),
    list: (dir) => {
      const names = new Set(source.list(dir));
      for (const p of bytes.keys())
        if (p.startsWith(`${dir}/`) && !p.slice(dir.length + 1).includes('/')) names.add(p.slice(dir.length + 1));
      return [...names].sort();
    },
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

function formatDate(year: number, dayOfQuarter: number): string {
  const d = new Date(Date.UTC(year, 0, 5 + dayOfQuarter));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** One decision per issuing district and dataset-year, issued in January–March of the next year. */
function decisionFor(dataset: string, year: number, district: string, kind: Framework['kind']): [string, string] {
  const r = keyedRandom(SEED, 'decision', dataset, year, district);
  const number = 100 + Math.floor(r() * 3400);
  const issuer = kind === 'targets' || dataset !== 'cong-dong-hoc-tap' ? 'QĐ-PGDĐT' : 'QĐ-UBND';
  return [`${number}/${issuer}`, formatDate(year + 1, Math.floor(r() * 80))];
}

/** The pilot year's sample: `perDistrict` communes drawn in each district. */
function pilotSample(units: ScoredUnit['unit'][], dataset: string, year: number, perDistrict: number) {
  const byDistrict = new Map<string, ScoredUnit['unit'][]>();
  for (const u of units) byDistrict.set(u.districtCode ?? '', [...(byDistrict.get(u.districtCode ?? '') ?? []), u]);
  const chosen = new Set<string>();
  for (const [district, list] of byDistrict) {
    const r = keyedRandom(SEED, 'pilot', dataset, year, district);
    const shuffled = list.map((u) => ({ u, k: r() })).sort((a, b) => a.k - b.k);
    for (const { u } of shuffled.slice(0, perDistrict)) chosen.add(u.key);
  }
  return units.filter((u) => chosen.has(u.key));
}

/** Generated rows of one dataset-year (none for a year outside the plan), before real rows are merged. */
function generatedRows(
  register: Register,
  framework: Framework,
  dataset: string,
  year: number,
  latent: Map<string, number>,
  header: string[],
) {
  const plan = PLAN.find((p) => p.dataset === dataset && p.year === year);
  if (!plan) return [];
  let units = unitsOfYear(register, year);
  if (plan.pilotPerDistrict !== undefined) units = pilotSample(units, dataset, year, plan.pilotPerDistrict);
  // The centre's quality follows its commune's, loosely; everything improves a little each year.
  const quality = (u: ScoredUnit['unit']) =>
    (dataset === 'trung-tam-htcd'
      ? 0.7 * latent.get(u.key)! + normal(keyedRandom(SEED, 'centre', u.code), 0, 0.6)
      : latent.get(u.key)!) +
    0.12 * (year - 2016);
  return scoreUnits(units, framework, { seed: SEED, dataset, year }, quality).map((row) => {
    const code = row.unit.code;
    const issuer = register.commune(code, `${year + 1}-01-01`)?.districtCode || row.unit.districtCode || '';
    // A unit that is not recognised gets no decision; a few decisions are simply missing from the file.
    const notRecognised = row.cls.min_level === 0;
    const missing = !notRecognised && row.rand() < 0.06;
    const [number, date] = notRecognised || missing ? ['', ''] : decisionFor(dataset, year, issuer, framework.kind);
    const note = NOTES[`${dataset}/${year}/${code}`] ?? (missing ? 'Chưa nhận được số quyết định' : '');
    return {
      code,
      result: row.cls.name.vi,
      cells: yearFileRow(header, row, { decision_number: number, decision_date: date, note }),
    };
  });
}

/**
 * Generate every planned year file (and every year with real rows) from `source`. Returns the files,
 * or the issues that stop generation (a bad register, framework, dataset or real row), located.
 */
export function generateDemoData(
  source: DataSource,
  real: readonly RealRow[],
): { files: GeneratedFile[]; issues: DataIssue[] } {
  const input = validateData(withoutYearFiles(source));
  if (!input.data) return { files: [], issues: input.issues };
  const { register, frameworks, datasets } = input.data;
  const latent = latentQualities(register, SEED);
  const keys = new Set([...PLAN.map((p) => `${p.dataset}/${p.year}`), ...real.map((r) => `${r.dataset}/${r.year}`)]);
  const files: GeneratedFile[] = [];
  for (const key of keys) {
    const [dataset, yearText] = key.split('/') as [string, string];
    const year = Number(yearText);
    const meta = datasets.find((d) => d.id === dataset);
    const framework = meta && frameworks.get(frameworkIdFor(meta, year) ?? '');
    if (!framework) throw new Error(`demo plan: no dataset ${dataset} with a framework for ${year}`);
    const realHere = real.filter((r) => r.dataset === dataset && r.year === year);
    const header = yearFileHeader(framework, realColumns(realHere));
    const rows: { code: string; result: string; cells: Cell[]; realRow?: number }[] = generatedRows(
      register,
      framework,
      dataset,
      year,
      latent,
      header,
    );
    for (const r of realHere) {
      const at = rows.findIndex((g) => g.code >= r.code);
      const row = {
        code: r.code,
        result: r.cells.result ?? '',
        cells: header.map((name) => r.cells[name] ?? ''),
        realRow: r.row,
      };
      if (at === -1) rows.push(row);
      else rows.splice(at, rows[at]!.code === r.code ? 1 : 0, row);
    }
    const classes: Record<string, number> = Object.fromEntries(framework.classes.map((k) => [k.name.vi, 0]));
    for (const r of rows) classes[r.result] = (classes[r.result] ?? 0) + 1;
    const realRows = new Map(rows.flatMap((r, i) => (r.realRow ? [[i + 2, r.realRow] as [number, number]] : [])));
    const text = toCsv(
      header,
      rows.map((r) => r.cells),
    );
    files.push({ path: `datasets/${dataset}/${year}.csv`, text, rows: rows.length, classes, realRows });
  }
  const output = validateData(withFiles(source, files));
  return { files, issues: output.errorCount > 0 ? output.issues : [] };
}
