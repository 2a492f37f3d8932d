/**
 * node scripts/ci-report.ts <validation.json> [DATA_DIR]
 * Turn the structured report of `npm run validate -- --json` into what a pull request shows, built from
 * the issues' fields, never from raw text: the readable report in the job log (control characters
 * escaped), one GitHub annotation per issue on its file and row (workflow-command escaping, so a cell
 * holding "::error" or a line break stays inside its message), and a Markdown table in the job summary
 * ($GITHUB_STEP_SUMMARY) written by the escaping Markdown writer, so no cell can end a code fence or add
 * HTML. Used by .github/workflows/pull-request.yml.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataIssue } from '../src/lib/data/types.ts';
import { formatReport, locate, printable, summary } from '../src/lib/data/validate/report.ts';
import { mdCode, mdRow, mdText } from '../src/lib/data/export/markdown.ts';

/** Issues annotated at most (GitHub shows 10 per step and kind; the summary table holds the rest). */
const MAX_ANNOTATIONS = 50;
const KIND: Record<DataIssue['severity'], string> = { error: 'error', warning: 'warning', info: 'notice' };

/** A workflow command's message: "%", CR and LF escaped as GitHub's toolkit does. */
export const commandData = (text: string): string =>
  printable(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** A workflow command's property value: also ":" and ",". */
export const commandProperty = (text: string): string => commandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One annotation line for an issue, on `dataDir/file` at its row. */
export function annotation(issue: DataIssue, dataDir: string): string {
  const props = [`file=${commandProperty(join(dataDir, issue.file))}`];
  if (issue.row !== null) props.push(`line=${issue.row}`);
  props.push(`title=${commandProperty(`${issue.code}${issue.column ? ` · ${issue.column}` : ''}`)}`);
  return `::${KIND[issue.severity]} ${props.join(',')}::${commandData(`${issue.message_vi} / ${issue.message_en}`)}`;
}

/** The job summary: counts, then one table row per issue (where, code, problem, fix), every cell escaped. */
export function jobSummary(issues: readonly DataIssue[], dataDir: string): string {
  const lines = [
    '## Báo cáo kiểm tra dữ liệu · Data validation report',
    '',
    mdText(summary(issues, dataDir)),
    '',
    mdRow(['mức · level', 'tệp · file', 'vị trí · where', 'mã · code', 'vấn đề · problem', 'cách sửa · fix']),
    mdRow(['---', '---', '---', '---', '---', '---']),
    ...issues.map((i) =>
      mdRow([
        i.severity,
        mdCode(i.file),
        mdText(locate(i)),
        mdCode(i.code),
        mdText(`${i.problem.vi} / ${i.problem.en}`),
        mdText(i.fix ? `${i.fix.vi} / ${i.fix.en}` : ''),
      ]),
    ),
    '',
  ];
  return lines.join('\n');
}

if (import.meta.filename === process.argv[1]) {
  const [file, dataDir = 'data'] = process.argv.slice(2);
  const issues = JSON.parse(readFileSync(file!, 'utf8')) as DataIssue[];
  process.stdout.write(formatReport(issues, dataDir) + '\n');
  for (const issue of issues.filter((i) => i.severity !== 'info').slice(0, MAX_ANNOTATIONS)) {
    process.stdout.write(annotation(issue, dataDir) + '\n');
  }
  if (process.env.GITHUB_STEP_SUMMARY)
    appendFileSync(process.env.GITHUB_STEP_SUMMARY, jobSummary(issues, dataDir) + '\n');
}
