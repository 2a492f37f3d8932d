/**
 * The catalogue of every data problem the validator can report: its severity and its wording in
 * Vietnamese and English, each as two fields: what is wrong (`problem`) and how to fix it (`fix`). One
 * place, so the build, the command line and the in-browser checker all speak the same words.
 */
import type { Severity } from '../types.ts';

/** What is wrong, and how to fix it when something needs fixing (notes about accepted input have no fix). */
export interface MessageText {
  problem: string;
  fix?: string;
}

/** Problem and fix as one plain-text sentence ("… Cách sửa: …" / "… Fix: …"). */
export function sentence(text: MessageText, lang: 'vi' | 'en'): string {
  return text.fix ? `${text.problem} ${lang === 'vi' ? 'Cách sửa:' : 'Fix:'} ${text.fix}` : text.problem;
}

interface Entry<A> {
  severity: Severity;
  text: (args: A) => { vi: MessageText; en: MessageText };
}
const m = <A = Record<string, never>>(
  severity: Severity,
  text: (args: A) => { vi: MessageText; en: MessageText },
): Entry<A> => ({
  severity,
  text,
});

type S = string;
type N = number;

/** What a file's bytes turned out to be (read/sniff.ts), and how to save such a table properly. */
export const CONTENT_KINDS: Record<string, { vi: string; en: string; fixVi: string; fixEn: string }> = {
  empty: { vi: 'một tệp rỗng (0 byte)', en: 'an empty file (0 bytes)', fixVi: 'Xuất lại tệp từ Excel.', fixEn: 'Export the file again from Excel.' },
  text: { vi: 'văn bản CSV', en: 'CSV text', fixVi: 'Đặt đuôi tệp là .csv (ví dụ 2024.csv).', fixEn: 'Give it the .csv extension (e.g. 2024.csv).' },
  xlsx: { vi: 'một sổ tính Excel (.xlsx)', en: 'an Excel workbook (.xlsx)', fixVi: 'Đặt đuôi tệp là .xlsx (ví dụ 2024.xlsx).', fixEn: 'Give it the .xlsx extension (e.g. 2024.xlsx).' },
  xlsm: { vi: 'một sổ tính Excel có macro (.xlsm)', en: 'a macro-enabled Excel workbook (.xlsm)', fixVi: 'Trong Excel chọn Tệp → Lưu thành → "Excel Workbook (*.xlsx)".', fixEn: 'In Excel choose File → Save As → "Excel Workbook (*.xlsx)".' },
  xlsb: { vi: 'một sổ tính Excel nhị phân (.xlsb)', en: 'a binary Excel workbook (.xlsb)', fixVi: 'Trong Excel chọn Tệp → Lưu thành → "Excel Workbook (*.xlsx)".', fixEn: 'In Excel choose File → Save As → "Excel Workbook (*.xlsx)".' },
  xls: { vi: 'một tệp Excel 97–2003 (.xls)', en: 'an Excel 97–2003 file (.xls)', fixVi: 'Mở trong Excel, chọn Tệp → Lưu thành → "Excel Workbook (*.xlsx)".', fixEn: 'Open it in Excel and choose File → Save As → "Excel Workbook (*.xlsx)".' },
  encrypted: { vi: 'một sổ tính có đặt mật khẩu (đã mã hóa)', en: 'a password-protected (encrypted) workbook', fixVi: 'Mở tệp trong Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu) rồi lưu lại.', fixEn: 'Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it) and save again.' },
  ods: { vi: 'một bảng tính OpenDocument (.ods)', en: 'an OpenDocument spreadsheet (.ods)', fixVi: 'Trong LibreOffice chọn Tệp → Lưu thành → "Excel 2007-365 (.xlsx)".', fixEn: 'In LibreOffice choose File → Save As → "Excel 2007-365 (.xlsx)".' },
  numbers: { vi: 'một bảng tính Apple Numbers', en: 'an Apple Numbers spreadsheet', fixVi: 'Trong Numbers chọn Tệp → Xuất sang → Excel (.xlsx).', fixEn: 'In Numbers choose File → Export To → Excel (.xlsx).' },
  'xml-spreadsheet': { vi: 'một bảng tính "XML Spreadsheet 2003"', en: 'an "XML Spreadsheet 2003" file', fixVi: 'Mở trong Excel, lưu thành "Excel Workbook (*.xlsx)".', fixEn: 'Open it in Excel and save as "Excel Workbook (*.xlsx)".' },
  html: { vi: 'một trang web (HTML), thường do phần mềm xuất ra dưới tên .xls', en: 'a web page (HTML), often exported by software under an .xls name', fixVi: 'Mở trong Excel, lưu thành "Excel Workbook (*.xlsx)" hoặc "CSV UTF-8".', fixEn: 'Open it in Excel and save as "Excel Workbook (*.xlsx)" or "CSV UTF-8".' },
  docx: { vi: 'một văn bản Word (.docx)', en: 'a Word document (.docx)', fixVi: 'Chép bảng vào tệp mẫu Excel và lưu .xlsx; văn bản không được công bố.', fixEn: 'Copy the table into the Excel template and save it as .xlsx; documents are not published.' },
  doc: { vi: 'một văn bản Word 97–2003 (.doc)', en: 'a Word 97–2003 document (.doc)', fixVi: 'Chép bảng vào tệp mẫu Excel và lưu .xlsx.', fixEn: 'Copy the table into the Excel template and save it as .xlsx.' },
  pptx: { vi: 'một bản trình chiếu PowerPoint', en: 'a PowerPoint presentation', fixVi: 'Xóa tệp này khỏi thư mục dữ liệu.', fixEn: 'Remove it from the data folder.' },
  pdf: { vi: 'một tệp PDF', en: 'a PDF document', fixVi: 'Trang web không đọc được bảng trong PDF: chép số liệu vào tệp mẫu Excel và lưu .xlsx.', fixEn: 'The site cannot read tables in a PDF: copy the figures into the Excel template and save it as .xlsx.' },
  rtf: { vi: 'một văn bản RTF', en: 'an RTF document', fixVi: 'Chép bảng vào tệp mẫu Excel và lưu .xlsx.', fixEn: 'Copy the table into the Excel template and save it as .xlsx.' },
  image: { vi: 'một hình ảnh', en: 'an image', fixVi: 'Trang web không đọc được số liệu trong ảnh: nhập số liệu vào tệp mẫu Excel.', fixEn: 'The site cannot read figures from an image: enter them in the Excel template.' },
  zip: { vi: 'một tệp nén (.zip)', en: 'a zip archive', fixVi: 'Giải nén và chỉ đặt tệp .xlsx hoặc .csv của năm vào thư mục.', fixEn: 'Unpack it and put only the year’s .xlsx or .csv in the folder.' },
  'zip-corrupt': { vi: 'một tệp nén bị hỏng (có thể là .xlsx tải về hoặc chép chưa xong)', en: 'a damaged zip file (perhaps an .xlsx whose download or copy did not finish)', fixVi: 'Mở tệp gốc trong Excel và lưu lại thành .xlsx.', fixEn: 'Open the original in Excel and save it again as .xlsx.' },
  cfb: { vi: 'một tệp Office cũ không phải bảng tính', en: 'an old-format Office file that is not a spreadsheet', fixVi: 'Lưu bảng thành .xlsx.', fixEn: 'Save the table as .xlsx.' },
  binary: { vi: 'dữ liệu nhị phân không phải bảng tính', en: 'binary data that is not a spreadsheet', fixVi: 'Lưu bảng thành .xlsx hoặc "CSV UTF-8".', fixEn: 'Save the table as .xlsx or "CSV UTF-8".' },
};

const kindText = (kind: string) => CONTENT_KINDS[kind] ?? CONTENT_KINDS.binary!;

export const MESSAGES = {
  'file-missing': m<{ what: S }>('error', ({ what }) => ({
    vi: { problem: `Thiếu tệp bắt buộc (${what}).`, fix: `Tạo tệp này theo hướng dẫn dữ liệu.` },
    en: { problem: `Required file is missing (${what}).`, fix: `Create it as the data guide describes.` },
  })),
  'file-empty': m('error', () => ({
    vi: { problem: 'Tệp trống, không có dòng tiêu đề.', fix: 'Xuất lại từ Excel với dòng tiêu đề ở dòng 1.' },
    en: { problem: 'The file is empty: no header row.', fix: 'Export again from Excel with the header in row 1.' },
  })),
  'encoding-utf16': m<{ encoding: S }>('warning', ({ encoding }) => ({
    vi: { problem: `Tệp được lưu dạng ${encoding.toUpperCase()} ("Unicode Text"); đã đọc đúng.`, fix: 'Lần sau hãy chọn "CSV UTF-8 (Comma delimited)" khi lưu.' },
    en: { problem: `The file is saved as ${encoding.toUpperCase()} ("Unicode Text"); it was read correctly.`, fix: 'Next time save as "CSV UTF-8 (Comma delimited)".' },
  })),
  'encoding-legacy': m('warning', () => ({
    vi: { problem: 'Tệp không phải UTF-8; đã đọc theo bảng mã Windows-1258.', fix: 'Hãy kiểm tra tên có dấu hiển thị đúng, và lần sau lưu "CSV UTF-8".' },
    en: { problem: 'The file is not UTF-8; it was read as Windows-1258.', fix: 'Check the accented names look right, and next time save as "CSV UTF-8".' },
  })),
  'text-garbled': m<{ value: S }>('error', ({ value }) => ({
    vi: { problem: `Chữ bị lỗi phông: "${value}". Có vẻ tệp dùng phông TCVN3 (.VnTime) hoặc VNI.`, fix: `Chuyển mã sang Unicode (ví dụ Unikey → Công cụ chuyển mã) rồi lưu "CSV UTF-8".` },
    en: { problem: `Garbled text: "${value}". The file seems to use a TCVN3 (.VnTime) or VNI font encoding.`, fix: `Convert it to Unicode (e.g. Unikey's converter) and save as "CSV UTF-8".` },
  })),
  'csv-structure': m<{ message: S }>('error', ({ message }) => ({
    vi: { problem: `Cấu trúc CSV bị hỏng (${message}).`, fix: `Kiểm tra dấu ngoặc kép chưa đóng ở dòng này.` },
    en: { problem: `Broken CSV structure (${message}).`, fix: `Look for an unclosed double quote on this row.` },
  })),
  'delimiter-semicolon': m<{ delimiter: S }>('info', ({ delimiter }) => ({
    vi: { problem: `Tệp dùng dấu phân cách "${delimiter}" thay cho dấu phẩy; đã đọc đúng.` },
    en: { problem: `The file uses "${delimiter}" as delimiter instead of a comma; it was read correctly.` },
  })),
  'blank-rows': m<{ rows: S }>('info', ({ rows }) => ({
    vi: { problem: `Bỏ qua các dòng trống: ${rows}.` },
    en: { problem: `Blank rows ignored: ${rows}.` },
  })),
  'blank-columns': m<{ count: N }>('info', ({ count }) => ({
    vi: { problem: `Bỏ qua ${count} cột trống ở bên phải bảng.` },
    en: { problem: `${count} blank column(s) at the right edge ignored.` },
  })),
  'file-content-mismatch': m<{ name: S; kind: S; expected: S }>('error', ({ name, kind, expected }) => ({
    vi: { problem: `Tệp "${name}" mang đuôi .${expected} nhưng nội dung là ${kindText(kind).vi}.`, fix: kindText(kind).fixVi },
    en: { problem: `"${name}" is named .${expected} but holds ${kindText(kind).en}.`, fix: kindText(kind).fixEn },
  })),
  'dataset-file-unknown': m<{ name: S; kind: S }>('error', ({ name, kind }) => ({
    vi: { problem: `Tệp "${name}" không phải tệp của một năm (tên phải là <năm>.csv hoặc <năm>.xlsx) nên sẽ không được công bố; nội dung là ${kindText(kind).vi}.`, fix: `${kindText(kind).fixVi} Đặt tên theo năm (ví dụ 2024.xlsx), xóa bản sao thừa, hoặc chuyển tệp ra khỏi thư mục dữ liệu.` },
    en: { problem: `"${name}" is not a year file (the name must be <year>.csv or <year>.xlsx), so it would not be published; it holds ${kindText(kind).en}.`, fix: `${kindText(kind).fixEn} Name it after the year (e.g. 2024.xlsx), delete stray copies, or move it out of the data folder.` },
  })),
  'dataset-file-ignored': m<{ name: S; what: 'lock' | 'system' | 'document' | 'folder' }>('warning', ({ name, what }) => {
    const vi = { lock: 'tệp khóa tạm của Excel (sổ tính đang mở)', system: 'tệp hệ thống của máy tính', document: 'một tài liệu, không phải bảng số liệu', folder: 'một thư mục con' }[what];
    const en = { lock: 'an Excel lock file (the workbook is open)', system: 'a file the operating system made', document: 'a document, not a data table', folder: 'a subfolder' }[what];
    return {
      vi: { problem: `"${name}" là ${vi}; không được đọc và không được công bố.`, fix: what === 'lock' ? 'Đóng sổ tính trong Excel rồi xóa tệp này.' : 'Xóa hoặc chuyển nó ra khỏi thư mục bộ dữ liệu.' },
      en: { problem: `"${name}" is ${en}; it is not read and not published.`, fix: what === 'lock' ? 'Close the workbook in Excel, then delete this file.' : 'Delete it or move it out of the dataset folder.' },
    };
  }),
  'year-file-duplicate': m<{ year: N; files: S }>('error', ({ year, files }) => ({
    vi: { problem: `Năm ${year} có nhiều tệp chỉ khác nhau ở chữ hoa, chữ thường: ${files}. Trên nhiều máy đó là cùng một tệp, nên mọi kết quả năm ${year} sẽ bị tính hai lần.`, fix: 'Giữ lại một tệp, xóa các tệp kia.' },
    en: { problem: `Year ${year} has files whose names differ only in upper/lower case: ${files}. On many computers they are one file, so every ${year} result would count twice.`, fix: 'Keep one file and delete the others.' },
  })),
  'year-file-two-formats': m<{ year: N; files: S }>('error', ({ year, files }) => ({
    vi: { problem: `Năm ${year} có cả hai tệp ${files}; không biết tệp nào là bản đúng.`, fix: 'Giữ lại một tệp (CSV hoặc XLSX) và xóa tệp kia.' },
    en: { problem: `Year ${year} has both ${files}; it is unclear which one is right.`, fix: 'Keep one file (CSV or XLSX) and delete the other.' },
  })),
  'xlsx-unreadable': m<{ problem: 'corrupt' | 'too-large' | 'no-sheet'; limit: S }>('error', ({ problem, limit }) => {
    const vi = { corrupt: 'Sổ tính bị hỏng, không đọc được (tệp có thể chưa lưu hoặc chép xong).', 'too-large': `Sổ tính quá lớn khi giải nén (giới hạn ${limit}).`, 'no-sheet': 'Sổ tính không có trang tính nào.' }[problem];
    const en = { corrupt: 'The workbook is damaged and cannot be read (it may not have finished saving or copying).', 'too-large': `The workbook is too large once unpacked (limit ${limit}).`, 'no-sheet': 'The workbook has no worksheet.' }[problem];
    return {
      vi: { problem: vi, fix: problem === 'too-large' ? 'Chỉ để bảng kết quả của năm trong sổ tính (xóa các trang tính, ảnh khác) rồi lưu lại.' : 'Mở tệp gốc trong Excel và lưu lại thành .xlsx, hoặc xuất "CSV UTF-8".' },
      en: { problem: en, fix: problem === 'too-large' ? 'Keep only the year’s results table in the workbook (delete other sheets and pictures) and save again.' : 'Open the original in Excel and save it again as .xlsx, or export "CSV UTF-8".' },
    };
  }),
  'xlsx-too-many-rows': m<{ sheet: S; rows: N; max: N }>('error', ({ sheet, rows, max }) => ({
    vi: { problem: `Trang tính "${sheet}" có ${rows} dòng có dữ liệu, quá giới hạn ${max} dòng của một tệp năm.`, fix: 'Mỗi xã một dòng: xóa các dòng thừa, hoặc tách các bảng khác ra sổ tính riêng.' },
    en: { problem: `Sheet "${sheet}" has ${rows} rows with data, above the limit of ${max} rows for a year file.`, fix: 'One row per commune: delete stray rows, or move other tables to a separate workbook.' },
  })),
  'xlsx-sheet-chosen': m<{ sheet: S; sheets: S; why: 'year' | 'first' }>('info', ({ sheet, sheets, why }) => ({
    vi: { problem: `Sổ tính có nhiều trang tính (${sheets}); đã đọc trang "${sheet}" (${why === 'year' ? 'trang mang tên năm' : 'trang đầu tiên'}).` },
    en: { problem: `The workbook has several sheets (${sheets}); read sheet "${sheet}" (${why === 'year' ? 'the one named for the year' : 'the first one'}).` },
  })),
  'xlsx-hidden': m<{ what: 'rows' | 'columns'; list: S }>('warning', ({ what, list }) => ({
    vi: { problem: `Có ${what === 'rows' ? 'dòng' : 'cột'} bị ẩn (${list}); dữ liệu trong đó vẫn được đọc và công bố.`, fix: `Bỏ ẩn (chuột phải → Bỏ ẩn) để kiểm tra, hoặc xóa nếu không phải dữ liệu.` },
    en: { problem: `Hidden ${what} (${list}); their data is still read and published.`, fix: 'Unhide them (right-click → Unhide) to check, or delete them if they are not data.' },
  })),
  'xlsx-merged': m<{ ranges: S }>('warning', ({ ranges }) => ({
    vi: { problem: `Có ô gộp (${ranges}); chỉ ô đầu tiên của vùng gộp giữ giá trị, các ô còn lại được đọc là trống.`, fix: 'Bỏ gộp ô (Trang đầu → Gộp và căn giữa → Bỏ gộp) và điền giá trị vào từng ô.' },
    en: { problem: `Merged cells (${ranges}); only the first cell of a merged range holds the value, the others read as empty.`, fix: 'Unmerge them (Home → Merge & Center → Unmerge) and fill every cell.' },
  })),
  'xlsx-formulas': m<{ count: N }>('info', ({ count }) => ({
    vi: { problem: `${count} ô có công thức; đã dùng giá trị Excel tính và lưu sẵn.` },
    en: { problem: `${count} cells hold formulas; the values Excel calculated and saved were used.` },
  })),
  'xlsx-formula-no-value': m('error', () => ({
    vi: { problem: 'Ô có công thức nhưng không có giá trị đã tính (tệp được tạo bằng phần mềm không tính công thức).', fix: 'Mở tệp trong Excel, nhấn F9 để tính lại rồi lưu; hoặc thay công thức bằng giá trị (Sao chép → Dán giá trị).' },
    en: { problem: 'The cell holds a formula but no calculated value (the file was made by software that does not calculate).', fix: 'Open it in Excel, press F9 to recalculate and save; or replace the formula by its value (Copy → Paste Values).' },
  })),
  'xlsx-error-value': m<{ value: S }>('error', ({ value }) => ({
    vi: { problem: `Ô có giá trị lỗi của Excel ${value}.`, fix: 'Sửa công thức hoặc nhập giá trị đúng.' },
    en: { problem: `The cell holds the Excel error ${value}.`, fix: 'Correct the formula or enter the right value.' },
  })),
  'header-row-found': m<{ row: N; skipped: S }>('info', ({ row, skipped }) => ({
    vi: { problem: `Dòng tiêu đề là dòng ${row}; đã bỏ qua phần tiêu đề phía trên (dòng ${skipped}).` },
    en: { problem: `The header is row ${row}; the title rows above it (${skipped}) were skipped.` },
  })),
  'header-second-row': m<{ row: N }>('info', ({ row }) => ({
    vi: { problem: `Dòng ${row} là dòng tiêu đề thứ hai (tên cột tiếng Anh); đã bỏ qua.` },
    en: { problem: `Row ${row} is a second header row (English column names); skipped.` },
  })),
  'header-mapped': m<{ pairs: S }>('info', ({ pairs }) => ({
    vi: { problem: `Đã nhận tên cột tiếng Việt: ${pairs}.` },
    en: { problem: `Vietnamese column headings recognised: ${pairs}.` },
  })),
  'header-mismatch': m<{ unknown: S; missing: S; expected: S }>('error', ({ unknown, missing, expected }) => ({
    vi: {
      problem: `Dòng tiêu đề không khớp với cấu trúc của tệp năm.${unknown ? ` Không nhận ra cột: ${unknown}.` : ''}${missing ? ` Thiếu cột: ${missing}.` : ''} Các dòng dữ liệu chưa được kiểm tra.`,
      fix: `Sửa dòng tiêu đề theo tệp mẫu. Các cột, theo thứ tự: ${expected}.`,
    },
    en: {
      problem: `The header row does not fit the year file's structure.${unknown ? ` Columns not recognised: ${unknown}.` : ''}${missing ? ` Missing columns: ${missing}.` : ''} The data rows were not checked.`,
      fix: `Correct the header row as in the template. The columns, in order: ${expected}.`,
    },
  })),
  'framework-mismatch': m<{ dataset: S; year: N; framework: S; other: S; template: S }>('error', ({ dataset, year, framework, other, template }) => ({
    vi: { problem: `Các cột của tệp thuộc bộ tiêu chí ${other}, nhưng theo datasets/${dataset}/dataset.yaml năm ${year} áp dụng ${framework}. Các dòng dữ liệu chưa được kiểm tra.`, fix: `Dùng tệp mẫu của năm ${year} (${template}) và nhập lại theo ${framework}; nếu năm này thật sự áp dụng ${other}, sửa khoảng năm trong datasets/${dataset}/dataset.yaml.` },
    en: { problem: `The file's columns belong to framework ${other}, but datasets/${dataset}/dataset.yaml applies ${framework} to ${year}. The data rows were not checked.`, fix: `Use the ${year} template (${template}) and enter the results under ${framework}; if ${other} really applies that year, correct the year span in datasets/${dataset}/dataset.yaml.` },
  })),
  'code-normalised': m<{ value: S; code: S }>('info', ({ value, code }) => ({
    vi: { problem: `Mã "${value}" được đọc là "${code}" (bỏ dấu chấm, dấu cách, phần ".0" hoặc dấu nháy do Excel thêm); các mã viết tương tự trong tệp cũng vậy.` },
    en: { problem: `Code "${value}" was read as "${code}" (separators, spaces, ".0" or the quote Excel adds removed); so were other codes written like it in this file.` },
  })),
  'code-stored-as-number': m<{ value: S }>('info', ({ value }) => ({
    vi: { problem: `Cột mã xã được lưu dạng số (ví dụ ${value}); đã đọc thành mã dạng văn bản.`, fix: 'Định dạng cột mã là Văn bản (Text) để Excel không bỏ số 0 ở đầu.' },
    en: { problem: `The commune code column is stored as numbers (e.g. ${value}); read as text codes.`, fix: 'Format the code column as Text so Excel keeps leading zeros.' },
  })),
  'rows-not-assessed': m<{ rows: S }>('info', ({ rows }) => ({
    vi: { problem: `Các dòng ${rows} chỉ có mã và tên, không có điểm hay kết quả: coi là xã không được đánh giá năm này và không công bố.` },
    en: { problem: `Rows ${rows} hold only a code and a name, no scores or result: taken as communes not assessed this year, not published.` },
  })),
  'yaml-syntax': m<{ message: S }>('error', ({ message }) => ({
    vi: { problem: `Lỗi cú pháp YAML: ${message}.`, fix: `Kiểm tra thụt lề (dùng dấu cách, không dùng tab) và dấu hai chấm.` },
    en: { problem: `YAML syntax error: ${message}.`, fix: `Check indentation (spaces, not tabs) and colons.` },
  })),
  'field-invalid': m<{ field: S; vi: S; en: S }>('error', ({ field, vi, en }) => ({
    vi: { problem: `Trường "${field}" không hợp lệ: ${vi}.`, fix: 'Sửa trường này theo hướng dẫn dữ liệu (data/README.md).' },
    en: { problem: `Field "${field}" is invalid: ${en}.`, fix: 'Correct this field as the data guide (data/README.md) describes.' },
  })),
  'column-missing': m<{ column: S }>('error', ({ column }) => ({
    vi: { problem: `Thiếu cột "${column}".`, fix: `Thêm cột với đúng tên này vào dòng tiêu đề (có thể tải tệp mẫu).` },
    en: { problem: `Column "${column}" is missing.`, fix: `Add a column with exactly this name to the header row (a template is available).` },
  })),
  'year-file-name': m<{ name: S }>('error', ({ name }) => ({
    vi: { problem: `Năm "${name}" không phải là một năm (4 chữ số).`, fix: `Ghi năm đánh giá, ví dụ 2024.` },
    en: { problem: `Year "${name}" is not a year (4 digits).`, fix: `Write the assessment year, e.g. 2024.` },
  })),
  'column-duplicate': m<{ column: S }>('error', ({ column }) => ({
    vi: { problem: `Cột "${column}" xuất hiện hai lần.`, fix: `Giữ lại một cột.` },
    en: { problem: `Column "${column}" appears twice.`, fix: `Keep only one.` },
  })),
  'column-no-header': m<{ index: N }>('error', ({ index }) => ({
    vi: { problem: `Cột thứ ${index} có dữ liệu nhưng không có tên ở dòng tiêu đề.`, fix: `Đặt tên cột hoặc xóa dữ liệu thừa.` },
    en: { problem: `Column ${index} holds data but has no header.`, fix: `Name the column or delete the stray data.` },
  })),
  'row-too-long': m<{ count: N; expected: N }>('error', ({ count, expected }) => ({
    vi: { problem: `Dòng có ${count} ô nhưng tiêu đề chỉ có ${expected} cột.`, fix: `Có thể số thập phân dùng dấu phẩy trong tệp phân cách bằng dấu phẩy — dùng dấu chấm (8.5) hoặc lưu với dấu ";".` },
    en: { problem: `The row has ${count} cells but the header has ${expected} columns.`, fix: `A decimal comma in a comma-separated file splits cells — use a dot (8.5) or save with ";" as delimiter.` },
  })),
  'year-outside-framework': m<{ year: N; spans: S }>('error', ({ year, spans }) => ({
    vi: { problem: `Năm ${year} không thuộc bộ tiêu chí nào của bộ dữ liệu (${spans}).`, fix: `Kiểm tra tên tệp, hoặc khai báo bộ tiêu chí cho năm này trong dataset.yaml.` },
    en: { problem: `Year ${year} is covered by no framework of this dataset (${spans}).`, fix: `Check the file name, or declare the framework for this year in dataset.yaml.` },
  })),
  'framework-unknown': m<{ id: S }>('error', ({ id }) => ({
    vi: { problem: `Không có bộ tiêu chí "${id}" trong thư mục frameworks/.`, fix: `Sửa mã hoặc thêm tệp frameworks/${id}.yaml.` },
    en: { problem: `No framework "${id}" in frameworks/.`, fix: `Correct the id or add frameworks/${id}.yaml.` },
  })),
  'framework-years': m<{ id: S; year: N }>('error', ({ id, year }) => ({
    vi: { problem: `Bộ tiêu chí "${id}" không áp dụng cho năm ${year}.`, fix: `Sửa khoảng năm trong dataset.yaml hoặc trong tệp bộ tiêu chí.` },
    en: { problem: `Framework "${id}" does not apply to ${year}.`, fix: `Correct the year span in dataset.yaml or in the framework file.` },
  })),
  'code-missing': m('error', () => ({
    vi: { problem: 'Thiếu mã xã.', fix: 'Nhập mã xã 5 chữ số theo danh mục của Tổng cục Thống kê.' },
    en: { problem: 'The commune code is missing.', fix: 'Enter the 5-digit GSO commune code.' },
  })),
  'code-leading-zeros': m<{ value: S; padded: S }>('warning', ({ value, padded }) => ({
    vi: { problem: `Mã "${value}" bị mất số 0 ở đầu; đã đọc là "${padded}".`, fix: `Định dạng cột mã là Văn bản (Text) trong Excel.` },
    en: { problem: `Code "${value}" lost its leading zeros; read as "${padded}".`, fix: `Format the code column as Text in Excel.` },
  })),
  'code-unknown': m<{ code: S }>('error', ({ code }) => ({
    vi: { problem: `Mã xã "${code}" không có trong danh mục đơn vị (units/communes.csv).`, fix: `Kiểm tra lại mã, hoặc bổ sung đơn vị vào danh mục.` },
    en: { problem: `Commune code "${code}" is not in the unit register (units/communes.csv).`, fix: `Check the code, or add the unit to the register.` },
  })),
  'code-not-valid-in-year': m<{ code: S; year: N; units: S }>('error', ({ code, year, units }) => ({
    vi: { problem: `Mã "${code}" không thuộc đơn vị nào còn hiệu lực ngày 31/12/${year}. Mã này thuộc: ${units}.`, fix: `Dùng mã của đơn vị đang tồn tại năm ${year}.` },
    en: { problem: `Code "${code}" names no unit valid on ${year}-12-31. It belongs to: ${units}.`, fix: `Use the code of the unit that existed in ${year}.` },
  })),
  'code-duplicate': m<{ code: S; first: N }>('error', ({ code, first }) => ({
    vi: { problem: `Mã "${code}" đã xuất hiện ở dòng ${first}.`, fix: `Mỗi xã chỉ một dòng mỗi năm; xóa dòng trùng.` },
    en: { problem: `Code "${code}" already appears on row ${first}.`, fix: `One row per commune per year; delete the duplicate.` },
  })),
  'name-mismatch': m<{ name: S; expected: S }>('error', ({ name, expected }) => ({
    vi: { problem: `Tên "${name}" không khớp với danh mục: mã này là "${expected}".`, fix: `Sửa mã xã hoặc tên cho đúng.` },
    en: { problem: `Name "${name}" does not match the register: this code is "${expected}".`, fix: `Correct the code or the name.` },
  })),
  'score-missing': m('error', () => ({
    vi: { problem: 'Ô điểm bị bỏ trống.', fix: 'Nhập điểm (0 nếu không đạt).' },
    en: { problem: 'The score cell is empty.', fix: 'Enter the score (0 if not achieved).' },
  })),
  'score-not-number': m<{ value: S }>('error', ({ value }) => ({
    vi: { problem: `"${value}" không phải là số.`, fix: `Chỉ nhập số, ví dụ 8 hoặc 8.5.` },
    en: { problem: `"${value}" is not a number.`, fix: `Enter a number only, e.g. 8 or 8.5.` },
  })),
  'score-out-of-range': m<{ value: N; max: N }>('error', ({ value, max }) => ({
    vi: { problem: `Giá trị ${value} nằm ngoài khoảng cho phép 0–${max}.`, fix: `Nhập giá trị từ 0 đến ${max}.` },
    en: { problem: `Value ${value} is outside the allowed range 0–${max}.`, fix: `Enter a value from 0 to ${max}.` },
  })),
  'score-step': m<{ value: N; step: N }>('error', ({ value, step }) => ({
    vi: { problem: `Giá trị ${value} không theo bước ${step}.`, fix: `Làm tròn theo bước ${step}.` },
    en: { problem: `Value ${value} is not a multiple of ${step}.`, fix: `Round it to a step of ${step}.` },
  })),
  'decimal-comma': m<{ value: S }>('info', ({ value }) => ({
    vi: { problem: `Số "${value}" dùng dấu phẩy thập phân; đã đọc đúng (các số khác trong tệp dùng dấu phẩy cũng được đọc như vậy).` },
    en: { problem: `Number "${value}" uses a decimal comma; it was read correctly (so were any other such numbers in this file).` },
  })),
  'total-mismatch': m<{ declared: N; computed: N }>('error', ({ declared, computed }) => ({
    vi: { problem: `Tổng khai báo ${declared} khác tổng tính từ các tiêu chí ${computed}.`, fix: `Kiểm tra lại điểm từng tiêu chí hoặc ô tổng.` },
    en: { problem: `Declared total ${declared} differs from the total of the criteria, ${computed}.`, fix: `Check the criterion scores or the total.` },
  })),
  'result-mismatch': m<{ declared: S; computed: S }>('error', ({ declared, computed }) => ({
    vi: { problem: `Kết quả khai báo "${declared}" khác kết quả tính theo bộ tiêu chí "${computed}".`, fix: `Kiểm tra điểm hoặc ô kết quả.` },
    en: { problem: `Declared result "${declared}" differs from the result the framework gives, "${computed}".`, fix: `Check the scores or the result cell.` },
  })),
  'result-unknown': m<{ value: S; options: S }>('error', ({ value, options }) => ({
    vi: { problem: `Kết quả "${value}" không có trong bộ tiêu chí.`, fix: `Dùng một trong: ${options}.` },
    en: { problem: `Result "${value}" is not defined by the framework.`, fix: `Use one of: ${options}.` },
  })),
  'declared-only-incomplete': m('error', () => ({
    vi: { problem: 'Dòng không có điểm tiêu chí nào nên phải ghi cả tổng điểm (total) và kết quả (result) đã công bố.', fix: 'Điền điểm từng tiêu chí, hoặc nếu chỉ có tổng điểm và kết quả được công bố thì điền cả hai ô total và result.' },
    en: { problem: 'The row has no criterion scores, so it must give both the published total and the published result.', fix: 'Enter each criterion score, or, when only the total and the result were published, fill in both total and result.' },
  })),
  'declared-total-range': m<{ value: N; max: N }>('error', ({ value, max }) => ({
    vi: { problem: `Tổng điểm công bố ${value} nằm ngoài khoảng 0–${max} của bộ tiêu chí.`, fix: `Kiểm tra lại tổng điểm trong văn bản công bố.` },
    en: { problem: `Published total ${value} is outside the framework's range 0–${max}.`, fix: `Check the total in the published document.` },
  })),
  'declared-result-band': m<{ declared: S; total: N; allowed: S }>('error', ({ declared, total, allowed }) => ({
    vi: { problem: `Kết quả công bố "${declared}" không khớp với tổng ${total} theo bộ tiêu chí (tổng này cho: ${allowed}).`, fix: `Kiểm tra lại tổng điểm và kết quả trong văn bản công bố.` },
    en: { problem: `Published result "${declared}" does not fit total ${total} under the framework (that total gives: ${allowed}).`, fix: `Check the total and the result in the published document.` },
  })),
  'source-not-web': m<{ value: S }>('error', ({ value }) => ({
    vi: { problem: `Nguồn "${value}" không phải địa chỉ web http(s).`, fix: `Ghi địa chỉ bắt đầu bằng https:// hoặc http://, hoặc tên văn bản (ví dụ "Quyết định số 12/QĐ-UBND ngày 04/04/2023").` },
    en: { problem: `Source "${value}" is not an http(s) web address.`, fix: `Give an address starting with https:// or http://, or the document's reference (e.g. "Decision 12/QĐ-UBND of 2023-04-04").` },
  })),
  'date-invalid': m<{ value: S }>('error', ({ value }) => ({
    vi: { problem: `Ngày "${value}" không hợp lệ.`, fix: `Viết ngày dạng 2025-03-31 hoặc 31/03/2025.` },
    en: { problem: `Date "${value}" is invalid.`, fix: `Write the date as 2025-03-31 or 31/03/2025.` },
  })),
  'formula-like': m<{ value: S }>('warning', ({ value }) => ({
    vi: { problem: `Ô văn bản "${value}" bắt đầu bằng ký tự mà Excel coi là công thức; trong tệp tải về sẽ thêm dấu ' ở đầu để an toàn.` },
    en: { problem: `Text cell "${value}" starts with a character Excel treats as a formula; downloads will prefix it with ' for safety.` },
  })),
  'html-in-text': m<{ value: S }>('error', ({ value }) => ({
    vi: { problem: `Ô văn bản chứa mã HTML hoặc script: "${value}".`, fix: `Chỉ nhập chữ thường, không có thẻ <...>.` },
    en: { problem: `Text cell contains HTML or script: "${value}".`, fix: `Enter plain text only, without <...> tags.` },
  })),
  'unit-date': m<{ value: S }>('error', ({ value }) => ({
    vi: { problem: `Ngày "${value}" không hợp lệ.`, fix: `Viết ngày dạng YYYY-MM-DD, ví dụ 2025-07-01.` },
    en: { problem: `Date "${value}" is invalid.`, fix: `Write it as YYYY-MM-DD, e.g. 2025-07-01.` },
  })),
  'unit-period-order': m<{ from: S; to: S }>('error', ({ from, to }) => ({
    vi: { problem: `Ngày kết thúc ${to} trước ngày bắt đầu ${from}.`, fix: `Đổi lại hai ngày.` },
    en: { problem: `End date ${to} is before start date ${from}.`, fix: `Swap or correct the dates.` },
  })),
  'unit-overlap': m<{ code: S; other: N }>('error', ({ code, other }) => ({
    vi: { problem: `Mã "${code}" có hai đơn vị hiệu lực chồng nhau (xem dòng ${other}).`, fix: `Một mã chỉ thuộc một đơn vị tại mỗi thời điểm; sửa valid_from/valid_to.` },
    en: { problem: `Code "${code}" has two units with overlapping validity (see row ${other}).`, fix: `A code names one unit at a time; correct valid_from/valid_to.` },
  })),
  'unit-parent-unknown': m<{ code: S; date: S }>('error', ({ code, date }) => ({
    vi: { problem: `Mã cấp trên "${code}" không có đơn vị hiệu lực ngày ${date}.`, fix: `Kiểm tra mã hoặc thêm đơn vị cấp trên vào danh mục.` },
    en: { problem: `Parent code "${code}" has no unit valid on ${date}.`, fix: `Check the code or add the parent unit to the register.` },
  })),
  'unit-successor-unknown': m<{ code: S; date: S }>('error', ({ code, date }) => ({
    vi: { problem: `Đơn vị kế tục "${code}" không có trong danh mục vào ngày ${date}.`, fix: `Kiểm tra mã kế tục và ngày hiệu lực của đơn vị mới.` },
    en: { problem: `Successor "${code}" is not in the register on ${date}.`, fix: `Check the successor code and the new unit's start date.` },
  })),
  'unit-successor-without-end': m('error', () => ({
    vi: { problem: 'Có đơn vị kế tục nhưng chưa có ngày kết thúc (valid_to).', fix: 'Điền ngày cuối cùng đơn vị còn hiệu lực.' },
    en: { problem: 'Successors are given but no end date (valid_to).', fix: 'Enter the last day the unit existed.' },
  })),
  'unit-coordinates': m<{ value: S }>('error', ({ value }) => ({
    vi: { problem: `Tọa độ "${value}" không hợp lệ.`, fix: `Vĩ độ từ -90 đến 90, kinh độ từ -180 đến 180, dùng dấu chấm thập phân.` },
    en: { problem: `Coordinate "${value}" is invalid.`, fix: `Latitude -90 to 90, longitude -180 to 180, with a decimal dot.` },
  })),
  'field-required': m('error', () => ({
    vi: { problem: 'Ô bắt buộc bị bỏ trống.', fix: 'Điền giá trị.' },
    en: { problem: 'A required cell is empty.', fix: 'Fill it in.' },
  })),
};

export type MessageCode = keyof typeof MESSAGES;
