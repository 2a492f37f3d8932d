/**
 * A national-scale synthetic data folder for benchmarks: about 10,600 communes in 63 provinces, some
 * merged on 2020-01-01 (the merged unit keeps one predecessor's code, as in reality), and ten years of
 * results: 2015–2023 under TT 44 (points) and 2024 under TT 25 (targets). Seeded, so every run writes
 * the same files. The frameworks, site settings and changelog are copied from the bundled data.
 */
import { copyFileSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { seededRandom, normal } from './random.ts';
import { toCsv, type Cell } from '../../src/lib/data/export/csv.ts';
import { classify, computeTotal } from '../../src/lib/data/model/frameworks.ts';
import type { Framework } from '../../src/lib/data/types.ts';

const SYLLABLES = [
  'An',
  'Bình',
  'Hòa',
  'Phú',
  'Lộc',
  'Thủy',
  'Xuân',
  'Hưng',
  'Long',
  'Tân',
  'Thạnh',
  'Mỹ',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Thành',
  'Quang',
  'Vĩnh',
  'Hải',
  'Sơn',
  'Hương',
  'Lâm',
  'Phước',
  'Thuận',
  'Đức',
  'Trung',
  'Hiệp',
  'Thịnh',
  'Khánh',
];

export interface SyntheticOptions {
  provinces?: number;
  districtsPerProvince?: number;
  communesPerDistrict?: number;
  firstYear?: number;
  lastYear?: number;
  /** Share of communes merged pairwise on 2020-01-01. */
  mergeShare?: number;
}

interface SynUnit {
  code: string;
  name: string;
  type: string;
  district: string;
  province: string;
  from: string;
  to: string;
  successors: string;
  lat: number;
  lon: number;
  latent: number;
}

/** Write the synthetic data folder into `dir`; returns how many units and rows were written. */
export function writeSyntheticData(
  dir: string,
  source = 'data',
  options: SyntheticOptions = {},
): { communes: number; units: number; rows: number } {
  const {
    provinces = 63,
    districtsPerProvince = 12,
    communesPerDistrict = 14,
    firstYear = 2015,
    lastYear = 2024,
    mergeShare = 0.02,
  } = options;
  const random = seededRandom(20261125);
  const name = () =>
    `${SYLLABLES[Math.floor(random() * SYLLABLES.length)]} ${SYLLABLES[Math.floor(random() * SYLLABLES.length)]}`;
  for (const sub of ['units', 'frameworks', 'datasets/cong-dong-hoc-tap'])
    mkdirSync(join(dir, sub), { recursive: true });
  for (const file of ['site.yaml', 'CHANGELOG.md', 'frameworks/tt44-2014.yaml', 'frameworks/tt25-2023.yaml'])
    copyFileSync(join(source, file), join(dir, file));

  const provinceRows: Cell[][] = [];
  const districtRows: Cell[][] = [];
  const units: SynUnit[] = [];
  let districtSeq = 1;
  let communeSeq = 1;
  for (let p = 1; p <= provinces; p++) {
    const pCode = String(p).padStart(2, '0');
    provinceRows.push([pCode, `Tỉnh ${name()}`, 'Tỉnh', '2015-01-01', '', '']);
    const [lat0, lon0] = [8.6 + random() * 14, 103 + random() * 6];
    for (let d = 0; d < districtsPerProvince; d++) {
      const dCode = String(districtSeq++).padStart(3, '0');
      districtRows.push([dCode, `Huyện ${name()}`, 'Huyện', pCode, '2015-01-01', '', '']);
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
          latent: normal(random, 0, 1),
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
    merged.push({
      ...a,
      name: `Xã ${a.name.slice(3)} ${b.name.slice(3)}`,
      from: '2020-01-01',
      to: '',
      successors: '',
      latent: (a.latent + b.latent) / 2,
    });
  }
  units.push(...merged);
  units.sort((x, y) => x.code.localeCompare(y.code) || x.from.localeCompare(y.from));

  writeFileSync(
    join(dir, 'units/provinces.csv'),
    toCsv(['code', 'name', 'type', 'valid_from', 'valid_to', 'note'], provinceRows),
  );
  writeFileSync(
    join(dir, 'units/districts.csv'),
    toCsv(['code', 'name', 'type', 'province_code', 'valid_from', 'valid_to', 'note'], districtRows),
  );
  writeFileSync(
    join(dir, 'units/communes.csv'),
    toCsv(
      [
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
      ],
      units.map((u) => [
        u.code,
        u.name,
        u.type,
        u.district,
        u.province,
        u.from,
        u.to,
        u.successors,
        Math.round(u.lat * 1000) / 1000,
        Math.round(u.lon * 1000) / 1000,
        '',
      ]),
    ),
  );
  const tt44 = parseYaml(readFileSync(join(source, 'frameworks/tt44-2014.yaml'), 'utf8')) as Framework;
  const tt25 = parseYaml(readFileSync(join(source, 'frameworks/tt25-2023.yaml'), 'utf8')) as Framework;
  writeFileSync(
    join(dir, 'datasets/cong-dong-hoc-tap/dataset.yaml'),
    `title: {vi: "Cộng đồng học tập cấp xã (tổng hợp)", en: "Commune learning communities (synthetic)"}\n` +
      `description: {vi: "Dữ liệu tổng hợp để đo hiệu năng", en: "Synthetic data for benchmarks"}\n` +
      `source: {vi: "Sinh ngẫu nhiên", en: "Randomly generated"}\n` +
      `frameworks:\n  - {framework: tt44-2014, from: ${firstYear}, to: 2023}\n  - {framework: tt25-2023, from: 2024}\n`,
  );
  let rows = 0;
  for (let year = firstYear; year <= lastYear; year++) {
    const framework = year >= 2024 ? tt25 : tt44;
    const date = `${year}-12-31`;
    const live = units.filter((u) => u.from <= date && (u.to === '' || date <= u.to));
    const body = live.map((u) => {
      const scores: Record<string, number> = {};
      for (const c of framework.criteria) {
        const share = 0.8 + 0.06 * u.latent + normal(random, 0, 0.1) + (year - firstYear) * 0.004;
        scores[c.id] =
          framework.kind === 'points'
            ? Math.min(c.max, Math.max(0, Math.round(share * c.max * 2) / 2))
            : share > 0.62
              ? Math.min(c.max, share > 0.9 ? 2 : 1)
              : 0;
      }
      const total = computeTotal(framework, scores);
      return [
        u.code,
        u.name,
        ...framework.criteria.map((c) => scores[c.id]!),
        total,
        classify(framework, scores, total).name.vi,
        '',
        '',
        '',
      ];
    });
    rows += body.length;
    const header = [
      'commune_code',
      'commune_name',
      ...framework.criteria.map((c) => c.id),
      'total',
      'result',
      'decision_number',
      'decision_date',
      'note',
    ];
    writeFileSync(join(dir, `datasets/cong-dong-hoc-tap/${year}.csv`), toCsv(header, body));
  }
  return { communes, units: units.length, rows };
}
