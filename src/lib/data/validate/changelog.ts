/**
 * Read and check data/CHANGELOG.md: dated releases and corrections, newest first. It is shown on the
 * site, in the release feed and in the downloads' README, so it is held to the same rules as every
 * other text: structure (`# title`, an introduction, then `## YYYY-MM-DD — title` entries), real dates,
 * no HTML, no hidden or garbled characters, bounded lengths, links only to web addresses.
 */
import type { DataSource } from '../read/source.ts';
import { decodeBytes } from '../read/decode.ts';
import { LIMITS } from '../limits.ts';
import { parseDate } from './cells.ts';
import type { IssueList } from './issues.ts';
import { checkProse } from './prose.ts';
import { checkLinks } from './links.ts';

export interface ChangelogEntry {
  date: string;
  title: string;
  /** The entry's text (Markdown), without its heading. */
  body: string;
}

const HEADING = /^##\s+(\S+)\s+[—–-]\s+(.+?)\s*$/;
const TITLE_CHARS = 300;

/** Parse `## YYYY-MM-DD — title` sections; every problem is reported at its line. */
export function readChangelog(source: DataSource, issues: IssueList): ChangelogEntry[] {
  const file = 'CHANGELOG.md';
  const bytes = source.read(file);
  if (!bytes) {
    issues.add('file-missing', { file }, { what: file });
    return [];
  }
  const entries: (ChangelogEntry & { row: number })[] = [];
  let current: (ChangelogEntry & { row: number }) | null = null;
  const structure = (row: number, what: string, whatEn: string) =>
    issues.add('changelog-structure', { file, row }, { what, whatEn });
  decodeBytes(bytes).text.split(/\r?\n/).forEach((line, index) => {
    const row = index + 1;
    checkProse(line, { file, row }, issues, Infinity);
    checkLinks(line, { file, row }, issues);
    if (/^#\s/.test(line) && row > 1) structure(row, 'chỉ dòng đầu tiên được là tiêu đề "# …"', 'only the first line may be a "# …" title');
    if (line.startsWith('## ')) {
      const match = HEADING.exec(line);
      const date = match ? parseDate(match[1]!) : null;
      if (!match || !date || date !== match[1]) {
        issues.add('date-invalid', { file, row }, { value: line.slice(3) });
        current = null;
        return;
      }
      if (match[2]!.length > TITLE_CHARS) issues.add('text-too-long', { file, row }, { length: match[2]!.length, max: TITLE_CHARS });
      const previous = entries.at(-1);
      if (previous && previous.date < date) issues.add('changelog-order', { file, row }, { date, previous: previous.date });
      current = { date, title: match[2]!, body: '', row };
      entries.push(current);
    } else if (/^#{3,}\s/.test(line) && !current) {
      structure(row, 'tiêu đề phụ nằm ngoài mọi mục', 'a subheading outside any entry');
    } else if (current) {
      current.body += line + '\n';
    }
  });
  if (entries.length === 0) structure(1, 'không có mục nào dạng "## YYYY-MM-DD — tiêu đề"', 'no entry of the form "## YYYY-MM-DD — title"');
  for (const e of entries) {
    e.body = e.body.trim();
    if (e.body === '') structure(e.row, `mục ${e.date} không có nội dung`, `entry ${e.date} has no text`);
    if (e.body.length > LIMITS.textChars) issues.add('text-too-long', { file, row: e.row }, { length: e.body.length, max: LIMITS.textChars });
  }
  return entries.map(({ date, title, body }) => ({ date, title, body })).sort((a, b) => b.date.localeCompare(a.date));
}
