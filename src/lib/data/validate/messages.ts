/**
 * The catalogue of every data problem the validator can report: its severity and its wording in
 * Vietnamese and English, each saying what is wrong and how to fix it. One place, so the build, the
 * command line and the in-browser checker all speak the same words.
 */
import type { Severity } from '../types.ts';

interface Entry<A> {
  severity: Severity;
  text: (args: A) => { vi: string; en: string };
}
const m = <A = Record<string, never>>(severity: Severity, text: (args: A) => { vi: string; en: string }): Entry<A> => ({
  severity,
  text,
});

type S = string;
type N = number;

export const MESSAGES = {
  'file-missing': m<{ what: S }>('error', ({ what }) => ({
    vi: `Thiếu tệp bắt buộc (${what}). Cách sửa: tạo tệp này theo hướng dẫn dữ liệu.`,
    en: `Required file is missing (${what}). Fix: create it as the data guide describes.`,
  })),
  'file-empty': m('error', () => ({
    vi: 'Tệp trống, không có dòng tiêu đề. Cách sửa: xuất lại từ Excel với dòng tiêu đề ở dòng 1.',
    en: 'The file is empty: no header row. Fix: export again from Excel with the header in row 1.',
  })),
  'encoding-utf16': m<{ encoding: S }>('warning', ({ encoding }) => ({
    vi: `Tệp được lưu dạng ${encoding.toUpperCase()} ("Unicode Text"); đã đọc đúng. Lần sau hãy chọn "CSV UTF-8 (Comma delimited)" khi lưu.`,
    en: `The file is saved as ${encoding.toUpperCase()} ("Unicode Text"); it was read correctly. Next time save as "CSV UTF-8 (Comma delimited)".`,
  })),
  'encoding-legacy': m('warning', () => ({
    vi: 'Tệp không phải UTF-8; đã đọc theo bảng mã Windows-1258. Hãy kiểm tra tên có dấu hiển thị đúng, và lần sau lưu "CSV UTF-8".',
    en: 'The file is not UTF-8; it was read as Windows-1258. Check the accented names look right, and next time save as "CSV UTF-8".',
  })),
  'text-garbled': m<{ value: S }>('error', ({ value }) => ({
    vi: `Chữ bị lỗi phông: "${value}". Có vẻ tệp dùng phông TCVN3 (.VnTime) hoặc VNI. Cách sửa: chuyển mã sang Unicode (ví dụ Unikey → Công cụ chuyển mã) rồi lưu "CSV UTF-8".`,
    en: `Garbled text: "${value}". The file seems to use a TCVN3 (.VnTime) or VNI font encoding. Fix: convert it to Unicode (e.g. Unikey's converter) and save as "CSV UTF-8".`,
  })),
  'csv-structure': m<{ message: S }>('error', ({ message }) => ({
    vi: `Cấu trúc CSV bị hỏng (${message}). Cách sửa: kiểm tra dấu ngoặc kép chưa đóng ở dòng này.`,
    en: `Broken CSV structure (${message}). Fix: look for an unclosed double quote on this row.`,
  })),
  'delimiter-semicolon': m<{ delimiter: S }>('info', ({ delimiter }) => ({
    vi: `Tệp dùng dấu phân cách "${delimiter}" thay cho dấu phẩy; đã đọc đúng.`,
    en: `The file uses "${delimiter}" as delimiter instead of a comma; it was read correctly.`,
  })),
  'blank-rows': m<{ rows: S }>('info', ({ rows }) => ({
    vi: `Bỏ qua các dòng trống: ${rows}.`,
    en: `Blank rows ignored: ${rows}.`,
  })),
  'blank-columns': m<{ count: N }>('info', ({ count }) => ({
    vi: `Bỏ qua ${count} cột trống ở bên phải bảng.`,
    en: `${count} blank column(s) at the right edge ignored.`,
  })),
  'yaml-syntax': m<{ message: S }>('error', ({ message }) => ({
    vi: `Lỗi cú pháp YAML: ${message}. Cách sửa: kiểm tra thụt lề (dùng dấu cách, không dùng tab) và dấu hai chấm.`,
    en: `YAML syntax error: ${message}. Fix: check indentation (spaces, not tabs) and colons.`,
  })),
  'field-invalid': m<{ field: S; vi: S; en: S }>('error', ({ field, vi, en }) => ({
    vi: `Trường "${field}" không hợp lệ: ${vi}.`,
    en: `Field "${field}" is invalid: ${en}.`,
  })),
  'column-missing': m<{ column: S }>('error', ({ column }) => ({
    vi: `Thiếu cột "${column}". Cách sửa: thêm cột với đúng tên này vào dòng tiêu đề (có thể tải tệp mẫu).`,
    en: `Column "${column}" is missing. Fix: add a column with exactly this name to the header row (a template is available).`,
  })),
  'column-unknown': m<{ column: S; expected: S }>('error', ({ column, expected }) => ({
    vi: `Cột "${column}" không thuộc bộ tiêu chí của năm này. Cách sửa: xóa cột hoặc sửa tên; các cột hợp lệ: ${expected}.`,
    en: `Column "${column}" is not part of this year's framework. Fix: remove or rename it; valid columns: ${expected}.`,
  })),
  'column-duplicate': m<{ column: S }>('error', ({ column }) => ({
    vi: `Cột "${column}" xuất hiện hai lần. Cách sửa: giữ lại một cột.`,
    en: `Column "${column}" appears twice. Fix: keep only one.`,
  })),
  'column-no-header': m<{ index: N }>('error', ({ index }) => ({
    vi: `Cột thứ ${index} có dữ liệu nhưng không có tên ở dòng tiêu đề. Cách sửa: đặt tên cột hoặc xóa dữ liệu thừa.`,
    en: `Column ${index} holds data but has no header. Fix: name the column or delete the stray data.`,
  })),
  'row-too-long': m<{ count: N; expected: N }>('error', ({ count, expected }) => ({
    vi: `Dòng có ${count} ô nhưng tiêu đề chỉ có ${expected} cột. Cách sửa: có thể số thập phân dùng dấu phẩy trong tệp phân cách bằng dấu phẩy — dùng dấu chấm (8.5) hoặc lưu với dấu ";".`,
    en: `The row has ${count} cells but the header has ${expected} columns. Fix: a decimal comma in a comma-separated file splits cells — use a dot (8.5) or save with ";" as delimiter.`,
  })),
  'year-file-name': m<{ name: S }>('error', ({ name }) => ({
    vi: `Tên tệp "${name}" không phải là một năm. Cách sửa: đặt tên tệp theo năm đánh giá, ví dụ 2024.csv.`,
    en: `File name "${name}" is not a year. Fix: name the file after the assessment year, e.g. 2024.csv.`,
  })),
  'year-outside-framework': m<{ year: N; spans: S }>('error', ({ year, spans }) => ({
    vi: `Năm ${year} không thuộc bộ tiêu chí nào của bộ dữ liệu (${spans}). Cách sửa: kiểm tra tên tệp, hoặc khai báo bộ tiêu chí cho năm này trong dataset.yaml.`,
    en: `Year ${year} is covered by no framework of this dataset (${spans}). Fix: check the file name, or declare the framework for this year in dataset.yaml.`,
  })),
  'framework-unknown': m<{ id: S }>('error', ({ id }) => ({
    vi: `Không có bộ tiêu chí "${id}" trong thư mục frameworks/. Cách sửa: sửa mã hoặc thêm tệp frameworks/${id}.yaml.`,
    en: `No framework "${id}" in frameworks/. Fix: correct the id or add frameworks/${id}.yaml.`,
  })),
  'framework-years': m<{ id: S; year: N }>('error', ({ id, year }) => ({
    vi: `Bộ tiêu chí "${id}" không áp dụng cho năm ${year}. Cách sửa: sửa khoảng năm trong dataset.yaml hoặc trong tệp bộ tiêu chí.`,
    en: `Framework "${id}" does not apply to ${year}. Fix: correct the year span in dataset.yaml or in the framework file.`,
  })),
  'code-missing': m('error', () => ({
    vi: 'Thiếu mã xã. Cách sửa: nhập mã xã 5 chữ số theo danh mục của Tổng cục Thống kê.',
    en: 'The commune code is missing. Fix: enter the 5-digit GSO commune code.',
  })),
  'code-leading-zeros': m<{ value: S; padded: S }>('warning', ({ value, padded }) => ({
    vi: `Mã "${value}" bị mất số 0 ở đầu; đã đọc là "${padded}". Cách sửa: định dạng cột mã là Văn bản (Text) trong Excel.`,
    en: `Code "${value}" lost its leading zeros; read as "${padded}". Fix: format the code column as Text in Excel.`,
  })),
  'code-unknown': m<{ code: S }>('error', ({ code }) => ({
    vi: `Mã xã "${code}" không có trong danh mục đơn vị (units/communes.csv). Cách sửa: kiểm tra lại mã, hoặc bổ sung đơn vị vào danh mục.`,
    en: `Commune code "${code}" is not in the unit register (units/communes.csv). Fix: check the code, or add the unit to the register.`,
  })),
  'code-not-valid-in-year': m<{ code: S; year: N; units: S }>('error', ({ code, year, units }) => ({
    vi: `Mã "${code}" không thuộc đơn vị nào còn hiệu lực ngày 31/12/${year}. Mã này thuộc: ${units}. Cách sửa: dùng mã của đơn vị đang tồn tại năm ${year}.`,
    en: `Code "${code}" names no unit valid on ${year}-12-31. It belongs to: ${units}. Fix: use the code of the unit that existed in ${year}.`,
  })),
  'code-duplicate': m<{ code: S; first: N }>('error', ({ code, first }) => ({
    vi: `Mã "${code}" đã xuất hiện ở dòng ${first}. Cách sửa: mỗi xã chỉ một dòng mỗi năm; xóa dòng trùng.`,
    en: `Code "${code}" already appears on row ${first}. Fix: one row per commune per year; delete the duplicate.`,
  })),
  'name-mismatch': m<{ name: S; expected: S }>('error', ({ name, expected }) => ({
    vi: `Tên "${name}" không khớp với danh mục: mã này là "${expected}". Cách sửa: sửa mã xã hoặc tên cho đúng.`,
    en: `Name "${name}" does not match the register: this code is "${expected}". Fix: correct the code or the name.`,
  })),
  'score-missing': m('error', () => ({
    vi: 'Ô điểm bị bỏ trống. Cách sửa: nhập điểm (0 nếu không đạt).',
    en: 'The score cell is empty. Fix: enter the score (0 if not achieved).',
  })),
  'score-not-number': m<{ value: S }>('error', ({ value }) => ({
    vi: `"${value}" không phải là số. Cách sửa: chỉ nhập số, ví dụ 8 hoặc 8.5.`,
    en: `"${value}" is not a number. Fix: enter a number only, e.g. 8 or 8.5.`,
  })),
  'score-out-of-range': m<{ value: N; max: N }>('error', ({ value, max }) => ({
    vi: `Giá trị ${value} nằm ngoài khoảng cho phép 0–${max}. Cách sửa: nhập giá trị từ 0 đến ${max}.`,
    en: `Value ${value} is outside the allowed range 0–${max}. Fix: enter a value from 0 to ${max}.`,
  })),
  'score-step': m<{ value: N; step: N }>('error', ({ value, step }) => ({
    vi: `Giá trị ${value} không theo bước ${step}. Cách sửa: làm tròn theo bước ${step}.`,
    en: `Value ${value} is not a multiple of ${step}. Fix: round it to a step of ${step}.`,
  })),
  'decimal-comma': m<{ value: S }>('info', ({ value }) => ({
    vi: `Số "${value}" dùng dấu phẩy thập phân; đã đọc đúng (các số khác trong tệp dùng dấu phẩy cũng được đọc như vậy).`,
    en: `Number "${value}" uses a decimal comma; it was read correctly (so were any other such numbers in this file).`,
  })),
  'total-mismatch': m<{ declared: N; computed: N }>('error', ({ declared, computed }) => ({
    vi: `Tổng khai báo ${declared} khác tổng tính từ các tiêu chí ${computed}. Cách sửa: kiểm tra lại điểm từng tiêu chí hoặc ô tổng.`,
    en: `Declared total ${declared} differs from the total of the criteria, ${computed}. Fix: check the criterion scores or the total.`,
  })),
  'result-mismatch': m<{ declared: S; computed: S }>('error', ({ declared, computed }) => ({
    vi: `Kết quả khai báo "${declared}" khác kết quả tính theo bộ tiêu chí "${computed}". Cách sửa: kiểm tra điểm hoặc ô kết quả.`,
    en: `Declared result "${declared}" differs from the result the framework gives, "${computed}". Fix: check the scores or the result cell.`,
  })),
  'result-unknown': m<{ value: S; options: S }>('error', ({ value, options }) => ({
    vi: `Kết quả "${value}" không có trong bộ tiêu chí. Cách sửa: dùng một trong: ${options}.`,
    en: `Result "${value}" is not defined by the framework. Fix: use one of: ${options}.`,
  })),
  'date-invalid': m<{ value: S }>('error', ({ value }) => ({
    vi: `Ngày "${value}" không hợp lệ. Cách sửa: viết ngày dạng 2025-03-31 hoặc 31/03/2025.`,
    en: `Date "${value}" is invalid. Fix: write the date as 2025-03-31 or 31/03/2025.`,
  })),
  'formula-like': m<{ value: S }>('warning', ({ value }) => ({
    vi: `Ô văn bản "${value}" bắt đầu bằng ký tự mà Excel coi là công thức; trong tệp tải về sẽ thêm dấu ' ở đầu để an toàn.`,
    en: `Text cell "${value}" starts with a character Excel treats as a formula; downloads will prefix it with ' for safety.`,
  })),
  'html-in-text': m<{ value: S }>('error', ({ value }) => ({
    vi: `Ô văn bản chứa mã HTML hoặc script: "${value}". Cách sửa: chỉ nhập chữ thường, không có thẻ <...>.`,
    en: `Text cell contains HTML or script: "${value}". Fix: enter plain text only, without <...> tags.`,
  })),
  'unit-date': m<{ value: S }>('error', ({ value }) => ({
    vi: `Ngày "${value}" không hợp lệ. Cách sửa: viết ngày dạng YYYY-MM-DD, ví dụ 2025-07-01.`,
    en: `Date "${value}" is invalid. Fix: write it as YYYY-MM-DD, e.g. 2025-07-01.`,
  })),
  'unit-period-order': m<{ from: S; to: S }>('error', ({ from, to }) => ({
    vi: `Ngày kết thúc ${to} trước ngày bắt đầu ${from}. Cách sửa: đổi lại hai ngày.`,
    en: `End date ${to} is before start date ${from}. Fix: swap or correct the dates.`,
  })),
  'unit-overlap': m<{ code: S; other: N }>('error', ({ code, other }) => ({
    vi: `Mã "${code}" có hai đơn vị hiệu lực chồng nhau (xem dòng ${other}). Cách sửa: một mã chỉ thuộc một đơn vị tại mỗi thời điểm; sửa valid_from/valid_to.`,
    en: `Code "${code}" has two units with overlapping validity (see row ${other}). Fix: a code names one unit at a time; correct valid_from/valid_to.`,
  })),
  'unit-parent-unknown': m<{ code: S; date: S }>('error', ({ code, date }) => ({
    vi: `Mã cấp trên "${code}" không có đơn vị hiệu lực ngày ${date}. Cách sửa: kiểm tra mã hoặc thêm đơn vị cấp trên vào danh mục.`,
    en: `Parent code "${code}" has no unit valid on ${date}. Fix: check the code or add the parent unit to the register.`,
  })),
  'unit-successor-unknown': m<{ code: S; date: S }>('error', ({ code, date }) => ({
    vi: `Đơn vị kế tục "${code}" không có trong danh mục vào ngày ${date}. Cách sửa: kiểm tra mã kế tục và ngày hiệu lực của đơn vị mới.`,
    en: `Successor "${code}" is not in the register on ${date}. Fix: check the successor code and the new unit's start date.`,
  })),
  'unit-successor-without-end': m('error', () => ({
    vi: 'Có đơn vị kế tục nhưng chưa có ngày kết thúc (valid_to). Cách sửa: điền ngày cuối cùng đơn vị còn hiệu lực.',
    en: 'Successors are given but no end date (valid_to). Fix: enter the last day the unit existed.',
  })),
  'unit-coordinates': m<{ value: S }>('error', ({ value }) => ({
    vi: `Tọa độ "${value}" không hợp lệ. Cách sửa: vĩ độ từ -90 đến 90, kinh độ từ -180 đến 180, dùng dấu chấm thập phân.`,
    en: `Coordinate "${value}" is invalid. Fix: latitude -90 to 90, longitude -180 to 180, with a decimal dot.`,
  })),
  'field-required': m('error', () => ({
    vi: 'Ô bắt buộc bị bỏ trống. Cách sửa: điền giá trị.',
    en: 'A required cell is empty. Fix: fill it in.',
  })),
};

export type MessageCode = keyof typeof MESSAGES;
