/**
 * Collects every problem found in the data instead of stopping at the first, so staff see them all at
 * once. Each issue carries its location and a Vietnamese and English message that says how to fix it.
 */
import type { DataIssue, Severity } from '../types.ts';
import { MESSAGES, sentence, type MessageCode, type MessageText } from './messages.ts';

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
  readonly items: DataIssue[] = [];
  private errors = 0;

  /** Record one issue; its severity and wording come from the message catalogue. */
  add<C extends MessageCode>(code: C, where: Location, args: Args<C>): void {
    const entry = MESSAGES[code];
    const text = (entry.text as (a: Args<C>) => { vi: MessageText; en: MessageText })(args);
    if (entry.severity === 'error') this.errors++;
    this.items.push({
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
    });
  }

  private readonly once = new Set<string>();

  /** Record an issue only the first time its code occurs in a file (for notes that would repeat per cell). */
  addOncePerFile<C extends MessageCode>(code: C, where: Location, args: Args<C>): void {
    const key = `${where.file}|${code}`;
    if (this.once.has(key)) return;
    this.once.add(key);
    this.add(code, where, args);
  }

  get errorCount(): number {
    return this.errors;
  }

  count(severity: Severity): number {
    return this.items.filter((i) => i.severity === severity).length;
  }
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
