/**
 * A small, deterministic writer of Excel workbooks (.xlsx, Office Open XML): the same sheets give the
 * same bytes on every build (one fixed timestamp, entries in a fixed order, no clock, no random ids),
 * which goldens, SHA256SUMS and byte-identical rebuilds need. It writes what downloads and templates
 * use: text and number cells (text stays text: a code keeps its zeros, "=1+1" is never a formula),
 * dates, a few fixed styles, frozen panes, autofilter, column widths, data validation with input
 * messages, cell locking with sheet protection. Pure; fflate zips.
 */
import { zipSync, strToU8 } from 'fflate';

/** The fixed styles (cellXfs indexes). Locked is Excel's default; "open" cells are unlocked. */
export const STYLE = {
  default: 0,
  header: 1,
  text: 2,
  textOpen: 3,
  numberOpen: 4,
  date: 5,
  dateOpen: 6,
  wrap: 7,
  title: 8,
} as const;
export type Style = (typeof STYLE)[keyof typeof STYLE];

export type CellValue = string | number | null | undefined;
/** A cell: a bare value (text or number, default style) or a value with a style; dates as { date }. */
export type XCell = CellValue | { v: CellValue; s?: Style } | { date: string; s?: Style };

export interface Validation {
  /** Cell range, e.g. "C2:C42". */
  sqref: string;
  type: 'decimal' | 'whole' | 'list' | 'custom';
  formula1: string;
  formula2?: string;
  promptTitle?: string;
  prompt?: string;
  error?: string;
}

export interface XSheet {
  name: string;
  rows: XCell[][];
  /** Column widths in characters, by column. */
  widths?: number[];
  /** Freeze the first `rows` rows and `cols` columns. */
  freeze?: { rows: number; cols: number };
  autoFilter?: string;
  validations?: Validation[];
  /** Protect the sheet (no password): locked cells cannot be edited, unlocked ones can. */
  protect?: boolean;
}

export interface Workbook {
  sheets: XSheet[];
  /** ISO date written as the document's creation and modification time, and as every entry's time. */
  date: string;
  title: string;
}

/** True for characters XML 1.0 cannot hold (controls other than tab and line breaks, U+FFFE/U+FFFF). */
const notXml = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff;
};

const esc = (text: string): string =>
  [...text]
    .filter((ch) => !notXml(ch))
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** Column letters of a 0-based index. */
export function col(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Excel's serial day number of an ISO date (1900 date system). */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  const days = Date.UTC(y!, m! - 1, d!) / 86400000 + 25569;
  return days;
}

function cellXml(ref: string, cell: XCell): string {
  if (cell === null || cell === undefined || cell === '') return '';
  if (typeof cell === 'object' && 'date' in cell) {
    return `<c r="${ref}" s="${cell.s ?? STYLE.date}"><v>${isoToSerial(cell.date)}</v></c>`;
  }
  const { v, s } = typeof cell === 'object' ? cell : { v: cell, s: undefined };
  const style = s === undefined || s === 0 ? '' : ` s="${s}"`;
  if (v === null || v === undefined || v === '') return style ? `<c r="${ref}"${style}/>` : '';
  if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"${style}><v>${v}</v></c>` : '';
  const space = /^\s|\s$|\n/.test(v) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${style} t="inlineStr"><is><t${space}>${esc(v)}</t></is></c>`;
}

function sheetXml(sheet: XSheet): string {
  const views = sheet.freeze
    ? (() => {
        const { rows, cols } = sheet.freeze;
        const top = `${col(cols)}${rows + 1}`;
        const pane = rows > 0 && cols > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
        return `<sheetViews><sheetView workbookViewId="0"><pane${cols ? ` xSplit="${cols}"` : ''}${rows ? ` ySplit="${rows}"` : ''} topLeftCell="${top}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`;
      })()
    : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const cols = sheet.widths?.length
    ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
    : '';
  const rows = sheet.rows
    .map((cells, r) => {
      const xml = cells.map((c, i) => cellXml(`${col(i)}${r + 1}`, c)).join('');
      return xml ? `<row r="${r + 1}">${xml}</row>` : '';
    })
    .join('');
  const protect = sheet.protect
    ? '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0" sort="0" autoFilter="0"/>'
    : '';
  const filter = sheet.autoFilter ? `<autoFilter ref="${sheet.autoFilter}"/>` : '';
  const validations = sheet.validations?.length
    ? `<dataValidations count="${sheet.validations.length}">${sheet.validations
        .map((v) => {
          const op = v.type === 'decimal' || v.type === 'whole' ? ' operator="between"' : '';
          const prompt = v.prompt ? ` showInputMessage="1" promptTitle="${esc(v.promptTitle ?? '').slice(0, 32)}" prompt="${esc(v.prompt.slice(0, 255))}"` : '';
          const error = ` showErrorMessage="1" errorTitle="Giá trị không hợp lệ" error="${esc((v.error ?? '').slice(0, 225))}"`;
          const f2 = v.formula2 !== undefined ? `<formula2>${esc(v.formula2)}</formula2>` : '';
          return `<dataValidation type="${v.type}"${op} allowBlank="1"${prompt}${error} sqref="${v.sqref}"><formula1>${esc(v.formula1)}</formula1>${f2}</dataValidation>`;
        })
        .join('')}</dataValidations>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${views}<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${rows}</sheetData>${protect}${filter}${validations}</worksheet>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE8F1FB"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="9"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyNumberFormat="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyProtection="1"><protection locked="0"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyProtection="1"><protection locked="0"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyProtection="1"><protection locked="0"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** Serialise a workbook to .xlsx bytes; the same workbook always gives the same bytes. */
export function writeXlsx(book: Workbook): Uint8Array {
  const n = book.sheets.length;
  const sheetList = book.sheets.map((s, i) => `<sheet name="${esc(s.name.slice(0, 31))}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const files: [string, string][] = [
    [
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${book.sheets
        .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
        .join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    ],
    [
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    ],
    [
      'docProps/app.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>cong-dong-hoc-tap</Application></Properties>`,
    ],
    [
      'docProps/core.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(book.title)}</dc:title><dcterms:created xsi:type="dcterms:W3CDTF">${book.date}T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${book.date}T00:00:00Z</dcterms:modified></cp:coreProperties>`,
    ],
    [
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheetList}</sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${book.sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('')}<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ],
    ['xl/styles.xml', STYLES],
    ...book.sheets.map((s, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s)]),
  ];
  // fflate writes DOS time in local time: build the Date from local fields (noon of the given day) so
  // every time zone writes the same bytes (as export/archive.ts does for the zip).
  const [y, m, d] = (book.date || '2000-01-01').split('-').map(Number) as [number, number, number];
  const mtime = new Date(y, m - 1, d, 12, 0, 0);
  const entries: Record<string, [Uint8Array, { mtime: Date; level: 6 }]> = {};
  for (const [path, xml] of files) entries[path] = [strToU8(xml), { mtime, level: 6 }];
  return zipSync(entries);
}
