/**
 * npm run units -- import <file> [--province 45] [--date YYYY-MM-DD] [--out file.csv]
 *   Read an official GSO unit list (dvhcvn JSON, or the GSO Excel/CSV export) and print its communes as
 *   rows of units/communes.csv, to start a register.
 * npm run units -- diff <older> <newer> --date YYYY-MM-DD [--province 45] [--resolution file.csv] [--out file.csv]
 *   Compare two dated lists and print the proposed register changes as a CSV patch for staff to confirm.
 *   The resolution file (columns old_code,new_code) names successors from the merger resolution.
 * Thin entry point over src/lib/data/units/; errors are one line, never a stack trace.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { readGsoList } from '../src/lib/data/units/gso.ts';
import { diffLists, registerRows, PATCH_COLUMNS } from '../src/lib/data/units/diff.ts';
import { COMMUNE_COLUMNS } from '../src/lib/data/contract.ts';
import { toExcelCsv } from '../src/lib/data/export/csv.ts';
import { decodeBytes } from '../src/lib/data/read/decode.ts';
import { parseCsv } from '../src/lib/data/read/csv.ts';

const fail = (message: string): never => {
  process.stderr.write(`✘ ${message}\n`);
  process.exit(2);
};

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fail(`--${name} needs a value`)) : undefined;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const [command, ...files] = positional;
const province = option('province');
const date = option('date') ?? '';
if (date !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(date)) fail(`--date must be YYYY-MM-DD, not "${date}"`);

function list(path: string) {
  if (!existsSync(path)) fail(`no such file: ${path}`);
  const read = readGsoList(new Uint8Array(readFileSync(path)), province);
  if (!read.ok) return fail(`${path}: ${read.reason}`);
  if (read.units.length === 0) fail(`${path}: no units${province ? ` in province ${province}` : ''}`);
  return read.units;
}

function output(text: string): void {
  const out = option('out');
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}

if (command === 'import' && files.length === 1) {
  const rows = registerRows(list(files[0]!), date, files[0]!.split('/').pop()!);
  const header = COMMUNE_COLUMNS.map((c) => c.name);
  output(
    toExcelCsv(
      header,
      rows.map((r) => header.map((h) => r[h] ?? '')),
    ),
  );
  process.stderr.write(`✔ ${rows.length} đơn vị / units\n`);
} else if (command === 'diff' && files.length === 2) {
  if (date === '') fail('diff needs --date YYYY-MM-DD: the day the newer list takes effect');
  const resolution = new Map<string, string[]>();
  const resolutionFile = option('resolution');
  if (resolutionFile) {
    const csv = parseCsv(decodeBytes(new Uint8Array(readFileSync(resolutionFile))).text);
    const [from, to] = [csv.header.indexOf('old_code'), csv.header.indexOf('new_code')];
    if (from < 0 || to < 0) fail(`${resolutionFile}: needs columns old_code,new_code`);
    for (const r of csv.rows) resolution.set(r.cells[from]!, [...(resolution.get(r.cells[from]!) ?? []), r.cells[to]!]);
  }
  const rows = diffLists(list(files[0]!), list(files[1]!), date, resolution);
  output(
    toExcelCsv(
      PATCH_COLUMNS,
      rows.map((r) => PATCH_COLUMNS.map((c) => r[c])),
    ),
  );
  const count = (a: string) => new Set(rows.filter((r) => r.action === a).map((r) => r.code)).size;
  process.stderr.write(
    `✔ new ${count('new')}, ended ${count('end')}, renamed ${count('rename')}, moved ${count('move')}, code changed ${count('code-change') / 2}: đề xuất, cần cán bộ xác nhận / proposals for staff to confirm\n`,
  );
} else {
  fail(
    'usage: npm run units -- import <file> [--province P] [--date D] | diff <older> <newer> --date D [--province P] [--resolution F]',
  );
}
