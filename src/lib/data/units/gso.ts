/**
 * Official unit lists of the General Statistics Office (GSO) as staff get them: the JSON of the public
 * dataset daohoangson/dvhcvn (the GSO web service, three levels nested), or the Excel/CSV export of the
 * GSO administrative-unit site (columns such as Mã, Tên, Cấp, Mã QH, Tên QH, Mã TP, Tên TP; headings
 * matched after folding case and diacritics). Both become one flat list of commune-level units.
 */
import { decodeBytes } from '../read/decode.ts';
import { parseCsv } from '../read/csv.ts';
import { sniffContent } from '../read/sniff.ts';
import { readXlsx } from '../read/xlsx.ts';
import { XLSX_LIMITS } from '../validate/grid.ts';
import { fold, nfc } from '../text.ts';

export interface GsoUnit {
  code: string;
  name: string;
  /** Xã, Phường, Thị trấn. */
  type: string;
  districtCode: string;
  districtName: string;
  provinceCode: string;
  provinceName: string;
}

export type GsoRead = { ok: true; units: GsoUnit[]; format: 'dvhcvn-json' | 'gso-table' } | { ok: false; reason: string };

interface Level3 { level3_id: string; name: string; type: string }
interface Level2 { level2_id: string; name: string; level3s?: Level3[] }
interface Level1 { level1_id: string; name: string; level2s?: Level2[] }

function fromDvhcvn(json: unknown): GsoUnit[] | null {
  const data = (json as { data?: Level1[] })?.data;
  if (!Array.isArray(data)) return null;
  const out: GsoUnit[] = [];
  for (const p of data) {
    for (const d of p.level2s ?? []) {
      for (const c of d.level3s ?? []) {
        out.push({
          code: String(c.level3_id), name: nfc(c.name), type: nfc(c.type),
          districtCode: String(d.level2_id), districtName: nfc(d.name), provinceCode: String(p.level1_id), provinceName: nfc(p.name),
        });
      }
    }
  }
  return out;
}

/** Headings of the GSO export (and of hand-made lists) for each field, folded. */
const HEADINGS: Record<keyof GsoUnit, string[]> = {
  code: ['ma', 'ma px', 'ma xa', 'ma phuong xa', 'ma dvhc'],
  name: ['ten', 'phuong xa', 'ten xa', 'ten phuong xa', 'ten dvhc'],
  type: ['cap', 'loai', 'cap dvhc'],
  districtCode: ['ma qh', 'ma huyen', 'ma quan huyen'],
  districtName: ['ten qh', 'quan huyen', 'ten huyen', 'ten quan huyen'],
  provinceCode: ['ma tp', 'ma tinh', 'ma tinh tp'],
  provinceName: ['ten tp', 'tinh thanh pho', 'ten tinh', 'tinh tp', 'tinh'],
};

const TYPES = ['Thị trấn', 'Phường', 'Xã'];

function fromTable(records: string[][]): GsoUnit[] | null {
  const headerIndex = records.findIndex((r) => r.some((c) => HEADINGS.code.includes(fold(c))));
  if (headerIndex < 0) return null;
  const header = records[headerIndex]!.map(fold);
  const at = (field: keyof GsoUnit) => header.findIndex((h) => HEADINGS[field].includes(h));
  const index = Object.fromEntries((Object.keys(HEADINGS) as (keyof GsoUnit)[]).map((f) => [f, at(f)])) as Record<keyof GsoUnit, number>;
  if (index.code < 0 || index.name < 0) return null;
  const get = (r: string[], f: keyof GsoUnit) => (index[f] < 0 ? '' : nfc(r[index[f]] ?? ''));
  return records
    .slice(headerIndex + 1)
    .filter((r) => /^\d+$/.test(get(r, 'code').replace(/\.0$/, '')))
    .map((r) => {
      const name = get(r, 'name');
      const type = get(r, 'type') || (TYPES.find((t) => name.startsWith(`${t} `)) ?? '');
      return {
        code: get(r, 'code').replace(/\.0$/, '').padStart(5, '0'), name, type,
        districtCode: get(r, 'districtCode').replace(/\.0$/, '').padStart(3, '0'), districtName: get(r, 'districtName'),
        provinceCode: get(r, 'provinceCode').replace(/\.0$/, '').padStart(2, '0'), provinceName: get(r, 'provinceName'),
      };
    });
}

/** Read a GSO unit list from its bytes (JSON, .xlsx or CSV); `province` keeps one province's units. */
export function readGsoList(bytes: Uint8Array, province?: string): GsoRead {
  const kind = sniffContent(bytes);
  let units: GsoUnit[] | null;
  let format: 'dvhcvn-json' | 'gso-table' = 'gso-table';
  if (kind === 'xlsx') {
    const read = readXlsx(bytes, XLSX_LIMITS);
    if (!read.ok) return { ok: false, reason: `workbook ${read.problem}` };
    units = fromTable(read.sheet.records.map((r) => r.cells));
  } else if (kind === 'text') {
    const text = decodeBytes(bytes).text;
    if (/^\s*[{[]/.test(text)) {
      try {
        units = fromDvhcvn(JSON.parse(text));
        format = 'dvhcvn-json';
      } catch {
        return { ok: false, reason: 'invalid JSON' };
      }
    } else {
      const csv = parseCsv(text);
      units = fromTable([csv.header, ...csv.rows.map((r) => r.cells)]);
    }
  } else return { ok: false, reason: `not a unit list (${kind})` };
  if (!units) return { ok: false, reason: 'no column of codes (Mã) found' };
  return { ok: true, format, units: province ? units.filter((u) => u.provinceCode === province) : units };
}
