/**
 * npm run demo-data [-- --real <file>|none] — write the bundled illustrative year files
 * (data/datasets/<id>/<year>.csv, or the folder named by DATA_DIR) with a fixed seed: the same inputs
 * give byte-identical CSVs on every run. Real published results in scripts/demo-data/real-results.csv
 * (or --real <file>; none to leave them out) are kept as they are. Nothing is written when the data
 * folder, the plan or a real row has a problem: the report says where, in Vietnamese and English.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dataDir, folderSource } from '../src/lib/data/read/fs.ts';
import { IssueList } from '../src/lib/data/validate/issues.ts';
import { formatReport } from '../src/lib/data/validate/report.ts';
import { generateDemoData } from './lib/demo-data.ts';
import { readRealRows } from './lib/real-rows.ts';

const args = process.argv.slice(2);
const realArg = args.includes('--real') ? args[args.indexOf('--real') + 1]! : 'scripts/demo-data/real-results.csv';
const dir = dataDir();
const realIssues = new IssueList();
const real = realArg === 'none' ? [] : readRealRows(realArg, realArg, realIssues);
const { files, issues } =
  realIssues.errorCount > 0 ? { files: [], issues: realIssues.items } : generateDemoData(folderSource(dir), real);
if (issues.length > 0) {
  process.stderr.write(formatReport(issues, dir) + '\n');
  for (const f of files)
    for (const [row, from] of f.realRows)
      process.stderr.write(`  ${f.path} dòng/row ${row} ← ${realArg} dòng/row ${from}\n`);
  process.stderr.write('\nKhông ghi tệp nào. / Nothing was written.\n');
  process.exit(1);
}
for (const f of files) {
  const file = path.join(dir, f.path);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, f.text);
  const classes = Object.entries(f.classes)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const real = f.realRows.size > 0 ? ` (${f.realRows.size} real)` : '';
  process.stdout.write(`${file}: ${f.rows} rows${real} — ${classes}\n`);
}
