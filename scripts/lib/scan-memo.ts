/**
 * What the finish step's scan (site-scan.ts) learnt of each file, kept in the build cache for the next
 * build, so a file that is the same file as last time is not read again. "The same file" is the same
 * inode with the same size and modification time: a warm build hard-links unchanged pages and downloads
 * from Astro's cache (restore-links.ts), and nothing writes into those files, so they come back as the
 * inodes the last scan hashed. Any write into a file changes its modification time, so a changed file is
 * always read again. As in git's index, a file modified less than two seconds before its scan is not
 * remembered (with a coarse clock, a file rewritten within the same tick could look unchanged).
 */
import { readFileSync, renameSync, writeFileSync, type Stats } from 'node:fs';
import type { ScannedPage } from './site-scan.ts';

/** What the scan keeps of a file: its digest and, for a page, its head. */
export type Known = Pick<ScannedPage, 'size' | 'digest'> &
  Partial<Pick<ScannedPage, 'policy' | 'title' | 'description'>>;

type Entry = [
  dev: number,
  ino: number,
  size: number,
  mtimeMs: number,
  digest: string,
  ...page: [number, string, string] | [],
];

/** Not remembered when modified less than this before the scan began. */
const RACY_MS = 2000;

/** The memo of the last scan (none when `file` is null or unreadable) and the next one being made. */
export class ScanMemo {
  private readonly file: string | null;
  private readonly last = new Map<string, Entry>();
  private readonly lastPolicies: string[] = [];
  private readonly next: Record<string, Entry> = {};
  private readonly policies = new Map<string, number>();
  private readonly started = Date.now();

  constructor(file: string | null) {
    this.file = file;
    if (!file) return;
    try {
      const memo = JSON.parse(readFileSync(file, 'utf8')) as { policies: string[]; files: Record<string, Entry> };
      this.lastPolicies = memo.policies;
      for (const [path, entry] of Object.entries(memo.files)) this.last.set(path, entry);
    } catch {
      // first build, or the memo is unreadable: every file is read
    }
  }

  /** What the last scan knew of `path`, if `stat` shows it is the same file. */
  get(path: string, stat: Stats): Known | undefined {
    const e = this.last.get(path);
    if (!e || e[0] !== stat.dev || e[1] !== stat.ino || e[2] !== stat.size || e[3] !== stat.mtimeMs) return undefined;
    if (e.length === 5) return { size: e[2], digest: e[4] };
    return {
      size: e[2],
      digest: e[4],
      policy: e[5] < 0 ? null : this.lastPolicies[e[5]]!,
      title: e[6],
      description: e[7],
    };
  }

  /** Remember what the scan found of `path`. */
  set(path: string, stat: Stats, known: Known): void {
    if (stat.mtimeMs > this.started - RACY_MS) return;
    const entry: Entry = [stat.dev, stat.ino, stat.size, stat.mtimeMs, known.digest];
    if (known.title !== undefined) {
      const policy = known.policy ?? null;
      let index = policy === null ? -1 : this.policies.get(policy);
      if (index === undefined) this.policies.set(policy!, (index = this.policies.size));
      entry.push(index, known.title, known.description ?? '');
    }
    this.next[path] = entry;
  }

  /** Write the memo for the next build (beside, then renamed in). */
  save(): void {
    if (!this.file) return;
    writeFileSync(`${this.file}.tmp`, JSON.stringify({ policies: [...this.policies.keys()], files: this.next }));
    renameSync(`${this.file}.tmp`, this.file);
  }
}
