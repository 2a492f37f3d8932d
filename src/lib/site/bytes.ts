/**
 * File sizes for people: "850 B", "12,3 kB", "1,2 MB" (decimal units, page-language separators via t).
 * A build-time view rule: it moved here from src/components/data/bytes.ts.
 */
import { translator, type Lang } from './i18n/index.ts';

/** A byte count as people read it, in the page language (units from the message catalogue). */
export function formatBytes(bytes: number, lang: Lang): string {
  const t = translator(lang);
  if (bytes < 1000) return t('units.bytes', { n: bytes });
  if (bytes < 1_000_000) return t('units.kilobytes', { n: bytes / 1000 });
  return t('units.megabytes', { n: bytes / 1_000_000 });
}
