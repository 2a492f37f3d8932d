/** Every Vietnamese UI string of the site. Framework and criterion names come from the data, not here. */
export const vi = {
  langName: 'Tiếng Việt',
  skipToContent: 'Bỏ qua, đến nội dung chính',
  nav: {
    home: 'Trang chủ',
    map: 'Bản đồ',
    years: 'Theo năm',
    stories: 'Câu chuyện',
    data: 'Dữ liệu',
    methodology: 'Phương pháp',
    checker: 'Kiểm tra dữ liệu',
  },
  illustrative: 'Dữ liệu minh họa',
  illustrativeNote:
    'Điểm số trên trang này là dữ liệu minh họa, không phải kết quả chính thức. Tên, mã và lịch sử đơn vị hành chính là thật.',
  switchLanguage: 'English',
  footer: {
    licence: 'Giấy phép',
    publisher: 'Đơn vị công bố',
    contact: 'Liên hệ',
  },
  notFound: 'Không tìm thấy trang',
} as const;

/** The shape every language must provide. */
export type Strings = { [K in keyof typeof vi]: (typeof vi)[K] extends string ? string : { [L in keyof (typeof vi)[K]]: string } };
