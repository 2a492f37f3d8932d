/**
 * README.md of the downloads (and of the zip): what the data is, whether it is illustrative, the
 * licence, how to cite it, what each file holds and the changelog, in Vietnamese then English. Every
 * text from the data goes through the escaping Markdown writer (markdown.ts), never concatenated raw.
 */
import type { SiteModel } from '../model/index.ts';
import { citation, releaseDate } from './meta.ts';
import { illustrativeNote, sourcedCount } from '../model/provenance.ts';
import { mdCode, mdHeading, mdProse, mdRow, mdText, mdUrl } from './markdown.ts';

/** One line of the file list: the path, a short bilingual description and the size in bytes. */
export interface ReadmeFile {
  path: string;
  title: { vi: string; en: string };
  bytes: number;
  /** Published only inside the zip. */
  zipOnly?: boolean;
}

/**
 * Where the long score tables are only in the zip (national scale): why, and how to make one from the
 * wide year table, which holds the same scores.
 */
const LONG_NOTE = [
  '## Điểm dạng dài · Long-format scores',
  '',
  'Bảng điểm dạng dài `<năm>-diem.csv` (dataset, year, commune_code, criterion_id, value, max; mỗi xã, mỗi tiêu chí một dòng) chỉ có trong tệp nén, kèm datapackage.json của tệp nén: nó chứa đúng các điểm của bảng năm `<năm>.csv` (mỗi xã một dòng, mỗi tiêu chí một cột), nên trang không lưu cùng một điểm hai lần. Tự tạo từ bảng năm: mỗi ô tiêu chí không trống thành một dòng với criterion_id là tên cột; dataset và year lấy từ tên tệp; max là điểm tối đa của tiêu chí (trường `constraints.maximum` trong schema/nam-<bộ tiêu chí>.json, hoặc trang Phương pháp). Ví dụ pandas: `df.melt(id_vars=["commune_code"], value_vars=tieu_chi, var_name="criterion_id", value_name="value").dropna(subset=["value"])`; R: `tidyr::pivot_longer(df, all_of(tieu_chi), names_to = "criterion_id", values_to = "value", values_drop_na = TRUE)`.',
  '',
  'The long score tables `<year>-diem.csv` (dataset, year, commune_code, criterion_id, value, max; one row per commune and criterion) are only in the zip, with the zip\'s own datapackage.json: they hold exactly the scores of the year table `<year>.csv` (one row per commune, one column per criterion), so the site does not store the same score twice. To make one from the year table: every non-empty criterion cell becomes a row with the column name as criterion_id; dataset and year come from the file name; max is the criterion\'s maximum (`constraints.maximum` in schema/nam-<framework>.json, or the Methodology page). In pandas: `df.melt(id_vars=["commune_code"], value_vars=criteria, var_name="criterion_id", value_name="value").dropna(subset=["value"])`; in R: `tidyr::pivot_longer(df, all_of(criteria), names_to = "criterion_id", values_to = "value", values_drop_na = TRUE)`.',
  '',
];

/** Build the README text from the model and the list of published files. */
export function readme(model: SiteModel, files: readonly ReadmeFile[]): string {
  const { site } = model;
  const cite = citation(model);
  const lines: string[] = [
    mdHeading(1, `${site.title.vi} · ${site.title.en}`),
    '',
    mdText(site.description.vi),
    '',
    mdText(site.description.en),
    '',
  ];
  const note = illustrativeNote(site.illustrative, sourcedCount(model.results));
  if (note) lines.push(`> **Dữ liệu minh họa.** ${mdText(note.vi)}`, `> **Illustrative data.** ${mdText(note.en)}`, '');
  lines.push(
    `Phiên bản · Version: ${mdText(releaseDate(model) || '—')}`,
    '',
    '## Giấy phép · Licence',
    '',
    `${mdText(site.licence.name)} — ${mdUrl(site.licence.url)}`,
    '',
    '## Trích dẫn · Citation',
    '',
    mdText(cite.vi),
    '',
    mdText(cite.en),
    '',
    '## Định dạng · Format',
    '',
    'CSV: UTF-8 có BOM (mở đúng trong Excel), dòng tiêu đề, dấu phẩy, dấu chấm thập phân, mã là văn bản. Ô văn bản bắt đầu bằng = + - @ được thêm dấu \' phía trước để Excel không chạy như công thức; số không bao giờ bị thay đổi. Từ điển dữ liệu (kiểu, đơn vị, ý nghĩa từng cột) nằm trong datapackage.json; mã kiểm tra SHA-256 trong SHA256SUMS.',
    '',
    "CSV: UTF-8 with BOM (opens correctly in Excel), a header row, commas, decimal dots, codes as text. Text cells starting with = + - @ get a leading ' so Excel does not run them as formulas; numbers are never changed. The data dictionary (type, unit and meaning of each column) is in datapackage.json; SHA-256 checksums in SHA256SUMS.",
    '',
    'Excel bỏ số 0 ở đầu mã (ví dụ mã tỉnh 01) khi mở CSV bằng nhấp đúp: dùng Dữ liệu → Từ Văn bản/CSV và chọn kiểu Văn bản cho các cột mã. · Excel drops the leading zero of codes such as 01 when a CSV is double-clicked: use Data → From Text/CSV and set code columns to Text.',
    '',
    '## Tệp · Files',
    '',
    '| tệp · file | nội dung · contents | byte |',
    '|---|---|---:|',
    ...files.map((f) => mdRow([mdCode(f.path), mdText(`${f.title.vi} · ${f.title.en}`), String(f.bytes)])),
    '',
    ...(files.some((f) => f.zipOnly) ? LONG_NOTE : []),
    '## Nhật ký thay đổi · Changelog',
    '',
  );
  for (const e of model.changelog) lines.push(mdHeading(3, `${e.date} — ${e.title}`), '', mdProse(e.body), '');
  return lines.join('\n').replace(/\n+$/, '\n');
}
