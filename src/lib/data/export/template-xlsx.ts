/**
 * The .xlsx template staff fill in for a dataset-year: the year's communes prefilled (codes as text,
 * code and name locked), one open column per criterion with Excel data validation from the framework
 * (a range and step for points, a list for target levels) and an input message naming the criterion,
 * the header frozen, and an instructions sheet in Vietnamese (English below). The data sheet is named
 * for the year and comes first, so the checker and the build read it. Deterministic bytes.
 */
import type { Framework } from '../types.ts';
import type { Register } from '../model/register.ts';
import { yearFileColumns } from '../contract.ts';
import { templateHeading } from '../validate/headings.ts';
import { templateTable } from './template.ts';
import { STYLE, col, writeXlsx, type Validation, type XCell, type XSheet } from './xlsx-writer.ts';

const num = (n: number) => String(n).replace('.', ',');

/** The validation of one criterion column: points in [0, max] by `step`, or a target level. */
function criterionRule(framework: Framework, c: Framework['criteria'][number], range: string, first: string): Validation {
  const heading = templateHeading({ name: c.id } as never, framework);
  if (framework.kind === 'targets') {
    const levels = Array.from({ length: c.max + 1 }, (_, i) => i).join(',');
    return {
      sqref: range, type: 'list', formula1: `"${levels}"`, promptTitle: heading,
      prompt: `${c.name.vi}. Nhập ${levels.replace(/,/g, ', ')} (0 = chưa đạt).`,
      error: `Chỉ nhập một trong: ${levels.replace(/,/g, ', ')}.`,
    };
  }
  const factor = Math.round(1 / c.step);
  return {
    sqref: range, type: 'custom',
    formula1: `AND(ISNUMBER(${first}),${first}>=0,${first}<=${c.max},MOD(${first}*${factor},1)=0)`,
    promptTitle: heading,
    prompt: `${c.name.vi}. Từ 0 đến ${num(c.max)} điểm, bước ${num(c.step)}.`,
    error: `Nhập số từ 0 đến ${num(c.max)}, bước ${num(c.step)} (ví dụ ${num(c.max / 2)}).`,
  };
}

/** The instructions sheet: what to do, then every column with what to enter. */
function instructions(framework: Framework, year: number, dataset: string): XSheet {
  const columns = yearFileColumns(framework);
  const rows: XCell[][] = [
    [{ v: `Hướng dẫn điền kết quả năm ${year} · ${framework.short.vi}`, s: STYLE.title }],
    [],
    [{ v: `1. Nhập kết quả vào trang tính "${year}": mỗi dòng là một xã, phường, thị trấn có hiệu lực ngày 31/12/${year}. Mã và tên đã điền sẵn và bị khóa.`, s: STYLE.wrap }],
    [{ v: '2. Xã không được đánh giá năm này: để trống cả dòng (chỉ còn mã và tên) — dòng đó không được công bố.', s: STYLE.wrap }],
    [{ v: '3. Tổng điểm và kết quả có thể để trống; nếu điền, trang web sẽ đối chiếu với kết quả tính theo bộ tiêu chí.', s: STYLE.wrap }],
    [{ v: `4. Lưu tệp dạng Excel Workbook (.xlsx), đặt tên ${year}.xlsx, kiểm tra trên trang /kiem-tra-du-lieu/ rồi đưa vào thư mục data/datasets/${dataset}/.`, s: STYLE.wrap }],
    [{ v: 'Không đổi tên cột, không chèn cột; có thể xóa trang tính này.', s: STYLE.wrap }],
    [],
    [
      { v: 'Cột · Column', s: STYLE.header },
      { v: 'Tên trong tệp · Name in the file', s: STYLE.header },
      { v: 'Nội dung · What to enter', s: STYLE.header },
    ],
    ...columns.map((c): XCell[] => [
      templateHeading(c, framework),
      c.name,
      { v: `${c.description.vi}${c.max !== undefined ? ` (0–${num(c.max)})` : ''}${c.required ? '' : ' — không bắt buộc'}`, s: STYLE.wrap },
    ]),
    [],
    [{ v: `English: enter the ${year} results in sheet "${year}", one row per commune (codes and names are prefilled and locked). Leave a row empty for a commune not assessed. Save as .xlsx named ${year}.xlsx, check it at /en/kiem-tra-du-lieu/, then put it in data/datasets/${dataset}/.`, s: STYLE.wrap }],
  ];
  return { name: 'Hướng dẫn', rows, widths: [22, 18, 90] };
}

/** The template workbook for a dataset-year under `framework`; `example` fills in illustrative scores. */
export function templateWorkbook(register: Register, framework: Framework, dataset: string, year: number, example: boolean, date: string): Uint8Array {
  const columns = yearFileColumns(framework);
  const table = templateTable(register, framework, year, example);
  const last = table.rows.length + 1;
  const styleOf = (name: string): number => {
    if (name === 'commune_code' || name === 'commune_name') return STYLE.text;
    const spec = columns.find((c) => c.name === name)!;
    return spec.type === 'number' ? STYLE.numberOpen : spec.type === 'date' ? STYLE.dateOpen : STYLE.textOpen;
  };
  const header: XCell[] = columns.map((c) => ({ v: templateHeading(c, framework), s: STYLE.header }));
  const rows: XCell[][] = table.rows.map((r) =>
    r.map((v, i) => {
      const s = styleOf(table.header[i]!);
      return { v: typeof v === 'number' ? v : (v ?? ''), s } as XCell;
    }),
  );
  const validations: Validation[] = [];
  columns.forEach((c, i) => {
    const range = `${col(i)}2:${col(i)}${last}`;
    const criterion = framework.criteria.find((x) => x.id === c.name);
    if (criterion) validations.push(criterionRule(framework, criterion, range, `${col(i)}2`));
    if (c.name === 'result') {
      const names = framework.classes.map((k) => k.name.vi).join(',');
      if (names.length < 250) validations.push({ sqref: range, type: 'list', formula1: `"${names}"`, promptTitle: templateHeading(c, framework), prompt: 'Có thể để trống.', error: `Chọn một trong: ${names}.` });
    }
    if (c.name === 'total') validations.push({ sqref: range, type: 'decimal', formula1: '0', formula2: String(framework.totalMax), promptTitle: templateHeading(c, framework), prompt: `Có thể để trống; từ 0 đến ${num(framework.totalMax)}.`, error: `Từ 0 đến ${num(framework.totalMax)}.` });
  });
  const data: XSheet = {
    name: String(year),
    rows: [header, ...rows],
    widths: columns.map((c) => (c.name === 'commune_name' ? 26 : c.name === 'note' || c.name === 'source' ? 30 : c.name === 'commune_code' ? 9 : 12)),
    freeze: { rows: 1, cols: 2 },
    validations,
    protect: true,
  };
  return writeXlsx({ sheets: [data, instructions(framework, year, dataset)], date, title: `Mẫu nhập kết quả ${year} · ${framework.short.vi}` });
}
