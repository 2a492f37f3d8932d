/**
 * The benchmark's "one row changed" edit of a synthetic data folder, as a member of staff would make it
 * in Excel: in the first row of the 2022 file (Circular 44, points), one criterion loses a point and the
 * declared total and result are cleared (they are optional; the build computes them), so the data stays
 * valid whatever class the commune falls into.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'datasets/cong-dong-hoc-tap/2022.csv';

/** Change one row of `dataDir`'s 2022 file in place; returns what changed, for the report. */
export function changeOneRow(dataDir: string): string {
  const path = join(dataDir, FILE);
  const text = readFileSync(path, 'utf8');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(eol);
  const header = lines[0]!.replace(/^\uFEFF/, '').split(',');
  const col = (name: string) => header.indexOf(name);
  const row = lines.findIndex((l, i) => i > 0 && Number(l.split(',')[col('tc01')]) >= 1);
  if (row < 0) throw new Error(`${FILE}: no row with tc01 ≥ 1`);
  const cells = lines[row]!.split(',');
  const before = cells[col('tc01')]!;
  cells[col('tc01')] = String(Number(before) - 1);
  for (const name of ['total', 'result']) if (col(name) >= 0) cells[col(name)] = '';
  lines[row] = cells.join(',');
  writeFileSync(path, lines.join(eol));
  return `${FILE} row ${row + 1} (commune ${cells[col('commune_code')]}): tc01 ${before} → ${cells[col('tc01')]}, total and result cleared`;
}
