/**
 * The checker's UI text in both languages. Kept beside the checker (not in the site-wide i18n files)
 * because the browser script needs it too and it is used nowhere else. Issue messages themselves come
 * from the validator's catalogue (src/lib/data/validate/messages.ts).
 */
import type { Lang } from '../../lib/site/i18n/index.ts';

const vi = {
  title: 'Kiểm tra tệp dữ liệu',
  description:
    'Kiểm tra tệp CSV kết quả đánh giá trước khi công bố, ngay trên máy của bạn, bằng đúng các quy tắc mà trang web dùng khi xây dựng.',
  lead: 'Chọn tệp CSV xuất từ Excel, chọn bộ dữ liệu và năm. Trang sẽ kiểm tra tệp bằng đúng các quy tắc dùng khi xây dựng trang web và liệt kê mọi lỗi kèm dòng, cột và cách sửa.',
  privacy:
    'Tệp của bạn không rời khỏi máy tính: việc kiểm tra chạy hoàn toàn trong trình duyệt, không tải lên đâu cả. Sau khi trang đã tải xong, có thể kiểm tra cả khi không có mạng.',
  noscript:
    'Công cụ kiểm tra cần JavaScript. Nếu không bật được JavaScript, hãy làm theo hướng dẫn dữ liệu và chạy lệnh npm run validate trên máy có mã nguồn của trang.',
  guideLink: 'Hướng dẫn dữ liệu',
  fileLabel: 'Tệp CSV',
  fileHint: 'Hoặc kéo và thả tệp vào ô này.',
  dropHere: 'Thả tệp vào đây',
  datasetLabel: 'Bộ dữ liệu',
  yearLabel: 'Năm đánh giá',
  yearHint: 'Năm được đoán từ tên tệp (ví dụ 2025.csv); hãy kiểm tra lại.',
  check: 'Kiểm tra',
  templates: 'Tải tệp mẫu',
  templateBlank: 'tệp mẫu trống',
  templateExample: 'ví dụ đã điền (minh họa)',
  published: 'đã công bố',
  waiting: 'Chưa có tệp nào được kiểm tra.',
  checking: 'Đang kiểm tra…',
  noFile: 'Hãy chọn một tệp CSV trước.',
  ok: (file: string, rows: number, warnings: number) =>
    `✔ Tệp ${file} hợp lệ: ${rows} dòng dữ liệu, ${warnings} cảnh báo. Có thể công bố.`,
  bad: (file: string, errors: number, warnings: number) =>
    `✘ Tệp ${file} có ${errors} lỗi và ${warnings} cảnh báo. Cần sửa các lỗi trước khi công bố.`,
  issuesCaption: 'Các vấn đề tìm thấy',
  colSeverity: 'Mức',
  colRow: 'Dòng',
  colColumn: 'Cột',
  colMessage: 'Vấn đề',
  colFix: 'Cách sửa',
  wholeFile: 'cả tệp',
  severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Ghi chú' },
  lang: 'vi' as Lang,
  previewCaption: (shown: number, total: number) =>
    `Xem trước tệp (${shown} / ${total} dòng dữ liệu). Ô có lỗi được tô đỏ và đánh dấu ⚠.`,
  rowHeader: 'Dòng',
  cellError: 'có lỗi',
};

export type CheckerStrings = typeof vi;

const en: CheckerStrings = {
  title: 'Check a data file',
  description:
    'Check an assessment-results CSV before publishing, on your own computer, with exactly the rules the site build uses.',
  lead: 'Choose a CSV exported from Excel, then the dataset and the year. The page checks the file with exactly the rules the site build uses and lists every problem with its row, column and how to fix it.',
  privacy:
    'Your file never leaves your computer: the check runs entirely in your browser and nothing is uploaded. Once the page has loaded, it works without a network connection.',
  noscript:
    'The checker needs JavaScript. Without it, follow the data guide and run npm run validate on a computer with the site’s source code.',
  guideLink: 'Data guide',
  fileLabel: 'CSV file',
  fileHint: 'Or drag and drop the file onto this box.',
  dropHere: 'Drop the file here',
  datasetLabel: 'Dataset',
  yearLabel: 'Assessment year',
  yearHint: 'The year is guessed from the file name (e.g. 2025.csv); please check it.',
  check: 'Check',
  templates: 'Download templates',
  templateBlank: 'blank template',
  templateExample: 'filled example (illustrative)',
  published: 'published',
  waiting: 'No file checked yet.',
  checking: 'Checking…',
  noFile: 'Choose a CSV file first.',
  ok: (file, rows, warnings) => `✔ ${file} is valid: ${rows} data rows, ${warnings} warnings. Ready to publish.`,
  bad: (file, errors, warnings) =>
    `✘ ${file} has ${errors} errors and ${warnings} warnings. Fix the errors before publishing.`,
  issuesCaption: 'Problems found',
  colSeverity: 'Level',
  colRow: 'Row',
  colColumn: 'Column',
  colMessage: 'Problem',
  colFix: 'How to fix',
  wholeFile: 'whole file',
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  lang: 'en',
  previewCaption: (shown, total) =>
    `Preview of the file (${shown} of ${total} data rows). Cells with a problem are shaded red and marked ⚠.`,
  rowHeader: 'Row',
  cellError: 'has a problem',
};

/** The checker's strings in a page language. */
export const checkerStrings = (lang: Lang): CheckerStrings => (lang === 'vi' ? vi : en);
