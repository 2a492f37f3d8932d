/**
 * What changed in the published results between two versions of the data folder (e.g. a pull request's
 * base and its head): per dataset-year, the communes added or removed and those whose total or class
 * changed. Reviewers read this in the pull request's job summary before anything is published.
 */
import type { Result } from './types.ts';
import type { SiteModel } from './model/index.ts';

export interface RowRef {
  code: string;
  name: string;
}

export interface Outcome {
  total: number;
  classId: string;
  className: string;
}

export interface ChangedRow extends RowRef {
  before: Outcome;
  after: Outcome;
}

export interface DatasetYearDiff {
  dataset: string;
  year: number;
  /** The whole year file is new / was deleted. */
  status: 'added' | 'removed' | 'modified';
  added: RowRef[];
  removed: RowRef[];
  changed: ChangedRow[];
  /** Rows whose scores changed without changing the total or the class. */
  scoresOnly: RowRef[];
}

export interface DataDiff {
  /** Only dataset-years with at least one difference, in dataset then year order. */
  years: DatasetYearDiff[];
}

const key = (r: Result) => `${r.dataset}|${r.year}`;

function index(model: SiteModel | null): Map<string, Map<string, Result>> {
  const out = new Map<string, Map<string, Result>>();
  for (const r of model?.results ?? []) {
    const group = out.get(key(r)) ?? new Map<string, Result>();
    group.set(r.code, r);
    out.set(key(r), group);
  }
  return out;
}

function outcome(model: SiteModel, r: Result): Outcome {
  const cls = model.frameworks.get(r.framework)?.classes.find((c) => c.id === r.classId);
  return { total: r.total, classId: r.classId, className: cls?.name.vi ?? r.classId };
}

const ref = (model: SiteModel, r: Result): RowRef => ({ code: r.code, name: model.unitOf(r).name });
const sameScores = (a: Result, b: Result) => JSON.stringify(a.scores) === JSON.stringify(b.scores);
const byCode = (a: RowRef, b: RowRef) => a.code.localeCompare(b.code);

/** Compare the results of `before` (null when that version had no valid data) with `after`. */
export function diffModels(before: SiteModel | null, after: SiteModel): DataDiff {
  const old = index(before);
  const now = index(after);
  const keys = [...new Set([...old.keys(), ...now.keys()])].sort((a, b) => {
    const [da, ya] = a.split('|');
    const [db, yb] = b.split('|');
    return da!.localeCompare(db!) || Number(ya) - Number(yb);
  });
  const years: DatasetYearDiff[] = [];
  for (const k of keys) {
    const [dataset, year] = k.split('|') as [string, string];
    const a = old.get(k) ?? new Map<string, Result>();
    const b = now.get(k) ?? new Map<string, Result>();
    const entry: DatasetYearDiff = {
      dataset,
      year: Number(year),
      status: a.size === 0 ? 'added' : b.size === 0 ? 'removed' : 'modified',
      added: [],
      removed: [],
      changed: [],
      scoresOnly: [],
    };
    for (const [code, r] of b) {
      const prev = a.get(code);
      if (!prev) entry.added.push(ref(after, r));
      else if (prev.total !== r.total || prev.classId !== r.classId) {
        entry.changed.push({ ...ref(after, r), before: outcome(before!, prev), after: outcome(after, r) });
      } else if (!sameScores(prev, r)) entry.scoresOnly.push(ref(after, r));
    }
    for (const [code, r] of a) if (!b.has(code)) entry.removed.push(ref(before!, r));
    entry.added.sort(byCode);
    entry.removed.sort(byCode);
    entry.changed.sort(byCode);
    entry.scoresOnly.sort(byCode);
    const any = entry.added.length + entry.removed.length + entry.changed.length + entry.scoresOnly.length;
    if (any > 0) years.push(entry);
  }
  return { years };
}

const STATUS: Record<DatasetYearDiff['status'], string> = {
  added: 'tệp mới / new file',
  removed: 'tệp bị xóa / file removed',
  modified: 'tệp được sửa / file changed',
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const list = (rows: RowRef[]) => rows.map((r) => `${cell(r.name)} (${r.code})`).join(', ');
const fmt = (o: Outcome) => `${o.total} · ${cell(o.className)}`;

/**
 * The diff as Markdown for a pull request's job summary, bilingual. `label` names what was compared,
 * e.g. "origin/main → working copy".
 */
export function diffMarkdown(diff: DataDiff, label: string, beforeNote = ''): string {
  const lines = [`## Thay đổi dữ liệu · Data changes (${cell(label)})`, ''];
  if (beforeNote) lines.push(`> ${beforeNote}`, '');
  if (diff.years.length === 0) {
    lines.push('Không có thay đổi nào về kết quả. · No change to any result.');
    return lines.join('\n') + '\n';
  }
  lines.push('| bộ dữ liệu · dataset | năm · year | tệp · file | thêm · added | bớt · removed | đổi tổng/xếp loại · total/class changed | chỉ đổi điểm · scores only |');
  lines.push('|---|---|---|---:|---:|---:|---:|');
  for (const y of diff.years) {
    lines.push(`| ${y.dataset} | ${y.year} | ${STATUS[y.status]} | ${y.added.length} | ${y.removed.length} | ${y.changed.length} | ${y.scoresOnly.length} |`);
  }
  for (const y of diff.years) {
    lines.push('', `### ${y.dataset} · ${y.year}`, '');
    if (y.changed.length > 0) {
      lines.push('| mã · code | xã · commune | trước · before | sau · after |', '|---|---|---|---|');
      for (const c of y.changed) lines.push(`| ${c.code} | ${cell(c.name)} | ${fmt(c.before)} | ${fmt(c.after)} |`);
      lines.push('');
    }
    if (y.added.length > 0) lines.push(`- **Thêm · added** (${y.added.length}): ${list(y.added)}`);
    if (y.removed.length > 0) lines.push(`- **Bớt · removed** (${y.removed.length}): ${list(y.removed)}`);
    if (y.scoresOnly.length > 0) lines.push(`- **Chỉ đổi điểm · scores only** (${y.scoresOnly.length}): ${list(y.scoresOnly)}`);
  }
  return lines.join('\n') + '\n';
}
