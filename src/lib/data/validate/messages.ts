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
  'boundary-format': m<{ name: S; ext: S }>('error', ({ name, ext }) => {
    const shp = ['shp', 'shx', 'dbf', 'prj', 'cpg', 'qix', 'sbn', 'sbx', 'zip'].includes(ext);
    return {
      vi: { problem: `"${name}" là tệp ${ext.toUpperCase()}; ranh giới chỉ đọc được từ GeoJSON hoặc TopoJSON.`, fix: `Chuyển sang GeoJSON, hệ tọa độ WGS 84 (EPSG:4326), giữ thuộc tính "code" là mã xã: trong QGIS mở tệp, chuột phải vào lớp → Xuất → Lưu đối tượng thành…, Định dạng "GeoJSON", CRS "EPSG:4326"${shp ? `; hoặc với Shapefile (giải nén .zip trước): npx mapshaper tep.shp -proj wgs84 -o format=geojson tep.geojson` : ''}. Rồi xóa "${name}" khỏi thư mục boundaries/ và khai báo tệp mới trong boundaries/boundaries.yaml.` },
      en: { problem: `"${name}" is a ${ext.toUpperCase()} file; boundaries are read from GeoJSON or TopoJSON only.`, fix: `Convert it to GeoJSON in WGS 84 (EPSG:4326), keeping the "code" property as the commune code: in QGIS open the file, right-click the layer → Export → Save Features As…, Format "GeoJSON", CRS "EPSG:4326"${shp ? `; or for a Shapefile (unzip a .zip first): npx mapshaper file.shp -proj wgs84 -o format=geojson file.geojson` : ''}. Then remove "${name}" from boundaries/ and list the new file in boundaries/boundaries.yaml.` },
    };
  }),
  'boundary-file-ignored': m<{ name: S }>('warning', ({ name }) => ({
    vi: { problem: `Tệp "${name}" trong boundaries/ không phải ranh giới; bị bỏ qua và không được xuất bản.`, fix: 'Chuyển tệp ra khỏi thư mục dữ liệu nếu không cần; nguồn và giấy phép ghi trong boundaries/boundaries.yaml.' },
    en: { problem: `"${name}" in boundaries/ is not an outline file; it is ignored and not published.`, fix: 'Move it out of the data folder if it is not needed; sources and licences belong in boundaries/boundaries.yaml.' },
  })),
  'boundary-index-missing': m<{ files: S }>('error', ({ files }) => ({
    vi: { problem: `Có tệp ranh giới (${files}) nhưng thiếu boundaries/boundaries.yaml ghi nguồn, giấy phép và thời gian hiệu lực của chúng.`, fix: 'Tạo boundaries/boundaries.yaml theo hướng dẫn dữ liệu (mục Ranh giới): mỗi tệp một mục với title, url, licence, valid_from, valid_to.' },
    en: { problem: `There are boundary files (${files}) but no boundaries/boundaries.yaml giving their source, licence and validity.`, fix: 'Create boundaries/boundaries.yaml as the data guide describes (Boundaries): one entry per file with title, url, licence, valid_from, valid_to.' },
  })),
  'boundary-index-unknown-file': m<{ name: S }>('error', ({ name }) => ({
    vi: { problem: `boundaries.yaml khai báo tệp "${name}" nhưng thư mục boundaries/ không có tệp này.`, fix: 'Sửa tên tệp trong boundaries.yaml hoặc thêm tệp.' },
    en: { problem: `boundaries.yaml lists "${name}" but there is no such file in boundaries/.`, fix: 'Correct the name in boundaries.yaml or add the file.' },
  })),
  'boundary-source-missing': m<{ name: S }>('error', ({ name }) => ({
    vi: { problem: `Tệp ranh giới "${name}" chưa được khai báo nguồn và giấy phép trong boundaries/boundaries.yaml, nên không thể xuất bản.`, fix: `Thêm mục "${name}" vào boundaries.yaml với title, url, licence (chỉ dùng dữ liệu có giấy phép cho phép phân phối lại; không dùng GADM).` },
    en: { problem: `Boundary file "${name}" has no source and licence in boundaries/boundaries.yaml, so it cannot be published.`, fix: `Add an entry "${name}" to boundaries.yaml with title, url, licence (only geometry whose licence allows redistribution; never GADM).` },
  })),
  'boundary-json': m<{ message: S }>('error', ({ message }) => ({
    vi: { problem: `Tệp không phải JSON hợp lệ (${message}); có thể tệp bị cắt cụt khi tải lên.`, fix: 'Xuất lại tệp GeoJSON từ phần mềm GIS và kiểm tra tệp mở được trong QGIS hoặc geojson.io.' },
    en: { problem: `The file is not valid JSON (${message}); it may have been truncated on upload.`, fix: 'Export the GeoJSON again from the GIS tool and check it opens in QGIS or geojson.io.' },
  })),
  'boundary-topojson': m<{ message: S }>('error', ({ message }) => ({
    vi: { problem: `Không giải mã được TopoJSON (${message}).`, fix: 'Tạo lại tệp, ví dụ npx mapshaper tep.geojson -o format=topojson tep.topojson, hoặc dùng GeoJSON.' },
    en: { problem: `The TopoJSON cannot be decoded (${message}).`, fix: 'Write it again, e.g. npx mapshaper file.geojson -o format=topojson file.topojson, or use GeoJSON.' },
  })),
  'boundary-type': m<{ message: S }>('error', ({ message }) => ({
    vi: { problem: `Tệp JSON không phải FeatureCollection (GeoJSON) hay Topology (TopoJSON) (type: ${message}).`, fix: 'Xuất lớp ranh giới dạng GeoJSON FeatureCollection.' },
    en: { problem: `The JSON is neither a FeatureCollection (GeoJSON) nor a Topology (TopoJSON) (type: ${message}).`, fix: 'Export the boundary layer as a GeoJSON FeatureCollection.' },
  })),
  'boundary-empty': m('warning', () => ({
    vi: { problem: 'Tệp ranh giới không có đối tượng nào.', fix: 'Xuất lại lớp ranh giới hoặc xóa tệp.' },
    en: { problem: 'The boundary file has no features.', fix: 'Export the layer again or remove the file.' },
  })),
  'boundary-code-missing': m<{ feature: N }>('error', ({ feature }) => ({
    vi: { problem: `Đối tượng số ${feature} không có thuộc tính "code" (mã xã).`, fix: 'Thêm cột thuộc tính "code" chứa mã xã 5 chữ số dạng văn bản (trong QGIS: Bảng thuộc tính → Trường mới).' },
    en: { problem: `Feature ${feature} has no "code" property (commune code).`, fix: 'Add a "code" attribute holding the 5-digit commune code as text (in QGIS: Attribute table → New field).' },
  })),
  'boundary-not-polygon': m<{ code: S; type: S }>('error', ({ code, type }) => ({
    vi: { problem: `Đối tượng mã "${code}" có hình học ${type}, không phải vùng (Polygon hoặc MultiPolygon).`, fix: 'Chỉ giữ vùng ranh giới xã; xóa điểm, đường hoặc đối tượng không có hình học.' },
    en: { problem: `Feature with code "${code}" has ${type} geometry, not an area (Polygon or MultiPolygon).`, fix: 'Keep only commune areas; remove points, lines and features without geometry.' },
  })),
  'boundary-coordinates': m<{ code: S }>('error', ({ code }) => ({
    vi: { problem: `Tọa độ của đối tượng mã "${code}" không đúng cấu trúc GeoJSON (cần các cặp số [kinh độ, vĩ độ]).`, fix: 'Xuất lại từ phần mềm GIS.' },
    en: { problem: `The coordinates of the feature with code "${code}" are not GeoJSON positions ([lon, lat] number pairs).`, fix: 'Export it again from the GIS tool.' },
  })),
  'boundary-projected': m<{ code: S; x: N; y: N }>('error', ({ code, x, y }) => ({
    vi: { problem: `Đối tượng mã "${code}" có tọa độ (${x}, ${y}) ngoài kinh độ/vĩ độ; có vẻ tệp dùng hệ tọa độ mét (VN-2000, UTM).`, fix: 'Chuyển hệ tọa độ sang WGS 84 (EPSG:4326) khi xuất GeoJSON (QGIS: Lưu đối tượng thành… → CRS "EPSG:4326").' },
    en: { problem: `Feature with code "${code}" has a position (${x}, ${y}) outside longitude/latitude; the file seems to use metres (VN-2000, UTM).`, fix: 'Reproject to WGS 84 (EPSG:4326) when exporting GeoJSON (QGIS: Save Features As… → CRS "EPSG:4326").' },
  })),
  'boundary-ring-open': m<{ code: S; polygon: N; ring: N }>('error', ({ code, polygon, ring }) => ({
    vi: { problem: `Vòng ${ring} của vùng ${polygon} (mã "${code}") không khép kín: điểm cuối khác điểm đầu.`, fix: 'Sửa hình học (QGIS: Xử lý → Sửa hình học; hoặc npx mapshaper tep.geojson -clean -o tep.geojson).' },
    en: { problem: `Ring ${ring} of polygon ${polygon} (code "${code}") is not closed: its last position differs from its first.`, fix: 'Repair the geometry (QGIS: Processing → Fix geometries; or npx mapshaper file.geojson -clean -o file.geojson).' },
  })),
  'boundary-ring-short': m<{ code: S; polygon: N; ring: N }>('error', ({ code, polygon, ring }) => ({
    vi: { problem: `Vòng ${ring} của vùng ${polygon} (mã "${code}") có ít hơn 4 điểm, không tạo thành vùng.`, fix: 'Xóa vòng hỏng hoặc sửa hình học (QGIS: Sửa hình học).' },
    en: { problem: `Ring ${ring} of polygon ${polygon} (code "${code}") has fewer than 4 positions and encloses no area.`, fix: 'Remove the broken ring or repair the geometry (QGIS: Fix geometries).' },
  })),
  'boundary-code-unknown': m<{ code: S }>('error', ({ code }) => ({
    vi: { problem: `Mã "${code}" của ranh giới không có trong danh mục đơn vị (units/communes.csv).`, fix: 'Sửa mã trong thuộc tính "code", hoặc bổ sung đơn vị vào danh mục.' },
    en: { problem: `Boundary code "${code}" is not in the unit register (units/communes.csv).`, fix: 'Correct the "code" property, or add the unit to the register.' },
  })),
  'boundary-code-not-valid': m<{ code: S; from: S; to: S; periods: S }>('error', ({ code, from, to, periods }) => ({
    vi: { problem: `Không đơn vị nào mang mã "${code}" trong thời gian của hình (${from} → ${to}). Mã này thuộc: ${periods}.`, fix: 'Sửa valid_from/valid_to của đối tượng (hoặc của tệp trong boundaries.yaml) theo thời gian đơn vị tồn tại.' },
    en: { problem: `No unit bore code "${code}" during the shape's period (${from} → ${to}). The code belongs to: ${periods}.`, fix: 'Correct valid_from/valid_to of the feature (or of its file in boundaries.yaml) to when the unit existed.' },
  })),
  'boundary-ambiguous': m<{ code: S; units: S }>('warning', ({ code, units }) => ({
    vi: { problem: `Mã "${code}" thuộc nhiều đơn vị khác nhau trong thời gian của hình (${units}), nên hình không được vẽ cho đơn vị nào.`, fix: 'Ghi valid_from/valid_to (cho đối tượng, hoặc cho cả tệp trong boundaries.yaml) bằng thời gian của đúng một đơn vị, ví dụ valid_from: 2025-07-01 cho ranh giới sau sắp xếp năm 2025.' },
    en: { problem: `Code "${code}" names different units during the shape's period (${units}), so the shape is drawn for none of them.`, fix: 'Set valid_from/valid_to (on the feature, or for the whole file in boundaries.yaml) to the period of exactly one unit, e.g. valid_from: 2025-07-01 for outlines after the 2025 reorganisation.' },
  })),
  'boundary-self-intersection': m<{ code: S; count: N; at: S }>('warning', ({ code, count, at }) => ({
    vi: { problem: `Ranh giới mã "${code}" tự cắt ${count >= 100 ? 'ít nhất 100' : count} chỗ, chỗ đầu tiên gần (vĩ độ, kinh độ) ${at}.`, fix: 'Sửa hình học (QGIS: Xử lý → Sửa hình học; hoặc npx mapshaper tep.geojson -clean -o tep.geojson).' },
    en: { problem: `The outline with code "${code}" crosses itself at ${count >= 100 ? 'least 100 places' : `${count} place(s)`}, the first near (lat, lon) ${at}.`, fix: 'Repair the geometry (QGIS: Processing → Fix geometries; or npx mapshaper file.geojson -clean -o file.geojson).' },
  })),
  'boundary-duplicate': m<{ code: S; other: S }>('error', ({ code, other }) => ({
    vi: { problem: `Đơn vị mã "${code}" có hai hình cho cùng một thời gian (hình kia: ${other}).`, fix: 'Giữ một hình, hoặc ghi valid_from/valid_to để hai hình thuộc hai thời kỳ khác nhau.' },
    en: { problem: `The unit with code "${code}" has two shapes for the same period (the other: ${other}).`, fix: 'Keep one, or set valid_from/valid_to so the two shapes cover different periods.' },
  })),
  'boundary-overlap': m<{ code: S; other: S; hectares: N; percent: N; date: S }>('warning', ({ code, other, hectares, percent, date }) => ({
    vi: { problem: `Ranh giới mã "${code}" chồng lên mã ${other} khoảng ${hectares} ha (${percent}% đơn vị nhỏ hơn), cùng hiệu lực ngày ${date}.`, fix: 'Kiểm tra hai ranh giới có cùng nguồn và cùng thời kỳ; sửa đường ranh chung (QGIS: Kiểm tra hình học / Topology Checker).' },
    en: { problem: `The outline with code "${code}" overlaps ${other} by about ${hectares} ha (${percent}% of the smaller unit), both valid on ${date}.`, fix: 'Check both outlines come from one source and period; correct the shared border (QGIS: Check Geometries / Topology Checker).' },
  })),
  'unit-ended-no-successor': m<{ name: S; date: S }>('warning', ({ name, date }) => ({
    vi: { problem: `${name} kết thúc trước ngày ${date} nhưng không ghi đơn vị kế tục, nên trang của đơn vị không nói được nay thuộc đâu.`, fix: 'Ghi mã (các) đơn vị kế tục vào cột successors, cách nhau bởi ";".' },
    en: { problem: `${name} ended before ${date} but names no successor, so its page cannot say what it became.`, fix: 'Put the successor code(s) in the successors column, separated by ";".' },
  })),
  'unit-no-location': m<{ name: S }>('warning', ({ name }) => ({
    vi: { problem: `${name} không có tọa độ (lat, lon) và không có ranh giới, nên không hiện trên bản đồ.`, fix: 'Điền tâm gần đúng của địa bàn vào lat, lon, hoặc thêm ranh giới của đơn vị trong boundaries/.' },
    en: { problem: `${name} has no coordinates (lat, lon) and no outline, so it is missing from the map.`, fix: 'Enter the approximate centre in lat, lon, or add its outline in boundaries/.' },
  })),
  'scope-unknown': m<{ code: S; known: S }>('error', ({ code, known }) => ({
    vi: { problem: `province_scope có mã tỉnh "${code}" không có trong units/provinces.csv (có: ${known}).`, fix: 'Sửa mã, hoặc thêm tỉnh vào danh mục tỉnh.' },
    en: { problem: `province_scope names province code "${code}", which is not in units/provinces.csv (known: ${known}).`, fix: 'Correct the code, or add the province to the register.' },
  })),
  'scope-ended': m<{ code: S; name: S; date: S; next: S }>('warning', ({ code, name, date, next }) => ({
    vi: { problem: `province_scope có mã "${code}": ${name} đã kết thúc trước ngày ${date}; mã tỉnh có thể được dùng lại cho tỉnh khác.`, fix: `Phạm vi theo từng thời kỳ: ghi cả mã tỉnh cũ và mã tỉnh mà các đơn vị thuộc về từ ${date} (tỉnh bắt đầu ngày đó: ${next}).` },
    en: { problem: `province_scope names code "${code}": ${name} ended before ${date}; a province code may be reused by another province.`, fix: `Scope by period: list both the old code and the code of the province the units belong to from ${date} (provinces starting that day: ${next}).` },
  })),
  'field-required': m('error', () => ({
    vi: { problem: 'Ô bắt buộc bị bỏ trống.', fix: 'Điền giá trị.' },
    en: { problem: 'A required cell is empty.', fix: 'Fill it in.' },
  })),
  // Containment, inventory and bounds (what may be read, and how much).
  'path-outside': m<{ target: S }>('error', ({ target }) => ({
    vi: { problem: `Đây là liên kết (symlink) trỏ ra ngoài thư mục dữ liệu (tới ${target}); tệp này không được đọc và không được xuất bản.`, fix: 'Xóa liên kết và đặt chính tệp (không phải liên kết) vào thư mục dữ liệu.' },
    en: { problem: `This is a symbolic link leading out of the data folder (to ${target}); it is not read and not published.`, fix: 'Delete the link and put the file itself (not a link) in the data folder.' },
  })),
  'not-a-file': m<{ kind: S }>('error', ({ kind }) => ({
    vi: { problem: `Tên này lẽ ra là một tệp nhưng là ${kind === 'folder' ? 'một thư mục' : 'một liên kết hỏng hoặc tệp đặc biệt'}; không đọc được.`, fix: 'Thay bằng tệp đúng tên, hoặc xóa nó.' },
    en: { problem: `This name should be a file but is ${kind === 'folder' ? 'a folder' : 'a broken link or special file'}; it cannot be read.`, fix: 'Replace it with a file of that name, or delete it.' },
  })),
  'file-not-in-contract': m<{ kind: S }>('warning', ({ kind }) => ({
    vi: { problem: `${kind === 'folder' ? 'Thư mục' : 'Tệp'} này không thuộc cấu trúc dữ liệu (data/README.md): không được đọc, không được kiểm tra và không được xuất bản.`, fix: 'Xóa nó, hoặc chuyển ra ngoài thư mục dữ liệu nếu cần giữ (ví dụ danh bạ, ghi chú nội bộ).' },
    en: { problem: `This ${kind === 'folder' ? 'folder' : 'file'} is not part of the data contract (data/README.md): it is not read, not checked and not published.`, fix: 'Delete it, or move it out of the data folder if you need to keep it (e.g. contact lists, internal notes).' },
  })),
  'dataset-id-invalid': m<{ id: S }>('error', ({ id }) => ({
    vi: { problem: `Tên thư mục bộ dữ liệu "${id}" không dùng được trong địa chỉ trang.`, fix: 'Đổi tên thư mục chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang, tối đa 64 ký tự, ví dụ cong-dong-hoc-tap.' },
    en: { problem: `Dataset folder name "${id}" cannot be used in page addresses.`, fix: 'Rename the folder using only lower-case ASCII letters, digits and hyphens, at most 64 characters, e.g. cong-dong-hoc-tap.' },
  })),
  'code-syntax': m<{ value: S; max: N }>('error', ({ value, max }) => ({
    vi: { problem: `Mã "${value}" không hợp lệ: mã đơn vị chỉ gồm chữ số (tối đa ${max} chữ số).`, fix: 'Nhập đúng mã số của Tổng cục Thống kê, ví dụ 19960, không có dấu cách, chữ hay ký tự khác.' },
    en: { problem: `Code "${value}" is invalid: unit codes are digits only (at most ${max}).`, fix: 'Enter the GSO code exactly, e.g. 19960, with no spaces, letters or other characters.' },
  })),
  'file-too-large': m<{ size: N; max: N }>('error', ({ size, max }) => ({
    vi: { problem: `Tệp nặng ${size.toLocaleString('vi-VN')} byte, vượt giới hạn ${max.toLocaleString('vi-VN')} byte của một tệp; tệp không được đọc.`, fix: 'Kiểm tra đây đúng là tệp dữ liệu; xóa các trang tính, dòng hoặc cột thừa ngoài bảng rồi lưu lại.' },
    en: { problem: `The file is ${size.toLocaleString('en-GB')} bytes, over the limit of ${max.toLocaleString('en-GB')} bytes per file; it was not read.`, fix: 'Check that this is the data file; delete extra sheets, rows or columns outside the table and save again.' },
  })),
  'too-many-rows': m<{ max: N }>('error', ({ max }) => ({
    vi: { problem: `Tệp có hơn ${max.toLocaleString('vi-VN')} dòng dữ liệu (giới hạn của một tệp); chỉ ${max.toLocaleString('vi-VN')} dòng đầu được kiểm tra.`, fix: 'Xóa các dòng thừa (dòng trống hoặc dữ liệu không thuộc bảng) ở cuối tệp.' },
    en: { problem: `The file has more than ${max.toLocaleString('en-GB')} data rows (the limit per file); only the first ${max.toLocaleString('en-GB')} were checked.`, fix: 'Delete the extra rows (blank or not part of the table) at the end of the file.' },
  })),
  'text-too-long': m<{ length: N; max: N }>('error', ({ length, max }) => ({
    vi: { problem: `Văn bản dài ${length.toLocaleString('vi-VN')} ký tự, vượt giới hạn ${max.toLocaleString('vi-VN')} ký tự.`, fix: 'Rút gọn nội dung; bài viết dài hãy đưa vào một câu chuyện.' },
    en: { problem: `The text is ${length.toLocaleString('en-GB')} characters long, over the limit of ${max.toLocaleString('en-GB')}.`, fix: 'Shorten it; put long writing in a story.' },
  })),
  'text-invisible': m<{ char: S; value: S }>('error', ({ char, value }) => ({
    vi: { problem: `Văn bản có ký tự ẩn ${char} (ký tự điều khiển, đảo chiều chữ hoặc độ rộng bằng 0): "${value}".`, fix: 'Gõ lại đoạn văn bản này thay vì dán từ nơi khác, để xóa ký tự ẩn.' },
    en: { problem: `The text holds the invisible character ${char} (a control, direction-override or zero-width character): "${value}".`, fix: 'Type this text again instead of pasting it, to remove the hidden character.' },
  })),
  'issues-truncated': m<{ more: N; shown: N }>('warning', ({ more, shown }) => ({
    vi: { problem: `… và ${more.toLocaleString('vi-VN')} vấn đề khác trong tệp này không được liệt kê (chỉ liệt kê ${shown} vấn đề đầu tiên của mỗi tệp).`, fix: 'Sửa các vấn đề đã liệt kê (thường là cùng một lỗi lặp lại ở nhiều dòng) rồi kiểm tra lại.' },
    en: { problem: `… and ${more.toLocaleString('en-GB')} more issues in this file, not listed (only the first ${shown} of each file are).`, fix: 'Fix the issues listed (often one mistake repeated on many rows) and check again.' },
  })),
  'url-scheme': m<{ value: S }>('error', ({ value }) => ({
    vi: { problem: `Địa chỉ "${value}" không được phép: chỉ chấp nhận liên kết https://, http://, mailto: hoặc đường dẫn trong trang (bắt đầu bằng /).`, fix: 'Thay bằng địa chỉ trang web đầy đủ, ví dụ https://moet.gov.vn/….' },
    en: { problem: `Address "${value}" is not allowed: only https://, http://, mailto: links or paths within the site (starting with /) are.`, fix: 'Use the full web address instead, e.g. https://moet.gov.vn/….' },
  })),
  'story-syntax': m<{ message: S }>('error', ({ message }) => ({
    vi: { problem: `Câu chuyện có lỗi cú pháp MDX: ${message}.`, fix: 'Kiểm tra thẻ chưa đóng, dấu < hoặc { viết trong câu (viết &lt; hoặc \\{ nếu cần hiện chúng).' },
    en: { problem: `The story has an MDX syntax error: ${message}.`, fix: 'Look for an unclosed tag, or a < or { in the text (write &lt; or \\{ to show them).' },
  })),
  'story-code': m<{ value: S }>('error', ({ value }) => ({
    vi: { problem: `Câu chuyện chứa mã chạy được: ${value}. Bài viết không được có import/export hay biểu thức {…} (chúng chạy khi dựng trang).`, fix: 'Xóa đoạn này; dùng các thành phần có sẵn (xem /cau-chuyen/huong-dan-viet-bai/). Chỉ được import ảnh nằm cạnh bài, ví dụ import anh from \'./anh/lop-hoc.jpg\'.' },
    en: { problem: `The story holds code that would run: ${value}. Stories may not use import/export or {…} expressions (they run during the build).`, fix: 'Remove it; use the provided components (see /en/cau-chuyen/huong-dan-viet-bai/). Only images beside the story may be imported, e.g. import anh from \'./anh/lop-hoc.jpg\'.' },
  })),
  'story-html': m<{ value: S; allowed: S }>('error', ({ value, allowed }) => ({
    vi: { problem: `Câu chuyện dùng thẻ HTML hoặc thành phần không được phép: ${value}.`, fix: `Viết bằng Markdown (## tiêu đề, **đậm**, [liên kết](https://…)); chỉ dùng các thành phần ${allowed}.` },
    en: { problem: `The story uses an HTML tag or a component that is not allowed: ${value}.`, fix: `Write Markdown instead (## heading, **bold**, [link](https://…)); only the components ${allowed} may be used.` },
  })),
  'story-attribute': m<{ component: S; value: S; allowed: S }>('error', ({ component, value, allowed }) => ({
    vi: { problem: `Thành phần <${component}> không nhận thuộc tính "${value}".`, fix: `Chỉ dùng các thuộc tính ${allowed}, viết giá trị trong dấu nháy.` },
    en: { problem: `Component <${component}> does not take the attribute "${value}".`, fix: `Use only ${allowed}, with quoted values.` },
  })),
  'changelog-order': m<{ date: S; previous: S }>('warning', ({ date, previous }) => ({
    vi: { problem: `Mục ${date} đứng sau mục cũ hơn ${previous}; trang vẫn xếp mới nhất lên trên.`, fix: 'Đặt mục mới nhất lên đầu tệp để tệp đọc cùng thứ tự với trang.' },
    en: { problem: `Entry ${date} comes after the older ${previous}; the site still lists the newest first.`, fix: 'Put the newest entry at the top so the file reads in the same order as the site.' },
  })),
  'changelog-structure': m<{ what: S; whatEn: S }>('error', ({ what, whatEn }) => ({
    vi: { problem: `Nhật ký dữ liệu sai cấu trúc: ${what}.`, fix: 'Mỗi mục bắt đầu bằng một dòng "## YYYY-MM-DD — tiêu đề", tiếp theo là nội dung; xem data/README.md.' },
    en: { problem: `The changelog is not structured as expected: ${whatEn}.`, fix: 'Start each entry with a line "## YYYY-MM-DD — title" followed by its text; see data/README.md.' },
  })),
};

export type MessageCode = keyof typeof MESSAGES;
