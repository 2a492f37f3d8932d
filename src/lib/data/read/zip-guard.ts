/**
 * A bounded look inside a workbook before any spreadsheet library sees it: the zip directory is read
 * by hand, every entry is inflated as a stream and thrown away while its real size is counted (a zip
 * bomb or a lying size field stops at the cap, never fills memory), and worksheets are scanned for how
 * many rows hold a value. Only a workbook that passes is handed to the reader. Node and browsers.
 */
import { Inflate } from 'fflate';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the local file header. */
  headerOffset: number;
}

export interface GuardLimits {
  /** Most bytes all entries may inflate to, together. */
  inflatedBytes: number;
  /** Most entries a workbook may hold. */
  entries: number;
}

export type GuardResult =
  | { ok: true; entries: ZipEntry[]; valueRows: Map<string, number>; inflated: number; texts: Map<string, string> }
  | { ok: false; reason: 'corrupt' | 'too-large' | 'too-many-entries'; inflated?: number };

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;

/** The entries of a zip's central directory, or null when it is missing or inconsistent. */
export function zipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return null;
    const nameLength = u16(bytes, at + 28);
    const entry: ZipEntry = {
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      headerOffset: u32(bytes, at + 42),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    };
    if (entry.headerOffset + 30 > bytes.length || u32(bytes, entry.headerOffset) !== 0x04034b50) return null;
    entries.push(entry);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/** The compressed bytes of an entry. */
function entryData(bytes: Uint8Array, e: ZipEntry): Uint8Array | null {
  const start = e.headerOffset + 30 + u16(bytes, e.headerOffset + 26) + u16(bytes, e.headerOffset + 28);
  const end = start + e.compressedSize;
  return end <= bytes.length ? bytes.subarray(start, end) : null;
}

/** Counts rows that hold a value (`<v>` or inline `<is>`) in worksheet XML fed in pieces. */
class RowCounter {
  rows = 0;
  private tail = '';
  private pending = false;
  push(text: string): void {
    const s = this.tail + text;
    const re = /<row[\s>]|<v[\s>]|<is[\s>]/g;
    let m: RegExpExecArray | null;
    let last = 0;
    while ((m = re.exec(s))) {
      if (m[0].startsWith('<row')) this.pending = true;
      else if (this.pending) {
        this.rows++;
        this.pending = false;
      }
      last = re.lastIndex;
    }
    this.tail = s.slice(Math.max(last, s.length - 4));
  }
}

/** Parts whose text the reader needs for sheet names (small; kept). */
const KEEP = /^(xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels)$/;

/**
 * Check a workbook's zip with bounded memory and time: directory sane, at most `entries` entries, real
 * inflated size within `inflatedBytes`. Returns, per worksheet part, how many rows hold a value.
 */
export function guardZip(bytes: Uint8Array, limits: GuardLimits): GuardResult {
  const entries = zipDirectory(bytes);
  if (!entries) return { ok: false, reason: 'corrupt' };
  if (entries.length > limits.entries) return { ok: false, reason: 'too-many-entries' };
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > limits.inflatedBytes) return { ok: false, reason: 'too-large', inflated: declared };
  let inflated = 0;
  const valueRows = new Map<string, number>();
  const texts = new Map<string, string>();
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const data = entryData(bytes, e);
    if (!data || (e.method !== 0 && e.method !== 8)) return { ok: false, reason: 'corrupt' };
    const sheet = /^xl\/worksheets\/[^/]+\.xml$/.test(e.name) ? new RowCounter() : null;
    const keep = KEEP.test(e.name) ? [] as string[] : null;
    const decoder = sheet || keep ? new TextDecoder('utf-8') : null;
    let over = false;
    let size = 0;
    const take = (chunk: Uint8Array) => {
      size += chunk.length;
      inflated += chunk.length;
      if (inflated > limits.inflatedBytes) over = true;
      if (decoder && !over) {
        const text = decoder.decode(chunk, { stream: true });
        sheet?.push(text);
        keep?.push(text);
      }
    };
    try {
      if (e.method === 0) take(data);
      else {
        const inflate = new Inflate((chunk) => take(chunk));
        const STEP = 1 << 16;
        for (let i = 0; i < data.length && !over; i += STEP) {
          inflate.push(data.subarray(i, Math.min(i + STEP, data.length)), i + STEP >= data.length);
        }
      }
    } catch {
      return { ok: false, reason: 'corrupt' };
    }
    if (over) return { ok: false, reason: 'too-large', inflated };
    if (size !== e.size) return { ok: false, reason: 'corrupt' };
    if (sheet) valueRows.set(e.name, sheet.rows);
    if (keep) texts.set(e.name, keep.join(''));
  }
  return { ok: true, entries, valueRows, inflated, texts };
}

/** Sheet names in workbook order with their worksheet part, from workbook.xml and its relationships. */
export function sheetParts(texts: Map<string, string>): { name: string; part: string; hidden: boolean }[] {
  const workbook = texts.get('xl/workbook.xml') ?? '';
  const rels = texts.get('xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out: { name: string; part: string; hidden: boolean }[] = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1] ?? '';
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1] ?? /\b\w+:id="([^"]*)"/.exec(m[0])?.[1] ?? '';
    const hidden = /\bstate="(hidden|veryHidden)"/.test(m[0]);
    out.push({ name: unescapeXml(name), part: targets.get(id) ?? '', hidden });
  }
  return out;
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()]!;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}
