/** Number and date formatting for the page language (vi-VN uses a decimal comma). */
import type { Lang } from './i18n/index.ts';

const locale = (lang: Lang) => (lang === 'vi' ? 'vi-VN' : 'en-GB');

/** A score or total: at most one decimal, locale separators (87,5 in Vietnamese). */
export function formatNumber(value: number, lang: Lang, digits = 1): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(value);
}

/** An ISO date as the reader expects it: 31/03/2025 or 31 Mar 2025. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return new Intl.DateTimeFormat(locale(lang), {
    timeZone: 'UTC',
    ...(lang === 'vi' ? { day: '2-digit', month: '2-digit', year: 'numeric' } : { day: 'numeric', month: 'short', year: 'numeric' }),
  }).format(date);
}

/** A share as a percentage with no decimals. */
export function formatPercent(part: number, whole: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 0 }).format(whole === 0 ? 0 : part / whole);
}
