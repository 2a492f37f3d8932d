/** File sizes for people: "850 B", "12,3 kB", "1,2 MB" (decimal units, page-language separators). */
export function formatBytes(bytes: number, lang: 'vi' | 'en'): string {
  const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
  const fmt = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${fmt(bytes / 1000)} kB`;
  return `${fmt(bytes / 1_000_000)} MB`;
}
