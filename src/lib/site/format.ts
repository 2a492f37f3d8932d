/**
 * Number and date formatting for the page language (vi-VN uses a decimal comma). Intl formatters are
 * costly to create, so each one is made once and reused: pages format hundreds of numbers each.
 */
import { LOCALE_TAG, type Lang } from './i18n/locales.ts';

const locale = (lang: Lang) => LOCALE_TAG[lang];
/** How each language writes a date: 31/03/2025 in Vietnamese, 31 Mar 2025 in English. */
const DATE_STYLE: Record<Lang, Intl.DateTimeFormatOptions> = {
  vi: { day: '2-digit', month: '2-digit', year: 'numeric' },
  en: { day: 'numeric', month: 'short', year: 'numeric' },
};
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(lang: Lang, digits: number, percent = false): Intl.NumberFormat {
  const key = `n|${lang}|${digits}|${percent}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(locale(lang), {
      maximumFractionDigits: digits,
      ...(percent ? { style: 'percent' } : {}),
    });
    cache.set(key, f);
  }
  return f;
}

function dateFormat(lang: Lang): Intl.DateTimeFormat {
  const key = `d|${lang}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(locale(lang), {
      timeZone: 'UTC',
      ...DATE_STYLE[lang],
    });
    cache.set(key, f);
  }
  return f;
}

/**
 * A number with locale separators (87,5 in Vietnamese). Scores, totals and statistics arrive already
 * rounded by their framework's rule (scoreDecimals in src/lib/data/model/frameworks.ts), so by default
 * nothing is rounded again (up to 3 decimals, roundScore's precision); pass `digits` for other numbers.
 */
export function formatNumber(value: number, lang: Lang, digits = 3): string {
  const key = `${lang}|${digits}|${value}`;
  let text = formatted.get(key);
  if (text === undefined) {
    if (formatted.size >= MAX_FORMATTED) formatted.clear();
    formatted.set(key, (text = numberFormat(lang, digits).format(value)));
  }
  return text;
}

/**
 * Formatted numbers, by language, digits and value. A national build formats millions of numbers (every
 * score of every criteria table) from a few thousand distinct values, and Intl's format took 5 s of it.
 */
const formatted = new Map<string, string>();
const MAX_FORMATTED = 100_000;

/** An ISO date as the reader expects it: 31/03/2025 or 31 Mar 2025. */
export function formatDate(iso: string, lang: Lang): string {
  const key = `${lang}|${iso}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    formattedDates.set(key, (text = dateFormat(lang).format(new Date(Date.UTC(y, m - 1, d)))));
  }
  return text;
}

/** Formatted dates, by language and ISO date: a site has a few hundred distinct dates at most. */
const formattedDates = new Map<string, string>();

/** A share as a percentage with no decimals. */
export function formatPercent(part: number, whole: number, lang: Lang): string {
  return numberFormat(lang, 0, true).format(whole === 0 ? 0 : part / whole);
}
