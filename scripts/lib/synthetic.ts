/**
 * A national-scale synthetic data folder for benchmarks, shaped like the country in both geographies:
 * - before 2025: 63 provinces, 756 districts and 10,584 communes; 2 % of them merged pairwise on
 *   2020-01-01 (the merged unit keeps one predecessor's code, as in reality);
 * - from 2025-07-01 (Resolution 202/2025/QH15 and the commune mergers): districts abolished, the 63
 *   provinces become 34 (11 unchanged, the rest merged in twos and threes, each merged province keeping
 *   one predecessor's code) and the communes of each old province are merged into 3,321 commune-level
 *   units, each taking its first predecessor's code (codes reused, as in reality);
 * - results 2015–2026: TT 44 points up to 2023, TT 25 targets from 2024.
 * The register is written first and read back through the model (src/lib/data validate), and the year
 * files come from the same generator as the demo data (scripts/lib/year-files.ts). Seeded: every run
 * writes the same files. Frameworks, site settings and changelog are copied from the bundled data.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCsv, type Cell } from '../../src/lib/data/export/csv.ts';
import { folderSource } from '../../src/lib/data/read/fs.ts';
import { IssueList } from '../../src/lib/data/validate/issues.ts';
import { readRegister } from '../../src/lib/data/validate/units.ts';
import { readFrameworks } from '../../src/lib/data/validate/frameworks.ts';
import { frameworkIdFor } from '../../src/lib/data/model/frameworks.ts';
import { formatReport } from '../../src/lib/data/validate/report.ts';
import { seededRandom } from '../../src/lib/data/illustrative/random.ts';
import { latentQualities, scoreUnits, unitsOfYear, yearFileHeader, yearFileRow } from './year-files.ts';
import { reorganise2025, type SynUnit } from './synthetic-2025.ts';

const SYLLABLES =
  'An Bình Hòa Phú Lộc Thủy Xuân Hưng Long Tân Thạnh Mỹ Đông Tây Nam Bắc Thành Quang Vĩnh Hải Sơn Hương Lâm Phước Thuận Đức Trung Hiệp Thịnh Khánh'.split(
    ' ',
  );
const SEED = 'synthetic/2026';
const DATASET = 'cong-dong-hoc-tap';

export interface SyntheticOptions {
  provinces?: number;
  districtsPerProvince?: number;
  communesPerDistrict?: number;
  firstYear?: number;
  lastYear?: number;
  /** Share of communes merged pairwise on 2020-01-01. */
  mergeShare?: number;
  /** The 2025 reorganisation: provinces and communes after 2025-07-01 (0 provinces = no reorganisation). */
  provinces2025?: number;
  communes2025?: number;
}

export interface SyntheticCounts {
  communes: number;
  units: number;
  rows: number;
  provinces2025: number;
  communes2025: number;
}

/** Write the synthetic data folder into `dir`; returns how many units and rows were written. */
export function writeSyntheticData(dir: string, source = 'data', options: SyntheticOptions = {}): SyntheticCounts {
  const {
    provinces = 63,
    districtsPerProvince = 12,
    communesPerDistrict = 14,
    firstYear = 2015,
    lastYear = 2026,
    mergeShare = 0.02,
    provinces2025 = 34,
    communes2025 = 3321,
  } = options;
  const random = seededRandom(20261125);
  const name = () =>
    `${SYLLABLES[Math.floor(random() * SYLLABLES.length)]} ${SYLLABLES[Math.floor(random() * SYLLABLES.length)]}`;
  for (const sub of ['units', 'frameworks', `datasets/${DATASET}`]) mkdirSync(join(dir, sub), { recursive: true });
  for (const file of ['site.yaml', 'CHANGELOG.md', 'frameworks/tt44-2014.yaml', 'frameworks/tt25-2023.yaml'])
    copyFileSync(join(source, file), join(dir, file));

  const provinceRows: Cell[][] = [];
  const districtRows: Cell[][] = [];
  const units: SynUnit[] = [];
  let districtSeq = 1;
  let communeSeq = 1;
  const districtEnd = provinces2025 > 0 ? '2025-06-30' : '';
  for (let p = 1; p <= provinces; p++) {
    const pCode = String(p).padStart(2, '0');
    provinceRows.push([pCode, `Tỉnh ${name()}`, 'Tỉnh', '2015-01-01', '', '']);
    const [lat0, lon0] = [8.6 + random() * 14, 103 + random() * 6];
    for (let d = 0; d < districtsPerProvince; d++) {
      const dCode = String(districtSeq++).padStart(3, '0');
      districtRows.push([dCode, `Huyện ${name()}`, 'Huyện', pCode, '2015-01-01', districtEnd, '']);
      for (let c = 0; c < communesPerDistrict; c++) {
        const code = String(communeSeq++).padStart(5, '0');
        units.push({
          code,
          name: `Xã ${name()}`,
          type: 'Xã',
          district: dCode,
          province: pCode,
          from: '2015-01-01',
          to: '',
          successors: '',
          lat: lat0 + random() * 0.8,
          lon: lon0 + random() * 0.8,
        });
      }
    }
  }
  const communes = units.length;
  // Pairwise mergers inside a district: the pair ends 2019-12-31, a new unit keeps the first code.
  const merged: SynUnit[] = [];
  for (let i = 0; i + 1 < communes; i += 2) {
    const [a, b] = [units[i]!, units[i + 1]!];
    if (a.district !== b.district || random() >= mergeShare * 2) continue;
    a.to = b.to = '2019-12-31';
    a.successors = b.successors = a.code;
    merged.push({ ...a, name: `Xã ${a.name.slice(3)} ${b.name.slice(3)}`, from: '2020-01-01', to: '', successors: '' });
  }
  units.push(...merged);
  const after = provinces2025 > 0 ? reorganise2025(units, provinceRows, provinces2025, communes2025, random, name) : [];
  units.push(...after);
  units.sort((x, y) => x.code.localeCompare(y.code) || x.from.localeCompare(y.from));

  writeFileSync(
    join(dir, 'units/provinces.csv'),
    toCsv(['code', 'name', 'type', 'valid_from', 'valid_to', 'note'], provinceRows),
  );
  // The demo's province_scope names its own province; scope the synthetic site to the synthetic codes.
  const scope = [...new Set(provinceRows.map((r) => String(r[0])))].sort();
  const site = readFileSync(join(dir, 'site.yaml'), 'utf8').replace(
    /^province_scope: .*$/m,
    `province_scope: ${JSON.stringify(scope)}`,
  );
  writeFileSync(join(dir, 'site.yaml'), site);
  writeFileSync(
    join(dir, 'units/districts.csv'),
    toCsv(['code', 'name', 'type', 'province_code', 'valid_from', 'valid_to', 'note'], districtRows),
  );
  const header = [
    'code',
    'name',
    'type',
    'district_code',
    'province_code',
    'valid_from',
    'valid_to',
    'successors',
    'lat',
    'lon',
    'note',
  ];
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const communeRows = units.map((u) => [
    u.code,
    u.name,
    u.type,
    u.district,
    u.province,
    u.from,
    u.to,
    u.successors,
    round(u.lat),
    round(u.lon),
    '',
  ]);
  writeFileSync(join(dir, 'units/communes.csv'), toCsv(header, communeRows));
  // The frameworks of the years written (a site of 2025 onwards has TT 25 only).
  const spans = [
    { framework: 'tt44-2014', from: firstYear, to: Math.min(2023, lastYear) },
    { framework: 'tt25-2023', from: Math.max(2024, firstYear), to: null },
  ].filter((span) => span.from <= (span.to ?? lastYear));
  writeFileSync(
    join(dir, `datasets/${DATASET}/dataset.yaml`),
    `title: {vi: "Cộng đồng học tập cấp xã (tổng hợp)", en: "Commune learning communities (synthetic)"}\n` +
      `description: {vi: "Dữ liệu tổng hợp để đo hiệu năng", en: "Synthetic data for benchmarks"}\n` +
      `source: {vi: "Sinh ngẫu nhiên", en: "Randomly generated"}\n` +
      `frameworks:\n` +
      spans
        .map((span) => `  - {framework: ${span.framework}, from: ${span.from}${span.to ? `, to: ${span.to}` : ''}}\n`)
        .join(''),
  );

  // The year files are generated from the register as the model reads it, like the demo data.
  const issues = new IssueList();
  const data = folderSource(dir);
  const register = readRegister(data, issues);
  const frameworks = readFrameworks(data, issues);
  if (issues.errorCount > 0) throw new Error(`synthetic register is invalid:\n${formatReport(issues.items, dir)}`);
  const latent = latentQualities(register, SEED);
  let rows = 0;
  for (let year = firstYear; year <= lastYear; year++) {
    const framework = frameworks.get(frameworkIdFor({ frameworks: spans }, year)!)!;
    const scored = scoreUnits(
      unitsOfYear(register, year),
      framework,
      { seed: SEED, dataset: DATASET, year },
      (u) => latent.get(u.key)! + 0.08 * (year - 2016),
    );
    const head = yearFileHeader(framework);
    rows += scored.length;
    writeFileSync(
      join(dir, `datasets/${DATASET}/${year}.csv`),
      toCsv(
        head,
        scored.map((row) => yearFileRow(head, row)),
      ),
    );
  }
  const today = (u: SynUnit) => u.to === '';
  return {
    communes,
    units: units.length,
    rows,
    provinces2025: provinceRows.filter((r) => r[4] === '').length,
    communes2025: units.filter((u) => today(u) && u.from >= '2025-07-01').length,
  };
}
