/**
 * Propose unit-register rows from two dated GSO lists of one province: new units, ended units,
 * renames (the same code under a new name, as when a merged unit keeps one predecessor's code), moves
 * between districts, code changes (the same unit under a new code: GSO corrected three codes between two
 * lists of 2020) and successor candidates for ended units (the code reused in the same district, or the
 * merger resolution when given). Written as a CSV patch for staff to confirm — never applied blindly.
 */
import { fold } from '../text.ts';

import type { GsoUnit } from './gso.ts';

export type PatchAction = 'new' | 'end' | 'rename' | 'move' | 'code-change';

/** One proposed change: the register columns of units/communes.csv, with the action and a note. */
export interface PatchRow {
  action: PatchAction;
  code: string;
  name: string;
  type: string;
  district_code: string;
  province_code: string;
  valid_from: string;
  valid_to: string;
  successors: string;
  note: string;
}

export const PATCH_COLUMNS: (keyof PatchRow)[] = ['action', 'code', 'name', 'type', 'district_code', 'province_code', 'valid_from', 'valid_to', 'successors', 'note'];

/** The day before an ISO date. */
function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const start = (u: GsoUnit, action: PatchAction, date: string, note: string): PatchRow => ({
  action, code: u.code, name: u.name, type: u.type, district_code: u.districtCode, province_code: u.provinceCode,
  valid_from: date, valid_to: '', successors: '', note,
});
const end = (u: GsoUnit, action: PatchAction, date: string, successors: string[], note: string): PatchRow => ({
  action, code: u.code, name: u.name, type: u.type, district_code: u.districtCode, province_code: u.provinceCode,
  valid_from: '', valid_to: dayBefore(date), successors: successors.join(';'), note,
});

/**
 * The patch that takes the register from `older` to `newer`, whose list is valid from `date`.
 * `resolution` maps ended codes to their successor codes, from the merger resolution (optional).
 */
export function diffLists(older: readonly GsoUnit[], newer: readonly GsoUnit[], date: string, resolution: ReadonlyMap<string, string[]> = new Map()): PatchRow[] {
  const before = new Map(older.map((u) => [u.code, u]));
  const after = new Map(newer.map((u) => [u.code, u]));
  const rows: PatchRow[] = [];
  const key = (u: GsoUnit) => `${u.districtCode}|${fold(u.name)}`;
  const appeared = newer.filter((u) => !before.has(u.code));
  const appearedByKey = new Map(appeared.map((u) => [key(u), u]));
  const matched = new Set<string>();
  // Codes kept under a new name: a rename, or a merger whose new unit took this code.
  const renamed = newer.filter((u) => before.has(u.code) && fold(before.get(u.code)!.name) !== fold(u.name));
  for (const old of older) {
    const now = after.get(old.code);
    if (now) {
      if (fold(now.name) !== fold(old.name) || now.type !== old.type) {
        rows.push(end(old, 'rename', date, [old.code], 'Cùng mã, tên hoặc loại mới: đổi tên, hoặc sáp nhập mà đơn vị mới giữ mã này. · Same code, new name or type: a rename, or a merger whose new unit kept this code.'));
        rows.push(start(now, 'rename', date, 'Dòng mới của mã này. · New row for this code.'));
      } else if (now.districtCode !== old.districtCode) {
        rows.push(end(old, 'move', date, [old.code], `Chuyển từ huyện ${old.districtCode} sang ${now.districtCode}. · Moved from district ${old.districtCode} to ${now.districtCode}.`));
        rows.push(start(now, 'move', date, `Thuộc huyện ${now.districtCode} (${now.districtName}). · Now in district ${now.districtCode}.`));
      }
      continue;
    }
    const same = appearedByKey.get(key(old));
    if (same) {
      matched.add(same.code);
      const note = `GSO đổi mã ${old.code} → ${same.code}, cùng tên và huyện: nếu là đính chính, sửa mã trong danh mục thay vì thêm dòng. · GSO changed code ${old.code} → ${same.code}, same name and district: if it is a correction, fix the code instead of adding a row.`;
      rows.push(end(old, 'code-change', date, [same.code], note));
      rows.push(start(same, 'code-change', date, note));
      continue;
    }
    const given = resolution.get(old.code);
    const inDistrict = renamed.filter((u) => u.districtCode === old.districtCode);
    // A merged name often joins one word of each predecessor (Vĩnh Hiền + Vĩnh Thành → Hiền Thành).
    const lastWord = fold(old.name).split(' ').at(-1)!;
    const byName = inDistrict.filter((u) => fold(u.name).split(' ').includes(lastWord));
    const candidates = given ?? (byName.length === 1 ? byName : inDistrict).map((u) => u.code);
    const note = given
      ? 'Đơn vị kế tục theo nghị quyết đã cho. · Successor from the given resolution.'
      : candidates.length === 1
        ? `Đề xuất: sáp nhập vào ${candidates[0]} (mã giữ lại cùng huyện); đối chiếu nghị quyết. · Proposed: merged into ${candidates[0]} (code kept in the same district); check the resolution.`
        : candidates.length > 1
          ? `Chưa rõ đơn vị kế tục; ứng viên cùng huyện: ${candidates.join(', ')}; đối chiếu nghị quyết. · Successor unclear; candidates in the district: ${candidates.join(', ')}; check the resolution.`
          : 'Không thấy đơn vị kế tục; đối chiếu nghị quyết. · No successor found; check the resolution.';
    rows.push(end(old, 'end', date, given ?? (candidates.length === 1 ? candidates : []), note));
  }
  for (const u of appeared) {
    if (!matched.has(u.code)) rows.push(start(u, 'new', date, 'Đơn vị mới trong danh mục GSO. · New unit in the GSO list.'));
  }
  return rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.valid_from === '' ? -1 : 1));
}

/** The register rows (units/communes.csv columns) of a GSO list, valid from `date` ('' when unknown). */
export function registerRows(units: readonly GsoUnit[], date: string, source: string): Record<string, string>[] {
  return [...units]
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((u) => ({
      code: u.code, name: u.name, type: u.type, district_code: u.districtCode, province_code: u.provinceCode,
      valid_from: date, valid_to: '', successors: '', lat: '', lon: '', note: `GSO: ${source}`,
    }));
}

