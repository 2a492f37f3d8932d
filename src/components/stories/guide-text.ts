/**
 * Text of the author guide in both languages, kept apart from the page markup. Vietnamese is the
 * reference (staff write in Vietnamese); the English text is a faithful shorter version.
 */
import type { Lang } from '../../lib/site/i18n/index.ts';

const vi = {
  title: 'Hướng dẫn viết câu chuyện điển hình',
  intro:
    'Mỗi câu chuyện là một tệp MDX (văn bản Markdown, thêm vài thành phần có sẵn) trong kho mã của trang. Cán bộ viết, người khác đọc duyệt, rồi trang tự xây dựng lại — giống như khi công bố dữ liệu.',
  stepsTitle: 'Các bước',
  steps: [
    'Chép tệp mẫu <code>src/content/stories/_mau-cau-chuyen.mdx.txt</code> (ở cuối trang này) thành <code>src/content/stories/&lt;ten-bai&gt;.mdx</code>. Tên tệp viết không dấu, nối bằng gạch ngang: đó là địa chỉ trang <code>/cau-chuyen/&lt;ten-bai&gt;/</code>.',
    'Điền phần đầu tệp (giữa hai dòng <code>---</code>) theo bảng dưới đây, rồi viết nội dung bằng Markdown: <code>## Tiêu đề mục</code>, danh sách <code>- …</code>, chữ đậm <code>**…**</code>.',
    'Muốn có bản tiếng Anh, tạo thêm <code>&lt;ten-bai&gt;.en.mdx</code> với <code>lang: en</code>. Bài chỉ có một thứ tiếng vẫn hiện ở cả hai phiên bản của trang, kèm ghi chú.',
    'Chạy <code>npm run build</code> (hoặc gửi lên để hệ thống kiểm tra). Nếu sai mã xã, mã tiêu chí, thiếu trường hay sai ngày, việc xây dựng dừng lại và báo tên tệp, tên trường và cách sửa.',
    'Câu chuyện dựng lại, chưa kiểm chứng hoặc dùng dữ liệu minh họa phải ghi <code>illustrative: true</code>: trang sẽ hiện nhãn “Câu chuyện minh họa”. Không ghi lời trích dẫn cho người có thật khi không có nguồn.',
  ],
  fieldsTitle: 'Các trường ở đầu tệp',
  field: 'Trường',
  meaning: 'Ý nghĩa',
  example: 'Ví dụ',
  fields: [
    ['title', 'Tiêu đề bài (bắt buộc)', 'title: "Lộc Vĩnh: lớp học theo con nước"'],
    ['summary', 'Tóm tắt 1–2 câu, 20–400 ký tự; hiện trong danh sách, nguồn tin Atom và khi chia sẻ', 'summary: "…"'],
    ['date', 'Ngày đăng, dạng năm-tháng-ngày', 'date: 2019-07-18'],
    ['lang', 'Ngôn ngữ của bài: vi hoặc en', 'lang: vi'],
    [
      'communes',
      'Mã các xã được nói tới (5 chữ số, trong dấu nháy, giữ số 0 ở đầu); có thể để []',
      'communes: ["20137"]',
    ],
    [
      'criteria',
      'Các tiêu chí liên quan, dạng "bộ-tiêu-chí:mã"; mã lấy trong data/frameworks/',
      'criteria: ["tt44-2014:tc08"]',
    ],
    ['year', 'Năm đánh giá mà câu chuyện nói tới (dùng để lọc theo năm)', 'year: 2018'],
    ['tags', 'Từ khóa (tùy chọn)', 'tags: ["người lao động"]'],
    ['author', 'Người viết hoặc đơn vị', 'author: "Phòng GD&ĐT huyện Phú Lộc"'],
    ['illustrative', 'true: câu chuyện minh họa; false: sự việc có thật, có nguồn', 'illustrative: false'],
    [
      'cover',
      'Ảnh bìa (tùy chọn): tệp trong src/content/stories/anh/ và mô tả ảnh (alt) bắt buộc',
      'cover: {src: ./anh/x.png, alt: "…"}',
    ],
  ] as [string, string, string][],
  componentsTitle: 'Các thành phần dùng trong bài',
  componentsIntro:
    'Không cần khai báo: chỉ cần viết thẻ ở dòng riêng. Số liệu trong biểu đồ và thẻ số lấy thẳng từ dữ liệu của trang, nên luôn khớp với trang xã.',
  chart:
    'Biểu đồ kết quả của một xã qua các năm, kèm bảng số. Mặc định là tổng điểm bộ dữ liệu "cong-dong-hoc-tap"; thêm criterion="tc08" để xem một tiêu chí, dataset="trung-tam-htcd" để xem xếp loại trung tâm học tập cộng đồng.',
  key: 'Một con số cần nhớ. Lấy từ dữ liệu (commune, year, criterion tùy chọn) hoặc ghi tay bằng value — khi ghi tay, nói rõ nguồn trong note.',
  keyLabel2: 'đơn vị cấp xã ở ba địa phương',
  keyNote2: 'Danh mục đơn vị hành chính 2016–2018',
  callout: 'Một khung nổi bật: type="tip" (kinh nghiệm), "note" (ghi chú) hoặc "warning" (lưu ý).',
  calloutTitle: 'Bài học',
  calloutBody: 'Ghi chép người học đều đặn từ đầu năm, đừng dồn vào tháng 12.',
  figure:
    'Ảnh có chú thích. Đặt tệp ảnh trong src/content/stories/anh/, khai báo ở đầu phần nội dung bằng import, và luôn có alt mô tả ảnh cho người không nhìn thấy. Trang tự thu nhỏ ảnh khi xây dựng.',
  figureAlt: 'Hình vẽ minh họa một hội trường với bàn chủ tọa và bảy đại biểu.',
  figureCaption: 'Hình minh họa dùng cho bài về hội nghị năm 2019',
  figureCredit: 'Nhóm biên tập trang dữ liệu',
  templateTitle: 'Tệp mẫu',
  template:
    'Nội dung của <code>src/content/stories/_mau-cau-chuyen.mdx.txt</code> (tệp bắt đầu bằng dấu gạch dưới không được đăng):',
};

const en: typeof vi = {
  title: 'How to write a good-practice story',
  intro:
    "Each story is an MDX file (Markdown plus a few ready-made components) in the site's repository. Staff write it, a colleague reviews it, and the site rebuilds — just like publishing data.",
  stepsTitle: 'Steps',
  steps: [
    'Copy the template <code>src/content/stories/_mau-cau-chuyen.mdx.txt</code> (at the end of this page) to <code>src/content/stories/&lt;slug&gt;.mdx</code>. The file name, without accents and joined by hyphens, is the page address <code>/cau-chuyen/&lt;slug&gt;/</code>.',
    'Fill in the header (between the two <code>---</code> lines) as in the table below, then write the text in Markdown.',
    'For an English version add <code>&lt;slug&gt;.en.mdx</code> with <code>lang: en</code>. A story in one language is still shown in both site languages, with a note.',
    'Run <code>npm run build</code> (or submit for checking). A wrong commune code or criterion id, a missing field or a bad date stops the build, naming the file, the field and how to fix it.',
    'Reconstructed, unverified stories or stories built on illustrative data must say <code>illustrative: true</code>: the page then shows an “Illustrative story” label. Never attribute quotes to real people without a source.',
  ],
  fieldsTitle: 'Header fields',
  field: 'Field',
  meaning: 'Meaning',
  example: 'Example',
  fields: [
    ['title', 'Title (required)', 'title: "…"'],
    ['summary', '1–2 sentences, 20–400 characters; shown in lists, the Atom feed and when shared', 'summary: "…"'],
    ['date', 'Publication date, year-month-day', 'date: 2019-07-18'],
    ['lang', 'Language of the story: vi or en', 'lang: en'],
    ['communes', 'Codes of the communes in the story (5 digits, quoted); may be []', 'communes: ["20137"]'],
    ['criteria', 'Related criteria as "framework:id", ids from data/frameworks/', 'criteria: ["tt44-2014:tc08"]'],
    ['year', 'The assessment year the story is about', 'year: 2018'],
    ['tags', 'Keywords (optional)', 'tags: ["workers"]'],
    ['author', 'Author or office', 'author: "…"'],
    ['illustrative', 'true: illustrative story; false: a real, sourced event', 'illustrative: false'],
    [
      'cover',
      'Cover image (optional): a file in src/content/stories/anh/ with required alt text',
      'cover: {src: ./anh/x.png, alt: "…"}',
    ],
  ],
  componentsTitle: 'Components',
  componentsIntro:
    "No import needed: write the tag on its own line. Figures in charts and number cards come from the site's data, so they always match the commune pages.",
  chart:
    'A commune\'s results over the years with a table. Default: total of dataset "cong-dong-hoc-tap"; add criterion="tc08" for one criterion, dataset="trung-tam-htcd" for the learning-centre ranking.',
  key: 'One number to remember, from the data (commune, year, optional criterion) or typed as value — then give its source in note.',
  keyLabel2: 'commune-level units in the three localities',
  keyNote2: 'Unit register 2016–2018',
  callout: 'A highlighted box: type="tip", "note" or "warning".',
  calloutTitle: 'Lesson',
  calloutBody: 'Record learners throughout the year, not all in December.',
  figure:
    'An image with a caption. Put the file in src/content/stories/anh/, import it at the top of the text, and always give alt text. The build resizes it.',
  figureAlt: 'Illustration of a meeting hall with a presidium table and seven delegates.',
  figureCaption: 'Illustration used for the 2019 conference story',
  figureCredit: 'Data site editorial team',
  templateTitle: 'Template',
  template:
    'The text of <code>src/content/stories/_mau-cau-chuyen.mdx.txt</code> (files starting with an underscore are not published):',
};

export function guideText(lang: Lang): typeof vi {
  return lang === 'en' ? en : vi;
}
