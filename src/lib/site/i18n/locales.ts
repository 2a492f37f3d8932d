/**
 * The site's languages, in one place: which there are, which is the default (served without a prefix),
 * the BCP 47 tag each one formats numbers and dates with, and the i18n settings handed to Astro and to
 * @astrojs/sitemap (astro.config.mjs imports them from here). Vietnamese first, English under /en/.
 */

export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The language served at the site root. */
export const DEFAULT_LANG: Lang = 'vi';

/** The locale a language formats numbers, dates and plurals with. */
export const LOCALE_TAG: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** Open Graph's spelling of the locale (`og:locale`). */
export const OG_LOCALE: Record<Lang, string> = { vi: 'vi_VN', en: 'en_GB' };

/** Whether a string names one of the site's languages. */
export const isLang = (value: unknown): value is Lang => (LANGS as readonly unknown[]).includes(value);

/** The path prefix of a language: '' for the default, "en/" for English. */
export const langPrefix = (lang: Lang): string => (lang === DEFAULT_LANG ? '' : `${lang}/`);

/** The other language, for the language switch and hreflang alternates. */
export const otherLang = (lang: Lang): Lang => LANGS.find((l) => l !== lang)!;

/** Astro's `i18n` option: every language, the default one without a prefix. */
export const ASTRO_I18N = {
  locales: [...LANGS],
  defaultLocale: DEFAULT_LANG,
  routing: { prefixDefaultLocale: false },
};

/** @astrojs/sitemap's `i18n` option: path prefix → hreflang value of the alternates. */
export const SITEMAP_I18N = {
  defaultLocale: DEFAULT_LANG,
  locales: Object.fromEntries(LANGS.map((l) => [l, l])) as Record<Lang, string>,
};
