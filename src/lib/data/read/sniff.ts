/**
 * Recognise what a file really is from its first bytes (and, for zip containers, the names inside),
 * whatever its name says: an Excel workbook saved as .csv, CSV text renamed .xlsx, an old .xls, a
 * password-protected workbook, a PDF… so every report can say in one sentence what was found. Pure,
 * bounded work (a zip's directory is listed without inflating anything); Node and browsers.
 */
import { unzipSync } from 'fflate';

export type ContentKind =
  | 'empty'
  | 'text'
  | 'xlsx'
  | 'xlsm'
  | 'xlsb'
  | 'ods'
  | 'numbers'
  | 'docx'
  | 'pptx'
  | 'zip'
  | 'zip-corrupt'
  | 'xls'
  | 'encrypted'
  | 'doc'
  | 'cfb'
  | 'pdf'
  | 'html'
  | 'xml-spreadsheet'
  | 'rtf'
  | 'image'
  | 'binary';

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0): boolean =>
  sig.every((b, i) => bytes[at + i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** True when the UTF-16LE form of `name` occurs in `bytes` (CFB directory entries are UTF-16LE). */
function hasUtf16(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (let i = 0; i + name.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let j = 1; j < name.length; j++) {
      if (bytes[i + 2 * j] !== name.charCodeAt(j) || bytes[i + 2 * j + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** The entry names of a zip archive, from its central directory (nothing is inflated), or null if broken. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
  } catch {
    return null;
  }
  return names;
}

function zipKind(bytes: Uint8Array): ContentKind {
  // OpenDocument puts its media type, stored, as the very first entry.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 120));
  if (head.includes('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  const names = zipEntryNames(bytes);
  if (!names) return 'zip-corrupt';
  const has = (n: string) => names.includes(n);
  if (has('xl/workbook.bin')) return 'xlsb';
  if (has('xl/workbook.xml') || names.some((n) => /^xl\/workbook\d*\.xml$/.test(n))) {
    return has('xl/vbaProject.bin') ? 'xlsm' : 'xlsx';
  }
  if (names.some((n) => n.startsWith('Index/') && n.endsWith('.iwa')) || has('Index.zip')) return 'numbers';
  if (has('word/document.xml')) return 'docx';
  if (names.some((n) => n.startsWith('ppt/'))) return 'pptx';
  return 'zip';
}

/** Text after an optional BOM and leading white space, lower-cased, for markup checks. */
function textHead(bytes: Uint8Array): string {
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (start < bytes.length && start < 1024 && /\s/.test(String.fromCharCode(bytes[start]!))) start++;
  return new TextDecoder('latin1').decode(bytes.subarray(start, start + 2048)).toLowerCase();
}

/** True when the first bytes hold no NUL or other control bytes that never occur in text (UTF-16 aside). */
function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  let zeros = 0;
  let evenZeros = 0;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) {
      zeros++;
      if (i % 2 === 0) evenZeros++;
    } else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
  }
  // UTF-16 without a BOM: a zero in about every other byte, all at even or all at odd offsets (the
  // other byte of Vietnamese letters, U+1Exx, looks like a control byte, so those are not counted).
  if (zeros > n * 0.3) return evenZeros > zeros * 0.95 || evenZeros < zeros * 0.05;
  return zeros === 0 && controls <= n * 0.001;
}

/** What the bytes of a file are, by content alone. */
export function sniffContent(bytes: Uint8Array): ContentKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP) || startsWith(bytes, ZIP_EMPTY)) return zipKind(bytes);
  if (startsWith(bytes, CFB)) {
    if (hasUtf16(bytes, 'EncryptedPackage') || hasUtf16(bytes, 'EncryptionInfo')) return 'encrypted';
    if (hasUtf16(bytes, 'Workbook') || hasUtf16(bytes, 'Book')) return 'xls';
    if (hasUtf16(bytes, 'WordDocument')) return 'doc';
    return 'cfb';
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf';
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38])
  ) {
    return 'image';
  }
  if (!looksLikeText(bytes)) return 'binary';
  const head = textHead(bytes);
  if (head.startsWith('<?xml') && head.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'xml-spreadsheet';
  if (/^<(!doctype html|html|table|meta|head|body)\b/.test(head) || (head.startsWith('<?xml') && head.includes('<html'))) {
    return 'html';
  }
  return 'text';
}

/** The kind a year file's extension promises. */
export type YearFileFormat = 'csv' | 'xlsx';

/** True when content of `kind` can be read as a year file of `format`. */
export function contentFits(kind: ContentKind, format: YearFileFormat): boolean {
  return format === 'csv' ? kind === 'text' || kind === 'empty' : kind === 'xlsx' || kind === 'xlsm';
}
