/**
 * The site's one string system: keyed dictionaries (messages/vi.json, messages/en.json, the same keys in
 * both) read through `translator(lang)`, whose `t(key, params)` fills in values, plurals and numbers in
 * the page language (translate.ts). Browser clients get only the keys they need (`clientMessages`),
 * embedded in the page, and format them with the same code. Text that comes from the data (names of
 * frameworks, criteria, datasets) is picked with `tr`.
 */
import type { Localised } from '../../data/types.ts';
import vi from './messages/vi.json' with { type: 'json' };
import en from './messages/en.json' with { type: 'json' };
import type { Lang } from './locales.ts';
import { createTranslator, pickText, type Translator } from './translate.ts';

export { LANGS, type Lang } from './locales.ts';
export type { Translator } from './translate.ts';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every message key, e.g. "commune.latest" (checked against the Vietnamese dictionary). */
export type MessageKey = Leaves<typeof vi>;

/** The keys of one group without its prefix: KeysUnder<'map.'> is 'title' | 'descr' | … */
export type KeysUnder<P extends string, K = MessageKey> = K extends `${P}${infer R}` ? R : never;

type Nested = { [key: string]: string | Nested };

/** Flatten nested groups to "group.key" → message. */
export function flatten(tree: Nested, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out[prefix + k] = v;
    else flatten(v, `${prefix}${k}.`, out);
  }
  return out;
}

/** The flat dictionary of each language. */
export const MESSAGES = { vi: flatten(vi), en: flatten(en as Nested) } as Record<Lang, Record<MessageKey, string>>;

const translators = new Map<Lang, Translator<MessageKey>>();

/** The translator of a page language (one per language, its messages parsed once). */
export function translator(lang: Lang): Translator<MessageKey> {
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = createTranslator(lang, MESSAGES[lang])));
  return t;
}

/** The messages a browser client needs, in one language, to embed in its page. */
export function clientMessages<K extends MessageKey>(lang: Lang, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, MESSAGES[lang][k]])) as Record<K, string>;
}

/** A data text in the page language (a missing English text falls back to Vietnamese). */
export function tr(text: Localised, lang: Lang): string {
  return pickText(text, lang);
}
