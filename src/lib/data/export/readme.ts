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
}

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
    '## Nhật ký thay đổi · Changelog',
    '',
  );
  for (const e of model.changelog) lines.push(mdHeading(3, `${e.date} — ${e.title}`), '', mdProse(e.body), '');
  return lines.join('\n').replace(/\n+$/, '\n');
}
