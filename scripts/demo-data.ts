/**
 * Writes the bundled illustrative year files (data/datasets/<id>/<year>.csv) from the unit register and the
 * framework YAML files, with a fixed seed: the same inputs give byte-identical CSVs on every run.
 *
 * Usage: node scripts/demo-data.ts            (reads and writes the folder named by DATA_DIR, default data/)
 *
 * Unit names, codes and history in the register are real; every score, result and decision written here
 * is invented. Each commune gets a persistent latent quality with a small upward trend, and some criteria
 * are systematically weaker, so the charts have something plausible to show.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { parse as parseYaml } from 'yaml';
import { normal, seededRandom } from './lib/random.ts';
import { toCsv, type Cell } from '../src/lib/data/export/csv.ts';
import { classify, computeTotal } from '../src/lib/data/model/frameworks.ts';
import { nextDay, validOn } from '../src/lib/data/model/periods.ts';
import type { Framework as ModelFramework } from '../src/lib/data/types.ts';

const SEED = 'cong-dong-hoc-tap/2026';
const DATA_DIR = process.env.DATA_DIR ?? 'data';

/** What to generate: dataset, year, and for a pilot year how many communes each district assessed. */
const PLAN: { dataset: string; year: number; pilotPerDistrict?: number }[] = [
  { dataset: 'cong-dong-hoc-tap', year: 2016, pilotPerDistrict: 3 },
  { dataset: 'cong-dong-hoc-tap', year: 2017 },
  { dataset: 'cong-dong-hoc-tap', year: 2018 },
  { dataset: 'cong-dong-hoc-tap', year: 2024 },
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

/** Mean share of the maximum per criterion id, by framework: lower = systematically weaker criterion. */
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
/** For targets frameworks: log-odds of meeting level 1 and level 2, per target (weaker targets lower). */
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

interface Unit {
  code: string;
  name: string;
  district_code: string;
  valid_from: string;
  valid_to: string;
  successors: string[];
}
interface Criterion {
  id: string;
  max: number;
  step?: number;
}
interface ResultClass {
  id: string;
  name: { vi: string; en: string };
  min_total?: number;
  min_level?: number;
}
interface Framework {
  id: string;
  kind: 'points' | 'targets';
  criteria: Criterion[];
  classes: ResultClass[];
}
interface DatasetMeta {
  frameworks: { framework: string; from: number; to?: number }[];
}

/** A deterministic random stream per purpose (FNV-1a of the seed and the parts), independent of call order. */
function rng(...parts: (string | number)[]): () => number {
  let hash = 0x811c9dc5;
  for (const ch of [SEED, ...parts].join('|')) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // Murmur3's finaliser spreads the bits, so near-identical keys do not start near-identical streams.
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b) >>> 0;
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35) >>> 0;
  return seededRandom((hash ^ (hash >>> 16)) >>> 0);
}

const logistic = (x: number): number => 1 / (1 + Math.exp(-x));
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const pad = (n: number): string => String(n).padStart(2, '0');

const isValidOn = (unit: Unit, date: string): boolean =>
  validOn({ from: unit.valid_from, to: unit.valid_to === '' ? null : unit.valid_to }, date);
const dayAfter = nextDay;

function readUnits(): Unit[] {
  const text = readFileSync(path.join(DATA_DIR, 'units/communes.csv'), 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  return parsed.data.map((r) => ({
    code: r.code!,
    name: r.name!.normalize('NFC'),
    district_code: r.district_code ?? '',
    valid_from: r.valid_from!,
    valid_to: r.valid_to ?? '',
    successors: (r.successors ?? '').split(';').filter(Boolean),
  }));
}

function readYaml<T>(relative: string): T {
  return parseYaml(readFileSync(path.join(DATA_DIR, relative), 'utf8')) as T;
}

/** The unit bearing `code` on `date`, or undefined. */
function resolve(units: Unit[], code: string, date: string): Unit | undefined {
  return units.find((u) => u.code === code && isValidOn(u, date));
}

/** Total and result class of one row, by the shared model's rule (src/lib/data/model/frameworks.ts). */
function computeTotalAndClass(
  framework: Framework,
  scores: Record<string, number>,
): { total: number; cls: ResultClass } {
  const fw = framework as unknown as ModelFramework;
  const total = computeTotal(fw, scores);
  return { total, cls: classify(fw, scores, total) };
}

/** Latent quality of each commune of the base register (by code), and of later units as their ancestors' mean. */
function latentQualities(units: Unit[]): Map<Unit, number> {
  const latent = new Map<Unit, number>();
  const sorted = [...units].sort((a, b) => a.valid_from.localeCompare(b.valid_from) || a.code.localeCompare(b.code));
  for (const unit of sorted) {
    const preds = units.filter(
      (p) => p.valid_to !== '' && dayAfter(p.valid_to) === unit.valid_from && p.successors.includes(unit.code),
    );
    if (preds.length === 0) {
      const r = rng('latent', unit.code);
      // A few communes are clearly weaker (remote, poorer); most are spread around the mean.
      latent.set(unit, r() < 0.12 ? normal(r, -3.2, 0.6) : normal(r, 0, 0.85));
    } else {
      latent.set(unit, preds.reduce((s, p) => s + latent.get(p)!, 0) / preds.length);
    }
  }
  return latent;
}

function roundToStep(value: number, step: number, max: number): number {
  return clamp(Math.round(value / step) * step, 0, max);
}

/** Scores of one unit-year under a points framework. */
function pointsScores(fw: Framework, quality: number, rand: () => number): Record<string, number> {
  // Most years are ordinary; now and then a commune has a bad year (flood, staff changes…).
  const yearShock = rand() < 0.04 ? normal(rand, -0.12, 0.03) : normal(rand, 0, 0.025);
  const scores: Record<string, number> = {};
  for (const c of fw.criteria) {
    const mean = CRITERION_MEAN[fw.id]?.[c.id] ?? 0.8;
    const share = clamp(mean + 0.075 * quality + yearShock + normal(rand, 0, 0.07), 0, 1);
    scores[c.id] = roundToStep(share * c.max, c.step ?? 0.5, c.max);
  }
  return scores;
}

/** Levels of one unit-year under a targets framework. */
function targetScores(fw: Framework, quality: number, rand: () => number): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const c of fw.criteria) {
    const [odds1, odds2] = TARGET_ODDS[c.id] ?? [4, 1];
    const met = rand() < logistic(odds1 + 1.6 * quality);
    const high = c.max >= 2 && rand() < logistic(odds2 + 1.4 * quality);
    scores[c.id] = !met ? 0 : high ? 2 : 1;
  }
  return scores;
}

function formatDate(year: number, dayOfQuarter: number): string {
  const d = new Date(Date.UTC(year, 0, 5 + dayOfQuarter));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** One decision per issuing district and dataset-year, issued in January–March of the next year. */
function decisionFor(dataset: string, year: number, district: string, kind: Framework['kind']): [string, string] {
  const r = rng('decision', dataset, year, district);
  const number = 100 + Math.floor(r() * 3400);
  const issuer = kind === 'targets' || dataset !== 'cong-dong-hoc-tap' ? 'QĐ-PGDĐT' : 'QĐ-UBND';
  return [`${number}/${issuer}`, formatDate(year + 1, Math.floor(r() * 80))];
}

function noteFor(dataset: string, year: number, code: string, decisionMissing: boolean): string {
  return NOTES[`${dataset}/${year}/${code}`] ?? (decisionMissing ? 'Chưa nhận được số quyết định' : '');
}

interface Summary {
  file: string;
  rows: number;
  classes: Record<string, number>;
}

function generateYear(
  dataset: string,
  year: number,
  pilot: number | undefined,
  units: Unit[],
  latent: Map<Unit, number>,
): Summary {
  const meta = readYaml<DatasetMeta>(`datasets/${dataset}/dataset.yaml`);
  const use = meta.frameworks.find((f) => year >= f.from && (f.to === undefined || year <= f.to));
  if (!use) throw new Error(`${dataset}: no framework for ${year}`);
  const fw = readYaml<Framework>(`frameworks/${use.framework}.yaml`);
  const yearEnd = `${year}-12-31`;
  let assessed = units.filter((u) => isValidOn(u, yearEnd)).sort((a, b) => a.code.localeCompare(b.code));
  if (pilot !== undefined) {
    const byDistrict = new Map<string, Unit[]>();
    for (const u of assessed) byDistrict.set(u.district_code, [...(byDistrict.get(u.district_code) ?? []), u]);
    const chosen = new Set<Unit>();
    for (const [district, list] of byDistrict) {
      const r = rng('pilot', dataset, year, district);
      const shuffled = list
        .map((u) => ({ u, k: r() }))
        .sort((a, b) => a.k - b.k)
        .map((x) => x.u);
      for (const u of shuffled.slice(0, pilot)) chosen.add(u);
    }
    assessed = assessed.filter((u) => chosen.has(u));
  }

  const header = [
    'commune_code',
    'commune_name',
    ...fw.criteria.map((c) => c.id),
    'total',
    'result',
    'decision_number',
    'decision_date',
    'note',
  ];
  const rows: Cell[][] = [];
  const classes: Record<string, number> = Object.fromEntries(fw.classes.map((k) => [k.name.vi, 0]));
  for (const unit of assessed) {
    const rand = rng('scores', dataset, year, unit.code);
    const base = latent.get(unit)!;
    // The centre's quality follows its commune's, loosely; everything improves a little each year.
    const quality =
      (dataset === 'trung-tam-htcd' ? 0.7 * base + normal(rng('centre', unit.code), 0, 0.6) : base) +
      0.12 * (year - 2016);
    const scores = fw.kind === 'points' ? pointsScores(fw, quality, rand) : targetScores(fw, quality, rand);
    const { total, cls } = computeTotalAndClass(fw, scores);
    for (const c of fw.criteria) {
      const v = scores[c.id]!;
      const step = fw.kind === 'points' ? (c.step ?? 0.5) : 1;
      if (v < 0 || v > c.max || Math.abs(v / step - Math.round(v / step)) > 1e-9)
        throw new Error(`bad score ${unit.code} ${c.id} ${v}`);
    }
    classes[cls.name.vi]! += 1;
    const issuer = resolve(units, unit.code, `${year + 1}-01-01`)?.district_code || unit.district_code;
    // A unit that is not recognised gets no decision; a few decisions are simply missing from the file.
    const notRecognised = cls.min_level === 0;
    const missing = !notRecognised && rand() < 0.06;
    const [number, date] = notRecognised || missing ? ['', ''] : decisionFor(dataset, year, issuer, fw.kind);
    rows.push([
      unit.code,
      unit.name,
      ...fw.criteria.map((c) => scores[c.id]!),
      total,
      cls.name.vi,
      number,
      date,
      noteFor(dataset, year, unit.code, missing),
    ]);
  }
  const file = path.join(DATA_DIR, 'datasets', dataset, `${year}.csv`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, toCsv(header, rows));
  return { file, rows: rows.length, classes };
}

function main(): void {
  const units = readUnits();
  const latent = latentQualities(units);
  for (const { dataset, year, pilotPerDistrict } of PLAN) {
    const s = generateYear(dataset, year, pilotPerDistrict, units, latent);
    const dist = Object.entries(s.classes)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
    console.log(`${s.file}: ${s.rows} rows — ${dist}`);
  }
}

main();
