/**
 * The columns of the derived downloads (long scores, results), as ColumnSpecs like the input contract.
 * The CSV/JSON writers, the Data Package table schemas and the data dictionary on the catalogue page are
 * all generated from these lists, so a column can never be written without being documented.
 */
import type { ColumnSpec, ColumnType } from '../contract.ts';
import { COMMUNE_COLUMNS, DISTRICT_COLUMNS, PROVINCE_COLUMNS } from '../contract.ts';

const CODE = '^[0-9]+$';

/** A column whose title is the text before the first colon of its description. */
const col = (name: string, type: ColumnType, vi: string, en: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  name,
  type,
  required: true,
  title: { vi: vi.split(':')[0]!, en: en.split(':')[0]! },
  description: { vi, en },
  ...extra,
});

const POINTS_OR_LEVEL = { vi: 'điểm, hoặc số chỉ tiêu đạt', en: 'points, or number of targets met' };

/** Columns that open every derived table: which dataset, year and framework a row belongs to. */
const HEAD: ColumnSpec[] = [
  col('dataset', 'string', 'Tập dữ liệu: mã của tập dữ liệu', 'Dataset: identifier of the dataset', { nonEmpty: true }),
  col('year', 'integer', 'Năm: năm đánh giá', 'Year: assessment year', { nonEmpty: true, min: 1990, max: 2100 }),
  col('framework', 'string', 'Bộ tiêu chí: mã của bộ tiêu chí áp dụng năm đó', 'Framework: identifier of the framework used that year', { nonEmpty: true }),
];

/** Columns naming the commune and its parents as they stood on 31 December of the year. */
const UNIT: ColumnSpec[] = [
  col('commune_code', 'string', 'Mã xã: mã của Tổng cục Thống kê, dạng văn bản', 'Commune code: GSO code, as text', { nonEmpty: true, pattern: CODE }),
  col('commune_name', 'string', 'Tên xã: theo danh mục đơn vị vào ngày 31/12 của năm', 'Commune name: per the register on 31 December of the year', { nonEmpty: true }),
  col('district_code', 'string', 'Mã huyện: trống khi không còn cấp huyện', 'District code: empty where districts no longer exist', { pattern: CODE }),
  col('district_name', 'string', 'Tên huyện: theo danh mục vào ngày 31/12 của năm', 'District name: per the register on 31 December of the year'),
  col('province_code', 'string', 'Mã tỉnh: mã của Tổng cục Thống kê', 'Province code: GSO code', { nonEmpty: true, pattern: CODE }),
];

/** The long (tidy) table: one row per commune, year and criterion. */
export const LONG_COLUMNS: ColumnSpec[] = [
  ...HEAD,
  ...UNIT,
  col('province_name', 'string', 'Tên tỉnh: theo danh mục vào ngày 31/12 của năm', 'Province name: per the register on 31 December of the year'),
  col('criterion_id', 'string', 'Mã tiêu chí: tên cột trong tệp của năm', 'Criterion id: the column name in the year file', { nonEmpty: true }),
  col('criterion_group', 'string', 'Nhóm tiêu chí: mã nhóm (với Thông tư 25/2023 là tiêu chí chứa chỉ tiêu)', 'Criterion group: group id (for Circular 25/2023 the criterion holding the target)'),
  col('criterion_name_vi', 'string', 'Tên tiêu chí (tiếng Việt)', 'Criterion name (Vietnamese)', { nonEmpty: true }),
  col('criterion_name_en', 'string', 'Tên tiêu chí (tiếng Anh)', 'Criterion name (English)', { nonEmpty: true }),
  col('value', 'number', 'Giá trị: điểm của tiêu chí, hoặc mức đạt của chỉ tiêu (0 = chưa đạt)', 'Value: points for the criterion, or level met for a target (0 = not met)', {
    nonEmpty: true,
    min: 0,
    unit: { vi: 'điểm hoặc mức đạt', en: 'points or level' },
  }),
  col('max', 'number', 'Tối đa: điểm tối đa hoặc mức cao nhất của tiêu chí', 'Maximum: highest points or level of the criterion', { nonEmpty: true, min: 0, unit: { vi: 'điểm hoặc mức đạt', en: 'points or level' } }),
];

/**
 * The long table at national scale (see files.ts): the key and the value only (dataset, year, commune
 * code, criterion id, value, max). Everything else on a row is derivable, so it is not stored again on
 * each of the ~1.7 million rows: the framework, commune and district names and codes and the province
 * code from the results file of the same year (joined on dataset, year, commune_code), the province name
 * from the province register, the criterion's group and names from the framework (methodology page).
 */
const KEY_AND_VALUE = new Set(['dataset', 'year', 'commune_code', 'criterion_id', 'value', 'max']);
export const LONG_COMPACT_COLUMNS: ColumnSpec[] = LONG_COLUMNS.filter((c) => KEY_AND_VALUE.has(c.name));

/** The results table: one row per commune and year. */
export const RESULT_COLUMNS: ColumnSpec[] = [
  ...HEAD,
  ...UNIT,
  col('total', 'number', 'Tổng: tổng điểm (chấm điểm) hoặc số chỉ tiêu đạt (công nhận)', 'Total: points (scored frameworks) or targets met (recognition frameworks)', { nonEmpty: true, min: 0, unit: POINTS_OR_LEVEL }),
  col('total_max', 'number', 'Tổng tối đa: tổng điểm tối đa hoặc số chỉ tiêu', 'Maximum total: highest points or number of targets', { nonEmpty: true, min: 0, unit: POINTS_OR_LEVEL }),
  col('class_id', 'string', 'Mã kết quả: mã xếp loại hoặc mức độ công nhận trong bộ tiêu chí', 'Result id: class or recognition level id in the framework', { nonEmpty: true }),
  col('class_name_vi', 'string', 'Kết quả (tiếng Việt): xếp loại hoặc mức độ công nhận', 'Result (Vietnamese): class or recognition level', { nonEmpty: true }),
  col('class_name_en', 'string', 'Kết quả (tiếng Anh)', 'Result (English)', { nonEmpty: true }),
  col('rank_district', 'integer', 'Hạng trong huyện: 1 là cao nhất, bằng điểm cùng hạng; trống nếu bộ tiêu chí không xếp hạng', 'District rank: 1 is best, ties share a rank; empty when the framework does not rank', { min: 1 }),
  col('rank_province', 'integer', 'Hạng trong tỉnh: 1 là cao nhất; trống nếu không xếp hạng', 'Province rank: 1 is best; empty when not ranked', { min: 1 }),
  col('decision_number', 'string', 'Số quyết định công nhận', 'Decision number: of the recognition decision'),
  col('decision_date', 'date', 'Ngày quyết định', 'Decision date'),
  col('note', 'string', 'Ghi chú: văn bản thuần', 'Note: plain text'),
  col('criteria_published', 'integer', 'Điểm tiêu chí được công bố: 1 là có; 0 là văn bản chỉ công bố tổng điểm và kết quả (không có dòng trong bảng điểm chi tiết)', 'Criteria published: 1 yes; 0 when the publication gave only the total and the result (no rows in the long score table)', { nonEmpty: true, min: 0, max: 1 }),
  col('source', 'string', 'Nguồn: nơi kết quả được công bố (địa chỉ web hoặc văn bản); trống là dữ liệu minh họa', 'Source: where the result was published (web address or document); empty for illustrative data'),
];

/** The unit register download: communes with history, in the input contract's columns. */
export const REGISTER_COLUMNS: ColumnSpec[] = COMMUNE_COLUMNS;
export const DISTRICT_REGISTER_COLUMNS: ColumnSpec[] = DISTRICT_COLUMNS;
export const PROVINCE_REGISTER_COLUMNS: ColumnSpec[] = PROVINCE_COLUMNS;
