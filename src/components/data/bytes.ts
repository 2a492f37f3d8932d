/** File sizes for people: "850 B", "12,3 kB", "1,2 MB" (decimal units, page-language separators via t). */
import { translator, type Lang } from '../../lib/site/i18n/index.ts';

export function formatBytes(bytes: number, lang: Lang): string {
  const t = translator(lang);
  if (bytes < 1000) return t('units.bytes', { n: bytes });
  if (bytes < 1_000_000) return t('units.kilobytes', { n: bytes / 1000 });
  return t('units.megabytes', { n: bytes / 1_000_000 });
}
