/**
 * npm run validate -- [--json] [DATA_DIR]
 * Check a data folder and the stories folder (STORIES_DIR) and print every problem (Vietnamese and
 * English). Exit 0 when there are no errors, 1 when there are, 2 on an internal failure.
 */
import { loadData } from '../src/lib/data/load.ts';
import { dataDir } from '../src/lib/data/read/fs.ts';
import { formatReport, jsonReport } from '../src/lib/data/validate/report.ts';
import { sortIssues } from '../src/lib/data/validate/issues.ts';
import { storyIssues } from './lib/stories.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const dir = args.find((a) => !a.startsWith('--')) ?? dataDir();

try {
  const { validation, dir: root } = loadData(dir);
  const issues = sortIssues([...validation.issues, ...storyIssues()]);
  process.stdout.write((json ? jsonReport(issues) : formatReport(issues, root)) + '\n');
  process.exitCode = validation.errorCount > 0 || issues.some((i) => i.severity === 'error') ? 1 : 0;
} catch (error) {
  process.stderr.write(
    `Lỗi nội bộ khi kiểm tra dữ liệu / internal error while validating: ${(error as Error).message}\n`,
  );
  process.exitCode = 2;
}
