/**
 * The demo data generator (npm run demo-data): it reproduces the bundled year files byte for byte from
 * the bundled register, frameworks and datasets; real published rows replace invented ones as they are;
 * and a bad real row stops it with a located report before anything is written.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memorySource } from '../../../src/lib/data/read/source.ts';
import { validateData } from '../../../src/lib/data/validate/index.ts';
import { classify, computeTotal } from '../../../src/lib/data/model/frameworks.ts';
import { IssueList } from '../../../src/lib/data/validate/issues.ts';
import { generateDemoData, PLAN, withFiles } from '../../../scripts/lib/demo-data.ts';
import { readRealRows } from '../../../scripts/lib/real-rows.ts';
import { NODE, ROOT, copyDemo, demoFiles, demoTable, rowOf } from '../support/data.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const decode = (b: Uint8Array) => new TextDecoder().decode(b);
const tt44 = () => validateData(memorySource(demoFiles())).data!.frameworks.get('tt44-2014')!;

/** A real row with every criterion at its maximum, total and result by the framework's own rule. */
function realRowCsv(year: number, code: string, name: string, extra: Record<string, string> = {}): string {
  const fw = tt44();
  const scores = Object.fromEntries(fw.criteria.map((c) => [c.id, c.max]));
  const total = computeTotal(fw, scores);
  const cells: Record<string, string> = {
    dataset: 'cong-dong-hoc-tap',
    year: String(year),
    commune_code: code,
    commune_name: name,
    ...Object.fromEntries(fw.criteria.map((c) => [c.id, String(c.max)])),
    total: String(total),
    result: classify(fw, scores, total).name.vi,
    decision_number: '12/QĐ-UBND',
    note: 'Kết quả thật (nguồn công bố)',
    ...extra,
  };
  return Object.keys(cells).join(',') + '\r\n' + Object.values(cells).join(',') + '\r\n';
}

function realRows(csv: string) {
  const dir = copyDemo({}, 'realrows');
  made.push(dir);
  const file = join(dir, 'real.csv');
  writeFileSync(file, csv);
  const issues = new IssueList();
  return { rows: readRealRows(file, 'real.csv', issues), issues };
}

describe('npm run demo-data', () => {
  it('regenerates exactly the bundled year files (seeded, byte-identical)', () => {
    // With the committed real rows (Vinh Hưng 2022), as `npm run demo-data` runs.
    const committed = readRealRows('scripts/demo-data/real-results.csv', 'real-results.csv', new IssueList());
    const { files, issues } = generateDemoData(memorySource(demoFiles()), committed);
    expect(issues).toEqual([]);
    expect(files.map((f) => f.path).sort()).toEqual(PLAN.map((p) => `datasets/${p.dataset}/${p.year}.csv`).sort());
    for (const f of files) expect(f.text, f.path).toBe(decode(demoFiles()[f.path]!));
  });

  it('keeps a real row as it is in place of the invented one; every other row is unchanged', () => {
    const path = 'datasets/cong-dong-hoc-tap/2017.csv';
    const bundled = demoTable(path);
    const code = bundled.rows[5]![0]!;
    const source = 'https://example.org/ket-qua-2017';
    const { rows } = realRows(realRowCsv(2017, code, bundled.rows[5]![1]!, { decision_date: '2018-02-01', source }));
    const { files, issues } = generateDemoData(memorySource(demoFiles()), rows);
    expect(issues).toEqual([]);
    const out = files.find((f) => f.path === path)!;
    const lines = out.text.split('\r\n');
    const header = lines[0]!.split(',');
    expect(lines[0]).toBe(decode(demoFiles()[path]!).split('\r\n')[0] + ',source');
    const row = lines[rowOf(bundled, code) + 1]!.split(',');
    expect(row[header.indexOf('note')]).toBe('Kết quả thật (nguồn công bố)');
    expect(row[header.indexOf('decision_date')]).toBe('2018-02-01');
    expect(row[header.indexOf('source')]).toBe(source);
    expect(out.realRows).toEqual(new Map([[rowOf(bundled, code) + 2, 2]]));
    // Every other row is the bundled one, with an empty source.
    const original = decode(demoFiles()[path]!).split('\r\n');
    lines.forEach((line, i) => {
      if (i === 0 || i === rowOf(bundled, code) + 1 || line === '') return;
      expect(line, `line ${i + 1}`).toBe(original[i] + ',');
    });
  });

  it('writes a year outside the plan with its real rows alone, a declared-only row as published', () => {
    // Shaped like the first real published result (Vinh Hưng, "92/100 điểm, xếp loại Tốt"), put in 2023, a
    // year the plan does not generate (2022 is planned: its real row is committed in real-results.csv).
    const source = 'vinhhung.thuathienhue.gov.vn/?gd=14&cn=103&tc=22367';
    const { rows } = realRows(
      'dataset,year,commune_code,commune_name,total,result,source\r\n' +
        `cong-dong-hoc-tap,2023,20116,Xã Vinh Hưng,92,Tốt,${source}\r\n`,
    );
    const { files, issues } = generateDemoData(memorySource(demoFiles()), rows);
    expect(issues).toEqual([]);
    const out = files.find((f) => f.path === 'datasets/cong-dong-hoc-tap/2023.csv')!;
    expect(out.rows).toBe(1);
    const [header, row] = out.text.split('\r\n').map((l) => l.split(','));
    const at = (name: string) => row![header!.indexOf(name)];
    expect([at('commune_code'), at('total'), at('result'), at('source'), at('tc01')]).toEqual([
      '20116',
      '92',
      'Tốt',
      source,
      '',
    ]);
    const model = validateData(withFiles(memorySource(demoFiles()), files)).data!;
    expect(model.rows.filter((r) => r.year === 2023).map((r) => [r.code, r.declaredTotal])).toEqual([['20116', 92]]);
  });

  it('stops on a real row the model rejects, pointing at the generated row and the real-rows line, writing nothing', () => {
    const dir = copyDemo({}, 'realbad');
    made.push(dir);
    const before = readFileSync(join(dir, 'datasets/cong-dong-hoc-tap/2017.csv'));
    writeFileSync(join(dir, 'real.csv'), realRowCsv(2017, '99999', 'Xã Không Có'));
    const r = spawnSync(NODE, ['scripts/demo-data.ts', '--real', join(dir, 'real.csv')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, DATA_DIR: dir },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/datasets\/cong-dong-hoc-tap\/2017\.csv/);
    expect(r.stderr).toMatch(/99999/);
    expect(r.stderr).toMatch(/real\.csv dòng\/row 2/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(readFileSync(join(dir, 'datasets/cong-dong-hoc-tap/2017.csv'))).toEqual(before);
  }, 60_000);

  it('reports a real-rows file without its key columns, by column', () => {
    const { rows, issues } = realRows('year,commune_code\r\n2017,19960\r\n');
    expect(rows).toEqual([]);
    expect(issues.items.map((i) => [i.code, i.column])).toEqual([['column-missing', 'dataset']]);
  });
});
