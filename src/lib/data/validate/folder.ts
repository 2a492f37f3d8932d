/**
 * What a dataset folder (datasets/<id>/) holds, entry by entry: dataset.yaml, year files named
 * <year>.csv or <year>.xlsx, and everything else, which is reported — never ignored silently — with
 * what it seems to be (by its bytes) and how to save it properly. Year file names are unique
 * case-insensitively (2018.csv beside 2018.CSV would double every 2018 result), and one year given as
 * both .csv and .xlsx is an error naming both files.
 */
import type { DataSource } from '../read/source.ts';
import { sniffContent, type ContentKind, type YearFileFormat } from '../read/sniff.ts';
import type { IssueList } from './issues.ts';

export interface YearFileEntry {
  year: number;
  name: string;
  /** Path in the data folder. */
  file: string;
  format: YearFileFormat;
}

const YEAR_FILE = /^(\d{4})\.(csv|xlsx)$/i;
const SYSTEM = /^(\.ds_store|thumbs\.db|desktop\.ini|\.gitkeep|\.keep)$/i;
const DOCUMENT_KINDS: ReadonlySet<ContentKind> = new Set(['pdf', 'docx', 'doc', 'rtf', 'image', 'pptx']);

/** Read bytes, or null for an entry that is not a readable file (a subfolder). */
function readEntry(source: DataSource, path: string): Uint8Array | null {
  try {
    return source.read(path);
  } catch {
    return null;
  }
}

/** The year files of one dataset folder, after reporting every other entry and every ambiguous year. */
export function yearFiles(source: DataSource, id: string, issues: IssueList): YearFileEntry[] {
  const dir = `datasets/${id}`;
  const byYear = new Map<number, YearFileEntry[]>();
  for (const name of source.list(dir)) {
    if (name === 'dataset.yaml') continue;
    const file = `${dir}/${name}`;
    const match = YEAR_FILE.exec(name);
    if (match) {
      const entry: YearFileEntry = { year: Number(match[1]), name, file, format: match[2]!.toLowerCase() as YearFileFormat };
      byYear.set(entry.year, [...(byYear.get(entry.year) ?? []), entry]);
      continue;
    }
    if (name.startsWith('~$')) {
      issues.add('dataset-file-ignored', { file }, { name, what: 'lock' });
      continue;
    }
    if (SYSTEM.test(name) || name.startsWith('.')) {
      issues.add('dataset-file-ignored', { file }, { name, what: 'system' });
      continue;
    }
    const bytes = readEntry(source, file);
    if (bytes === null) {
      issues.add('dataset-file-ignored', { file }, { name, what: 'folder' });
      continue;
    }
    const kind = sniffContent(bytes);
    if (DOCUMENT_KINDS.has(kind) || /\.(md|txt)$/i.test(name) && !/\d{4}/.test(name)) {
      issues.add('dataset-file-ignored', { file }, { name, what: 'document' });
    } else {
      issues.add('dataset-file-unknown', { file }, { name, kind });
    }
  }
  const out: YearFileEntry[] = [];
  for (const [year, entries] of [...byYear].sort((a, b) => a[0] - b[0])) {
    if (entries.length === 1) {
      out.push(entries[0]!);
      continue;
    }
    const files = entries.map((e) => e.name).join(', ');
    const formats = new Set(entries.map((e) => e.format));
    for (const e of entries) issues.add(formats.size > 1 ? 'year-file-two-formats' : 'year-file-duplicate', { file: e.file }, { year, files });
  }
  return out;
}
