/**
 * node scripts/bench-limits.ts: how validation holds up on hostile sizes (issue 14.4), each measured in
 * a fresh process on a copy of the demo data with one year file replaced: time, peak memory (RSS) and
 * the size of the report. Prints a table; not a test (figures vary with the machine's load).
 *
 * Cases: 1,000,000 rows of a full year file (95 MB: refused by the byte limit before it is read);
 * 1,000,000 short rows with an error on each (under the byte limit: parsed, checked up to the row limit,
 * 200 issues listed and the rest counted); a 200 MB file with an error on every row; and for scale, the
 * demo data as it is.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const YEAR = 'datasets/cong-dong-hoc-tap/2018.csv';

if (process.argv[2] === '--child') {
  const { folderSource } = await import('../src/lib/data/read/fs.ts');
  const { validateData } = await import('../src/lib/data/validate/index.ts');
  const { formatReport } = await import('../src/lib/data/validate/report.ts');
  const t0 = performance.now();
  const v = validateData(folderSource(process.argv[3]!));
  const ms = performance.now() - t0;
  const report = formatReport(v.issues, process.argv[3]!);
  const maxRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(
    JSON.stringify({
      ms,
      maxRssMB,
      errors: v.errorCount,
      listed: v.issues.length,
      reportBytes: Buffer.byteLength(report),
    }),
  );
  process.exit(0);
}

/** Write `count` lines made by `line(i)` after `header` to `path`, in chunks. */
function writeLines(path: string, header: string, count: number, line: (i: number) => string): number {
  const fd = openSync(path, 'w');
  let bytes = writeSync(fd, header + '\r\n');
  let chunk: string[] = [];
  for (let i = 0; i < count; i++) {
    chunk.push(line(i));
    if (chunk.length === 10_000 || i === count - 1) {
      bytes += writeSync(fd, chunk.join('\r\n') + '\r\n');
      chunk = [];
    }
  }
  closeSync(fd);
  return bytes;
}

const demo = readFileSync(join('data', YEAR), 'utf8')
  .replace(/^\uFEFF/, '')
  .split(/\r?\n/);
const header = demo[0]!;
const row = demo[1]!;

interface Case {
  name: string;
  make(file: string): number;
}
const cases: Case[] = [
  { name: 'demo data as it is', make: () => 0 },
  { name: '1,000,000 full rows (one repeated code)', make: (f) => writeLines(f, header, 1_000_000, () => row) },
  {
    name: '1,000,000 short rows, an error on each',
    make: (f) => writeLines(f, 'commune_code,tc01', 1_000_000, (i) => `${i % 100_000},x`),
  },
  {
    name: '200 MB, an error on every row',
    make: (f) => writeLines(f, header, Math.ceil(200e6 / row.length), () => row.replace(/,9,/, ',chín,')),
  },
];

const results: string[][] = [['case', 'file size', 'time', 'peak RSS', 'errors', 'issues listed', 'report']];
for (const c of cases) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-limits-'));
  cpSync('data', dir, { recursive: true });
  const bytes = c.make(join(dir, YEAR)) || readFileSync(join(dir, YEAR)).length;
  const run = spawnSync(process.execPath, [import.meta.filename, '--child', dir], { encoding: 'utf8', maxBuffer: 1e8 });
  rmSync(dir, { recursive: true, force: true });
  if (run.status !== 0) {
    results.push([c.name, `${(bytes / 1e6).toFixed(1)} MB`, `failed: ${run.stderr.split('\n')[0]}`, '', '', '', '']);
    continue;
  }
  const r = JSON.parse(run.stdout) as {
    ms: number;
    maxRssMB: number;
    errors: number;
    listed: number;
    reportBytes: number;
  };
  results.push([
    c.name,
    `${(bytes / 1e6).toFixed(1)} MB`,
    `${(r.ms / 1000).toFixed(2)} s`,
    `${r.maxRssMB} MB`,
    r.errors.toLocaleString('en-GB'),
    String(r.listed),
    `${(r.reportBytes / 1024).toFixed(0)} KB`,
  ]);
}
const widths = results[0]!.map((_, i) => Math.max(...results.map((r) => r[i]!.length)));
for (const r of results) process.stdout.write(r.map((c, i) => c.padEnd(widths[i]!)).join('  ') + '\n');
