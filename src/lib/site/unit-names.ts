/**
 * Administrative unit names inside sentences, by one rule. The register keeps official names with their
 * type first ("Huyện Phú Lộc", "Thành phố Huế"); Vietnamese prose writes the type in lower case after
 * a word ("trong huyện Phú Lộc", Nghị định 30/2020 on administrative style), English puts it after the
 * name ("in Phú Lộc District"). Headings and lists keep the official name as it is.
 */
import type { Lang } from './i18n/locales.ts';

/** Unit types that open official names, longest first so "Thành phố" wins over a shorter match. */
const TYPES: readonly { vi: string; en: string }[] = [
  { vi: 'Thành phố', en: 'City' },
  { vi: 'Thị trấn', en: 'Township' },
  { vi: 'Thị xã', en: 'Town' },
  { vi: 'Đặc khu', en: 'Special Zone' },
  { vi: 'Phường', en: 'Ward' },
  { vi: 'Huyện', en: 'District' },
  { vi: 'Quận', en: 'Urban District' },
  { vi: 'Tỉnh', en: 'Province' },
  { vi: 'Xã', en: 'Commune' },
];

/** Split an official name into its type and proper name ("Huyện Phú Lộc" → Huyện + Phú Lộc). */
function split(name: string): { type: (typeof TYPES)[number] | null; proper: string } {
  const nfc = name.normalize('NFC').trim();
  for (const type of TYPES) {
    const prefix = type.vi;
    if (
      nfc.length > prefix.length &&
      nfc.slice(0, prefix.length).toLocaleLowerCase('vi') === prefix.toLocaleLowerCase('vi') &&
      nfc[prefix.length] === ' '
    )
      return { type, proper: nfc.slice(prefix.length + 1) };
  }
  return { type: null, proper: nfc };
}

/**
 * An official unit name as it reads inside a sentence: "huyện Phú Lộc" in Vietnamese, "Phú Lộc District"
 * in English. Names without a known type word are returned as they are.
 */
export function nameInSentence(name: string, lang: Lang): string {
  const { type, proper } = split(name);
  if (!type) return name;
  return lang === 'vi' ? `${type.vi.toLocaleLowerCase('vi')} ${proper}` : `${proper} ${type.en}`;
}

/** The type of a unit as a word in the page language, lower case: "xã", "phường"; "commune", "ward". */
export function typeWord(type: string, lang: Lang): string {
  const lower = type.normalize('NFC').trim().toLocaleLowerCase('vi');
  const found = TYPES.find(
    (t) => lower === t.vi.toLocaleLowerCase('vi') || lower.startsWith(`${t.vi.toLocaleLowerCase('vi')} `),
  );
  if (lang === 'vi' || !found) return type.toLocaleLowerCase(lang);
  return found.en.toLowerCase();
}

/** A word at the start of a sentence or label: first letter in upper case ("xã" → "Xã"). */
export const upperFirst = (text: string, lang: Lang): string => text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
