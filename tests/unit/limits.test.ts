/**
 * Bounded resources: a file over the byte limit is refused before it is read, a file over the row limit
 * is refused at the first row past it, and a file with an error on every row gives a report of
 * LIMITS.issuesPerFile lines plus one "and N more" line whose counts still reach the summary.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/lib/data/limits.ts';
import { summary, formatReport } from '../../src/lib/data/validate/report.ts';
import { Y2018, demoTable, errors, expectIssue, listIssues, toCsvText, validateWith } from './support/data.ts';

describe('limits', () => {
  it('a year file over the byte limit is one located error, not read, not also "missing"', () => {
    const big = new Uint8Array(LIMITS.tableBytes + 1).fill(0x41);
    const v = validateWith({ [Y2018]: big });
    const issue = expectIssue(v, { file: Y2018, row: null, column: null, code: 'file-too-large', severity: 'error' });
    expect(issue.message_en).toContain(LIMITS.tableBytes.toLocaleString('en-GB'));
    expect(v.issues.filter((i) => i.file === Y2018).map((i) => i.code)).toEqual(['file-too-large']);
  });

  it('a file with more rows than the limit is refused at the first row past it, and its report is bounded', () => {
    const t = demoTable(Y2018);
    const rows = Array.from({ length: LIMITS.tableRows + 1 }, () => t.rows[0]!);
    const v = validateWith({ [Y2018]: toCsvText({ header: t.header, rows }) });
    expectIssue(v, { file: Y2018, row: LIMITS.tableRows + 2, column: null, code: 'too-many-rows', severity: 'error' });
    const mine = v.issues.filter((i) => i.file === Y2018);
    // Every row after the first repeats its code: 100,000 errors, of which only the first ones are listed.
    expect(mine.length).toBe(LIMITS.issuesPerFile + 1);
    const more = mine.find((i) => i.code === 'issues-truncated')!;
    expect(more.severity).toBe('error');
    const hidden = more.more!.error + more.more!.warning + more.more!.info;
    expect(v.errorCount).toBe(errors(v).length - 1 + more.more!.error);
    expect(more.message_vi).toContain(hidden.toLocaleString('vi-VN'));
    expect(summary(v.issues, 'data')).toContain(`${v.errorCount} errors`);
    expect(formatReport(v.issues, 'data').length).toBeLessThan(200_000);
  }, 60_000);

  it('a long cell is quoted short in its message', () => {
    const t = demoTable(Y2018);
    const long = 'x'.repeat(LIMITS.cellChars + 500);
    const rows = t.rows.map((r, i) => (i === 0 ? r.map((c, j) => (t.header[j] === 'tc01' ? long : c)) : r));
    const v = validateWith({ [Y2018]: toCsvText({ header: t.header, rows }) });
    const issue = expectIssue(v, { file: Y2018, row: 2, column: 'tc01', code: 'text-too-long', severity: 'error' });
    expect(issue.message_en).toContain((LIMITS.cellChars + 500).toLocaleString('en-GB'));
    for (const i of v.issues) expect(i.message_vi.length, listIssues([i])).toBeLessThan(LIMITS.quotedChars + 400);
  });
});
