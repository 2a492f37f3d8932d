/**
 * The staff-facing data contract as data: the columns of every CSV table, their types and meaning in
 * both languages. The validator checks files against it and the Data Package export describes the
 * downloads from it, so the two can never disagree.
 */
import type { Framework, Localised } from './types.ts';
import { CODE_PATTERN } from './limits.ts';

export type ColumnType = 'string' | 'number' | 'integer' | 'date';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  required: boolean;
  /** The cell may not be empty. */
  nonEmpty?: boolean;
  min?: number;
  max?: number;
  /** A regular expression (Data Package `pattern`) for string cells. */
  pattern?: string;
  /**
   * Year files only: the code may be typed the ways Excel keeps one (`="20122"`, `19.330`, `'20122`); the
   * pattern is checked on the code those forms stand for (validate/codes.ts), which the reader then uses.
   */
  excelForms?: true;
  title: Localised;
  description: Localised;
  unit?: Localised;
}

const col = (
  name: string,
  type: ColumnType,
  required: boolean,
  vi: string,
  en: string,
  extra: Partial<ColumnSpec> = {},
): ColumnSpec => ({
  name,
  type,
  required,
  title: { vi: vi.split(':')[0]!, en: en.split(':')[0]! },
  description: { vi, en },
  ...extra,
});

const CODE = CODE_PATTERN;

export const PROVINCE_COLUMNS: ColumnSpec[] = [
  col('code', 'string', true, 'Mã tỉnh: mã của Tổng cục Thống kê, dạng văn bản', 'Province code: GSO code, as text', { nonEmpty: true, pattern: CODE }),
  col('name', 'string', true, 'Tên tỉnh: tên chính thức', 'Province name: official name', { nonEmpty: true }),
  col('type', 'string', false, 'Loại đơn vị: tỉnh hoặc thành phố trực thuộc trung ương', 'Unit type'),
  col('valid_from', 'date', true, 'Hiệu lực từ: ngày đầu tiên', 'Valid from: first day', { nonEmpty: true }),
  col('valid_to', 'date', true, 'Hiệu lực đến: ngày cuối cùng, trống nếu còn hiệu lực', 'Valid to: last day, empty while valid'),
  col('note', 'string', false, 'Ghi chú: nguồn hoặc điều chưa chắc chắn', 'Note: source or uncertainty'),
];

export const DISTRICT_COLUMNS: ColumnSpec[] = [
  col('code', 'string', true, 'Mã huyện: mã của Tổng cục Thống kê, dạng văn bản', 'District code: GSO code, as text', { nonEmpty: true, pattern: CODE }),
  col('name', 'string', true, 'Tên huyện: tên chính thức', 'District name: official name', { nonEmpty: true }),
  col('type', 'string', true, 'Loại đơn vị: huyện, thị xã, thành phố, quận', 'Unit type: district, town, city, urban district'),
  col('province_code', 'string', true, 'Mã tỉnh: tỉnh chứa huyện', 'Province code of the district', { nonEmpty: true, pattern: CODE }),
  col('valid_from', 'date', true, 'Hiệu lực từ: ngày đầu tiên', 'Valid from: first day', { nonEmpty: true }),
  col('valid_to', 'date', true, 'Hiệu lực đến: ngày cuối cùng, trống nếu còn hiệu lực', 'Valid to: last day, empty while valid'),
  col('successors', 'string', false, 'Đơn vị kế tục: mã huyện hoặc mã đơn vị cấp xã (ví dụ Huyện Cồn Cỏ → Đặc khu Cồn Cỏ), cách nhau bởi ";"', 'Successors: district or commune-level codes (e.g. Cồn Cỏ District → Cồn Cỏ Special Zone), separated by ";"'),
  col('note', 'string', false, 'Ghi chú: nguồn hoặc điều chưa chắc chắn', 'Note: source or uncertainty'),
];

export const COMMUNE_COLUMNS: ColumnSpec[] = [
  col('code', 'string', true, 'Mã xã: mã 5 chữ số của Tổng cục Thống kê, dạng văn bản', 'Commune code: 5-digit GSO code, as text', { nonEmpty: true, pattern: CODE }),
  col('name', 'string', true, 'Tên xã: tên chính thức kèm loại (Xã, Phường, Thị trấn, Đặc khu)', 'Commune name: official name with its type', { nonEmpty: true }),
  col('type', 'string', true, 'Loại đơn vị: Xã, Phường, Thị trấn (đến 30/06/2025) hoặc Đặc khu (từ 01/07/2025)', 'Unit type: commune, ward, township (until 2025-06-30) or special zone (from 2025-07-01)', { nonEmpty: true }),
  col('district_code', 'string', true, 'Mã huyện: trống khi không còn cấp huyện (từ 01/07/2025)', 'District code: empty where districts no longer exist (from 2025-07-01)', { pattern: CODE }),
  col('province_code', 'string', false, 'Mã tỉnh: bắt buộc khi không có mã huyện', 'Province code: required when there is no district', { pattern: CODE }),
  col('valid_from', 'date', true, 'Hiệu lực từ: ngày đầu tiên', 'Valid from: first day', { nonEmpty: true }),
  col('valid_to', 'date', true, 'Hiệu lực đến: ngày cuối cùng, trống nếu còn hiệu lực', 'Valid to: last day, empty while valid'),
  col('successors', 'string', true, 'Đơn vị kế tục: mã, cách nhau bởi ";"', 'Successors: codes separated by ";"'),
  col('lat', 'number', true, 'Vĩ độ: tâm gần đúng của địa bàn', 'Latitude: approximate centre of the area', { min: -90, max: 90, unit: { vi: 'độ', en: 'degrees' } }),
  col('lon', 'number', true, 'Kinh độ: tâm gần đúng của địa bàn', 'Longitude: approximate centre of the area', { min: -180, max: 180, unit: { vi: 'độ', en: 'degrees' } }),
  col('note', 'string', false, 'Ghi chú: nguồn hoặc điều chưa chắc chắn', 'Note: source or uncertainty'),
];

/** Columns of a year file that do not depend on the framework. */
export const YEAR_FILE_FIXED_COLUMNS = {
  code: col('commune_code', 'string', true, 'Mã xã: mã của đơn vị có hiệu lực ngày 31/12 năm đánh giá', 'Commune code: code of the unit valid on 31 December of the year', { nonEmpty: true, pattern: CODE, excelForms: true }),
  name: col('commune_name', 'string', false, 'Tên xã: để đối chiếu với danh mục', 'Commune name: checked against the register'),
  total: col('total', 'number', false, 'Tổng điểm tự khai: phải khớp tổng tính được', 'Declared total: must equal the computed total', { min: 0 }),
  result: col('result', 'string', false, 'Kết quả tự khai: xếp loại hoặc mức độ công nhận', 'Declared result: class or recognition level'),
  decisionNumber: col('decision_number', 'string', false, 'Số quyết định công nhận', 'Decision number'),
  decisionDate: col('decision_date', 'date', false, 'Ngày quyết định', 'Decision date'),
  note: col('note', 'string', false, 'Ghi chú', 'Note'),
  source: col('source', 'string', false, 'Nguồn: địa chỉ web hoặc văn bản công bố kết quả của dòng này; dòng không có nguồn là minh họa', 'Source: web address or document that published this row\'s result; rows without a source are illustrative'),
} as const;

/** The columns a year file under a framework has, in order: code, name, one per criterion, then the rest. */
export function yearFileColumns(framework: Framework): ColumnSpec[] {
  const f = YEAR_FILE_FIXED_COLUMNS;
  const unit: Localised =
    framework.kind === 'points' ? { vi: 'điểm', en: 'points' } : { vi: 'mức đạt (0 = chưa đạt)', en: 'level met (0 = not met)' };
  const criteria = framework.criteria.map((c) =>
    // Empty only on a row that gives the declared total and result because the criteria were not published.
    col(c.id, 'number', true, `${c.name.vi}: ${c.description.vi}`, `${c.name.en}: ${c.description.en}`, {
      min: 0,
      max: c.max,
      unit,
      title: c.name,
    }),
  );
  return [f.code, f.name, ...criteria, f.total, f.result, f.decisionNumber, f.decisionDate, f.note, f.source];
}
