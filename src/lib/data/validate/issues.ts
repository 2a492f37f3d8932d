/**
 * Collects every problem found in the data instead of stopping at the first, so staff see them all at
 * once. Each issue carries its location and a Vietnamese and English message that says how to fix it.
 */
import type { DataIssue, Severity } from '../types.ts';
import { MESSAGES, sentence, type MessageCode, type MessageText } from './messages.ts';
import { LIMITS } from '../limits.ts';

export interface Location {
  file: string;
  row?: number | null;
  column?: string | null;
  /** Workbooks only: the worksheet and the cell address as Excel shows it ("F7"). */
  sheet?: string | null;
  cell?: string | null;
}

type Args<C extends MessageCode> = (typeof MESSAGES)[C]['text'] extends (a: infer A) => unknown ? A : never;

export class IssueList {
  private readonly listed: DataIssue[] = [];
  private errors = 0;
  private recorded = 0;
  /** Per file: how many issues were listed, and how many more were only counted. */
  private readonly perFile = new Map<string, { listed: number; more: Record<Severity, number> }>();
  /** Files the reading guard refused (outside, too large): not also reported as missing. */
  private readonly refused = new Set<string>();

  /**
   * Record one issue; its severity and wording come from the message catalogue. Past
   * LIMITS.issuesPerFile issues in one file, it is only counted (no text is built), so a million bad
   * rows make a report of a few hundred lines and one "and N more" line.
   */
  add<C extends MessageCode>(code: C, where: Location, args: Args<C>): void {
    if (code === 'file-missing' && this.refused.has(where.file)) return;
    const entry = MESSAGES[code];
    this.recorded++;
    if (entry.severity === 'error') this.errors++;
    const tally = this.perFile.get(where.file) ?? { listed: 0, more: { error: 0, warning: 0, info: 0 } };
    this.perFile.set(where.file, tally);
    if (tally.listed >= LIMITS.issuesPerFile) {
      tally.more[entry.severity]++;
      return;
    }
    tally.listed++;
    this.listed.push(build(code, where, quoted(args)));
  }

  /**
   * Mark a file refused by the reading guard, so a reader that finds it absent adds nothing more; true
   * the first time (the caller reports why, once).
   */
  refuse(file: string): boolean {
    if (this.refused.has(file)) return false;
    this.refused.add(file);
    return true;
  }

  private readonly once = new Set<string>();

  /** Record an issue only the first time its code occurs in a file (for notes that would repeat per cell). */
  addOncePerFile<C extends MessageCode>(code: C, where: Location, args: Args<C>): void {
    const key = `${where.file}|${code}`;
    if (this.once.has(key)) return;
    this.once.add(key);
    this.add(code, where, args);
  }

  /** Every listed issue, then one "and N more" issue per file that went over the limit. */
  get items(): DataIssue[] {
    const out = [...this.listed];
    for (const [file, { more }] of this.perFile) {
      const total = more.error + more.warning + more.info;
      if (total === 0) continue;
      const issue = build('issues-truncated', { file }, { more: total, shown: LIMITS.issuesPerFile });
      out.push({ ...issue, severity: more.error > 0 ? 'error' : issue.severity, more: { ...more } });
    }
    return out;
  }

  /** How many issues were recorded so far, listed or only counted, of every severity. */
  get recordedCount(): number {
    return this.recorded;
  }

  get errorCount(): number {
    return this.errors;
  }

  count(severity: Severity): number {
    let n = this.listed.filter((i) => i.severity === severity).length;
    for (const { more } of this.perFile.values()) n += more[severity];
    return n;
  }
}

/** The issue record for a code, its location and its (already shortened) arguments. */
function build<C extends MessageCode>(code: C, where: Location, args: Args<C>): DataIssue {
  const entry = MESSAGES[code];
  const text = (entry.text as (a: Args<C>) => { vi: MessageText; en: MessageText })(args);
  return {
    file: where.file,
    row: where.row ?? null,
    column: where.column ?? null,
    ...(where.sheet ? { sheet: where.sheet } : {}),
    ...(where.cell ? { cell: where.cell } : {}),
    code,
    severity: entry.severity,
    problem: { vi: text.vi.problem, en: text.en.problem },
    fix: text.vi.fix && text.en.fix ? { vi: text.vi.fix, en: text.en.fix } : null,
    message_vi: sentence(text.vi, 'vi'),
    message_en: sentence(text.en, 'en'),
  };
}

/** Arguments that quote what staff wrote (a cell, a name), as opposed to lists the validator writes. */
const QUOTES = new Set(['value', 'name', 'code', 'declared', 'column', 'id', 'padded', 'message']);

/** Quoted arguments cut to LIMITS.quotedChars, so one huge cell cannot make a huge report. */
function quoted<A>(args: A): A {
  if (args === null || typeof args !== 'object') return args;
  const out: Record<string, unknown> = { ...(args as Record<string, unknown>) };
  for (const [k, v] of Object.entries(out)) {
    if (QUOTES.has(k) && typeof v === 'string' && v.length > LIMITS.quotedChars) {
      out[k] = `${[...v].slice(0, LIMITS.quotedChars).join('')}…`;
    }
  }
  return out as A;
}

/** Order issues by file, row, column so reports read top to bottom like the files. */
export function sortIssues(issues: readonly DataIssue[]): DataIssue[] {
  return [...issues].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.column ?? '').localeCompare(b.column ?? '') ||
      a.code.localeCompare(b.code),
  );
}
