/** Pick the UI strings and localised data text for a page language. */
import type { Localised } from '../../data/types.ts';
import { vi, type Strings } from './vi.ts';
import { en } from './en.ts';

export type Lang = 'vi' | 'en';
export const LANGS: Lang[] = ['vi', 'en'];

/** The UI strings of a language. */
export function strings(lang: Lang): Strings {
  return lang === 'vi' ? vi : en;
}

/** A data text in the page language (English falls back to Vietnamese). */
export function tr(text: Localised, lang: Lang): string {
  return lang === 'en' ? text.en || text.vi : text.vi;
}
