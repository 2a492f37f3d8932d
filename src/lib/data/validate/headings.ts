/**
 * The one table of column headings a year file may use besides the contract's own names: the
 * Vietnamese headings of the templates and those staff type (Mã xã, Tên xã, Tiêu chí 1 / TC1 / TC01,
 * Chỉ tiêu 1.2, Tổng điểm, Xếp loại …), compared after folding case and diacritics. Documented in the
 * data guide (data/README.md), which lists this table.
 */
import type { ColumnSpec } from '../contract.ts';
import type { Framework } from '../types.ts';
import { fold } from '../text.ts';

/** Headings accepted for the fixed columns of a year file, as staff write them (folded before use). */
export const HEADING_ALIASES: Readonly<Record<string, readonly string[]>> = {
  commune_code: ['Mã xã', 'Mã', 'Mã đơn vị', 'Mã ĐVHC', 'Mã số', 'Mã xã, phường, thị trấn', 'Mã xã/phường/thị trấn'],
  commune_name: ['Tên xã', 'Tên', 'Tên đơn vị', 'Tên ĐVHC', 'Xã', 'Đơn vị', 'Xã, phường, thị trấn', 'Tên xã, phường, thị trấn', 'Xã/phường/thị trấn'],
  total: ['Tổng điểm', 'Tổng', 'Tổng cộng', 'Số chỉ tiêu đạt', 'Tổng số chỉ tiêu đạt'],
  result: ['Xếp loại', 'Kết quả', 'Kết quả xếp loại', 'Mức độ', 'Mức độ công nhận', 'Kết quả công nhận'],
  decision_number: ['Số quyết định', 'Số QĐ', 'Quyết định số', 'Số quyết định công nhận'],
  decision_date: ['Ngày quyết định', 'Ngày QĐ', 'Ngày ký', 'Ngày ký quyết định', 'Ngày công nhận'],
  note: ['Ghi chú'],
  source: ['Nguồn', 'Nguồn số liệu'],
};

/**
 * Criterion headings: "Tiêu chí 3", "TC3", "TC03", "tc 3" name the criterion whose id is tc + 3 (any zero
 * padding); "Chỉ tiêu 7", "CT7" the one whose id is ct + 7; "Chỉ tiêu 1.2", "CT 1.2" the second
 * criterion of group tc1 (Circular 25/2023: target 2 of criterion 1).
 */
const CRITERION = /^(tieu chi|tc|chi tieu|ct) ?0*(\d+)(?: 0*(\d+))?$/;

/** The heading templates write for a column (Vietnamese first): "Mã xã", "Tiêu chí 1", "Chỉ tiêu 3". */
export function templateHeading(column: ColumnSpec, framework: Framework): string {
  const alias = HEADING_ALIASES[column.name]?.[0];
  if (alias) return column.name === 'result' && framework.kind === 'targets' ? 'Mức độ công nhận' : column.name === 'total' && framework.kind === 'targets' ? 'Số chỉ tiêu đạt' : alias;
  const m = /^(tc|ct)0*(\d+)$/.exec(column.name);
  if (m) return `${m[1] === 'tc' ? 'Tiêu chí' : 'Chỉ tiêu'} ${m[2]}`;
  return column.name;
}

/** Resolves a heading as written to a contract column name, or null. */
export type HeadingResolver = (heading: string) => string | null;

/** Parts of a heading worth trying: as written, then before a "(", ":" or line break ("TC1 (10 điểm)"). */
function candidates(heading: string): string[] {
  const out = [heading];
  const cut = heading.split(/[(:\n\r–—]/)[0]!.trim();
  if (cut !== '' && cut !== heading) out.push(cut);
  const inner = /\(([a-z_0-9]+)\)\s*$/i.exec(heading)?.[1];
  if (inner) out.unshift(inner);
  return out;
}

/** A resolver for the year files of `framework`, over the columns `columns`. */
export function yearFileHeadings(framework: Framework, columns: readonly ColumnSpec[]): HeadingResolver {
  const names = new Set(columns.map((c) => c.name));
  const byFolded = new Map<string, string>();
  const put = (text: string, name: string) => {
    const key = fold(text);
    if (key !== '' && !byFolded.has(key)) byFolded.set(key, name);
  };
  for (const c of columns) put(c.name, c.name);
  for (const [name, aliases] of Object.entries(HEADING_ALIASES)) {
    if (names.has(name)) for (const a of aliases) put(a, name);
  }
  // The titles downloads and templates print (Vietnamese and English), so they read back.
  for (const c of columns) {
    put(c.title.vi, c.name);
    put(c.title.en, c.name);
  }
  const criterionIds = framework.criteria.map((c) => c.id);
  const byNumber = (prefix: string, n: number) => criterionIds.find((id) => new RegExp(`^${prefix}0*${n}$`).test(id));
  return (heading) => {
    for (const text of candidates(heading)) {
      const key = fold(text);
      const direct = byFolded.get(key);
      if (direct) return direct;
      const m = CRITERION.exec(key);
      if (!m) continue;
      const prefix = m[1] === 'tieu chi' || m[1] === 'tc' ? 'tc' : 'ct';
      const a = Number(m[2]);
      if (m[3] === undefined) {
        const id = byNumber(prefix, a);
        if (id) return id;
        continue;
      }
      const group = framework.groups.find((g) => new RegExp(`^tc0*${a}$`).test(g.id));
      const inGroup = group ? framework.criteria.filter((c) => c.group === group.id) : [];
      const hit = inGroup[Number(m[3]) - 1];
      if (hit) return hit.id;
    }
    return null;
  };
}

/** The exact-name resolver of every other table (registers): contract names only, as today. */
export const exactHeadings =
  (columns: readonly ColumnSpec[]): HeadingResolver =>
  (heading) =>
    columns.some((c) => c.name === heading) ? heading : null;
