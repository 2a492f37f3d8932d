/** Read data/CHANGELOG.md: dated releases and corrections, newest first. */
import type { DataSource } from '../read/source.ts';
import { decodeBytes } from '../read/decode.ts';
import { parseDate } from './cells.ts';
import type { IssueList } from './issues.ts';

export interface ChangelogEntry {
  date: string;
  title: string;
  /** The entry's text (Markdown), without its heading. */
  body: string;
}

const HEADING = /^##\s+(\S+)\s+[—–-]\s+(.+?)\s*$/;

/** Parse `## YYYY-MM-DD — title` sections; a heading with a bad date is reported. */
export function readChangelog(source: DataSource, issues: IssueList): ChangelogEntry[] {
  const file = 'CHANGELOG.md';
  const bytes = source.read(file);
  if (!bytes) {
    issues.add('file-missing', { file }, { what: file });
    return [];
  }
  const entries: ChangelogEntry[] = [];
  let current: ChangelogEntry | null = null;
  decodeBytes(bytes).text.split(/\r?\n/).forEach((line, index) => {
    if (line.startsWith('## ')) {
      const match = HEADING.exec(line);
      const date = match ? parseDate(match[1]!) : null;
      if (!match || !date || date !== match[1]) {
        issues.add('date-invalid', { file, row: index + 1 }, { value: line.slice(3) });
        current = null;
        return;
      }
      current = { date, title: match[2]!, body: '' };
      entries.push(current);
    } else if (current) {
      current.body += line + '\n';
    }
  });
  for (const e of entries) e.body = e.body.trim();
  return entries.sort((a, b) => b.date.localeCompare(a.date));
}
