/**
 * A published table as an Excel workbook, beside its CSV: sheet "Dữ liệu" with Vietnamese headings and
 * English ones in a second header row (codes as text, numbers as numbers, dates as dates, text never
 * turned into a formula), a dictionary sheet (column names, types, units, meanings) and an "about"
 * sheet with the licence, citation and changelog. Same table and model ⇒ same bytes.
 */
import type { SiteModel } from '../model/index.ts';
import type { Localised } from '../types.ts';
import { parseDate } from '../validate/cells.ts';
import { citation, releaseDate } from './meta.ts';
import { illustrativeNote, sourcedCount } from '../model/provenance.ts';
import type { Table } from './tables.ts';
import { STYLE, col, writeXlsx, type XCell, type XSheet } from './xlsx-writer.ts';
import { cachedBytes } from './byte-cache.ts';

/** The name of the data sheet and its header rows (for the Data Package dialect). */
export const DATA_SHEET = 'Dữ liệu';
export const HEADER_ROWS = [1, 2];

function dataSheet(table: Table): XSheet {
  const rows: XCell[][] = [
    table.columns.map((c) => ({ v: c.title.vi, s: STYLE.header })),
    table.columns.map((c) => ({ v: c.title.en, s: STYLE.header })),
  ];
  for (const r of table.rows) {
    rows.push(
      table.columns.map((c, i): XCell => {
        const v = r[i];
        if (v === null || v === undefined || v === '') return null;
        if (c.type === 'date' && typeof v === 'string' && parseDate(v) === v) return { date: v };
        if (typeof v === 'number') return v;
        return { v: String(v), s: STYLE.text };
      }),
    );
  }
  const end = `${col(table.columns.length - 1)}${table.rows.length + 2}`;
  return {
    name: DATA_SHEET,
    rows,
    widths: table.columns.map((c) => Math.min(40, Math.max(10, c.title.vi.length + 2))),
    freeze: { rows: 2, cols: 0 },
    autoFilter: `A2:${end}`,
  };
}

function dictionarySheet(table: Table): XSheet {
  const head = ['Cột', 'Column', 'Tên cột trong CSV · CSV name', 'Kiểu · Type', 'Đơn vị · Unit', 'Mô tả', 'Description'];
  return {
    name: 'Từ điển · Dictionary',
    rows: [
      head.map((v) => ({ v, s: STYLE.header })),
      ...table.columns.map((c): XCell[] => [c.title.vi, c.title.en, c.name, c.type, c.unit ? `${c.unit.vi} · ${c.unit.en}` : '', { v: c.description.vi, s: STYLE.wrap }, { v: c.description.en, s: STYLE.wrap }]),
    ],
    widths: [24, 24, 20, 10, 18, 60, 60],
    freeze: { rows: 1, cols: 0 },
  };
}

function aboutSheet(model: SiteModel, title: Localised): XSheet {
  const { site } = model;
  const cite = citation(model);
  const note = illustrativeNote(site.illustrative, sourcedCount(model.results));
  const line = (label: string, value: string): XCell[] => [{ v: label, s: STYLE.header }, { v: value, s: STYLE.wrap }];
  const rows: XCell[][] = [
    [{ v: `${title.vi} · ${title.en}`, s: STYLE.title }],
    [],
    line('Bộ dữ liệu · Data set', `${site.title.vi} · ${site.title.en}`),
    line('Mô tả', site.description.vi),
    line('Description', site.description.en),
    ...(note ? [line('Lưu ý · Note', `${note.vi} · ${note.en}`)] : []),
    line('Phiên bản · Version', releaseDate(model) || '—'),
    line('Giấy phép · Licence', `${site.licence.name} — ${site.licence.url}`),
    line('Trích dẫn', cite.vi),
    line('Citation', cite.en),
    line('Định dạng · Format', 'Dòng 1: tên cột tiếng Việt; dòng 2: tiếng Anh; mã là văn bản; từ điển dữ liệu ở trang tính bên cạnh. · Row 1: Vietnamese headings; row 2: English; codes are text; data dictionary in the next sheet.'),
    [],
    [{ v: 'Nhật ký thay đổi · Changelog', s: STYLE.title }],
    ...model.changelog.map((e): XCell[] => [{ v: e.date, s: STYLE.text }, { v: `${e.title}\n${e.body}`, s: STYLE.wrap }]),
  ];
  return { name: 'Giới thiệu · About', rows, widths: [26, 100] };
}

/**
 * The workbook of one published table. A build reads it back from the byte cache when the same sheets
 * were written before (byte-cache.ts): the sheets are all the writer's input.
 */
export function tableWorkbook(model: SiteModel, table: Table, title: Localised): Uint8Array {
  const book = {
    sheets: [dataSheet(table), dictionarySheet(table), aboutSheet(model, title)],
    date: releaseDate(model) || '2000-01-01',
    title: `${title.vi} · ${title.en}`,
  };
  return cachedBytes('xlsx', [JSON.stringify(book)], () => writeXlsx(book));
}
