/**
 * node scripts/measure-spreadsheets.ts — how bad spreadsheets are handled: for a corrupted (truncated)
 * workbook, a password-protected one, an empty one, one with 1,000,000 rows, a zip bomb and CSV text
 * renamed .xlsx, put each in a copy of the demo data as a year file, validate it in a fresh process and
 * print the error code, the time and the peak memory (RSS). Also prints the size of every .xlsx download
 * and template in dist/ when a build is there. A benchmark: it prints figures, it asserts nothing.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { zipSync } from 'fflate';

const args = process.argv.slice(2);

if (args[0] === '--child') {
  // Child: validate one folder; report time, peak RSS and the issues of the year file.
  const { validateData } = await import('../src/lib/data/validate/index.ts');
  const { folderSource } = await import('../src/lib/data/read/fs.ts');
  const t0 = performance.now();
  const v = validateData(folderSource(args[1]!));
  const ms = performance.now() - t0;
  const own = v.issues.filter((i) => i.file === args[2]);
  process.stdout.write(
    JSON.stringify({
      ms,
      rssMB: process.resourceUsage().maxRSS / 1024,
      codes: [...new Set(own.filter((i) => i.severity === 'error').map((i) => i.code))],
      published: v.data !== null,
    }) + '\n',
  );
  process.exit(0);
}

const FIX = 'tests/fixtures/xlsx';
const YEAR = 'datasets/cong-dong-hoc-tap/2018';

/** A workbook with `rows` rows (code and name filled), written as plain XML and zipped. */
function bigWorkbook(rows: number): Uint8Array {
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
  ];
  parts.push(
    '<row r="1"><c r="A1" t="inlineStr"><is><t>commune_code</t></is></c><c r="B1" t="inlineStr"><is><t>commune_name</t></is></c></row>',
  );
  for (let r = 2; r <= rows + 1; r++) {
    parts.push(
      `<row r="${r}"><c r="A${r}"><v>${19000 + (r % 900)}</v></c><c r="B${r}" t="inlineStr"><is><t>Xã ${r}</t></is></c></row>`,
    );
  }
  parts.push('</sheetData></worksheet>');
  return workbookWith(new TextEncoder().encode(parts.join('')));
}

function workbookWith(sheet: Uint8Array): Uint8Array {
  const enc = (s: string) => new TextEncoder().encode(s);
  return zipSync({
    '[Content_Types].xml': enc(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': enc(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': enc(
      '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="2018" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': enc(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': sheet,
  });
}

const cases: [string, () => Uint8Array][] = [
  ['corrupted (truncated)', () => readFileSync(join(FIX, 'truncated.xlsx'))],
  ['password-protected', () => readFileSync(join(FIX, 'password-protected.xlsx'))],
  ['empty', () => readFileSync(join(FIX, 'empty.xlsx'))],
  ['CSV renamed .xlsx', () => readFileSync(join(FIX, 'csv-renamed.xlsx'))],
  ['1,000,000 rows', () => bigWorkbook(1_000_000)],
  ['zip bomb (400 MB of spaces)', () => workbookWith(new Uint8Array(400 * 1024 * 1024).fill(0x20))],
];

const node = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
const chosen = cases.filter(([n]) => !only || n.includes(only));

if (args[0] === '--make') {
  // Child: write the case files, so the measuring parent never holds their bytes (a forked child's peak
  // RSS would include the parent's memory).
  chosen.forEach(([, make], i) => writeFileSync(join(args[1]!, `${i}.xlsx`), make()));
  process.exit(0);
}

const files = mkdtempSync(join(tmpdir(), 'xlsx-cases-'));
spawnSync(node, ['scripts/measure-spreadsheets.ts', '--make', files, ...(only ? [`--only=${only}`] : [])], {
  stdio: 'inherit',
});
console.log('| file | bytes | error reported | published | time | peak RSS |');
console.log('|---|---:|---|---|---:|---:|');
chosen.forEach(([name], i) => {
  const dir = mkdtempSync(join(tmpdir(), 'xlsx-measure-'));
  cpSync('data', dir, { recursive: true });
  rmSync(join(dir, `${YEAR}.csv`));
  cpSync(join(files, `${i}.xlsx`), join(dir, `${YEAR}.xlsx`));
  const bytes = statSync(join(dir, `${YEAR}.xlsx`)).size;
  const run = spawnSync(node, ['scripts/measure-spreadsheets.ts', '--child', dir, `${YEAR}.xlsx`], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  rmSync(dir, { recursive: true, force: true });
  const r = JSON.parse(run.stdout.trim().split('\n').at(-1) || '{}') as {
    ms: number;
    rssMB: number;
    codes: string[];
    published: boolean;
  };
  console.log(
    `| ${name} | ${bytes.toLocaleString('en')} | ${r.codes?.join(', ')} | ${r.published ? 'yes' : 'no'} | ${(r.ms / 1000).toFixed(2)} s | ${Math.round(r.rssMB)} MB |`,
  );
});
rmSync(files, { recursive: true, force: true });

if (existsSync('dist/du-lieu')) {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
  const xlsx = walk('dist/du-lieu').filter((f) => f.endsWith('.xlsx'));
  const size = (f: string) => statSync(f).size;
  const total = xlsx.reduce((s, f) => s + size(f), 0);
  console.log(`\n.xlsx in dist/du-lieu: ${xlsx.length} files, ${(total / 1024).toFixed(0)} KB`);
  for (const f of xlsx.filter((f) => /\/(2018|2024|ket-qua|2018-ket-qua)\.xlsx$|mau\/.*\/2025\.xlsx$/.test(f)))
    console.log(`  ${f.slice(5)}: ${(size(f) / 1024).toFixed(1)} KB`);
}
