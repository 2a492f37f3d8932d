/**
 * Clean text everywhere a report leaves: a cell holding ANSI escapes, a line break followed by a GitHub
 * workflow command, or a code fence with HTML reaches the terminal, the job log, the annotations and the
 * job summary only as visible text — never as colour, a new line, a command or markup.
 */
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { formatReport } from '../../src/lib/data/validate/report.ts';
import { annotation, jobSummary } from '../../scripts/ci-report.ts';
import { Y2018, demoTable, toCsvText, validateWith, withCell } from './support/data.ts';

const HOSTILE_CELLS = {
  commune_name: '\u001b[31mĐỎ\u001b[0m\u001b[2J',
  note: 'ghi chú\n::error file=data/site.yaml,line=1::giả mạo\n```\n<script>alert(1)</script>',
  decision_number: '\u202Egnal\u202C',
};

function hostileIssues() {
  let t = demoTable(Y2018);
  for (const [column, value] of Object.entries(HOSTILE_CELLS)) t = withCell(t, 0, column, value);
  const v = validateWith({ [Y2018]: toCsvText(t) });
  const mine = v.issues.filter((i) => i.file === Y2018);
  expect(mine.length).toBeGreaterThanOrEqual(3);
  return v.issues;
}

describe('report escaping', () => {
  it('the text report shows control characters as escapes: no ANSI sequence, no new line from a cell', () => {
    const text = formatReport(hostileIssues(), 'data');
    // eslint-disable-next-line no-control-regex -- looking for control characters
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202a-\u202e]/);
    expect(text).toContain('\\u001B[31m');
    for (const line of text.split('\n')) expect(line.trimStart().startsWith('::'), line).toBe(false);
  });

  it('annotations are one line each, with the cell inside the message, not a second command', () => {
    for (const issue of hostileIssues()) {
      const line = annotation(issue, 'data');
      expect(line).not.toMatch(/[\r\n]/);
      expect(line.match(/^::(error|warning|notice) file=[^:,]+(,line=\d+)?,title=[^:]+::/), line).not.toBeNull();
      // GitHub reads a command only at the start of a line: the cell's "::error" stays text in the message.
    }
  });

  it('the job summary is a table of escaped cells: no fence to break out of, no HTML when rendered', () => {
    const summary = jobSummary(hostileIssues(), 'data');
    for (const line of summary.split('\n')) expect(line.startsWith('```'), line).toBe(false);
    const out = markdownToHtml(summary, { features: { rawHtml: true } });
    const html = typeof out === 'string' ? out : out.html;
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<table>');
    expect(html).toContain('&lt;script&gt;');
  });
});
