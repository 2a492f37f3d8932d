/**
 * Text safety for prose written in YAML files and CHANGELOG.md (titles, descriptions, legal basis,
 * changelog entries), held to the same rules as CSV text: no hidden characters, no garbled legacy-font
 * text, no HTML, a bounded length. Prose may use typographic symbols (≥, ©, ·, →) that a CSV name never
 * needs, so "garbled" here means the marks a TCVN3/VNI file leaves inside words ("Ph¸t", "Thñy").
 */
import { LIMITS } from '../limits.ts';
import type { IssueList, Location } from './issues.ts';
import { checkHtml } from './cells.ts';

/**
 * Characters that change how text reads without being seen: C0/C1 controls (tab and line breaks aside),
 * bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C), zero-width
 * characters (U+200B–U+200D, U+2060, U+FEFF) and the replacement character left by a bad decode.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufffd]/u;

/** The first hidden character of `text` as "U+202E", or null. */
export function invisibleChar(text: string): string | null {
  const match = INVISIBLE.exec(text);
  return match ? `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : null;
}

const VI_LETTERS = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
const VI = new Set([...VI_LETTERS, ...VI_LETTERS.toUpperCase()]);
/** Latin-1 symbols a TCVN3 or VNI byte turns into when read as Windows-1252 (¸ ¹ µ ¶ · ® …). */
const LATIN1_SYMBOL = /[\u00a1-\u00bf\u00d7\u00f7]/u;
const LETTER = /\p{L}/u;

/**
 * True when prose shows the marks of a legacy Vietnamese font read as Unicode: a Latin letter that is not
 * Vietnamese ("Thñy"), or a Latin-1 symbol glued to a letter ("Ph¸t"). "© OpenStreetMap", "≥ 85" and
 * "Nhật ký · Changelog" are fine.
 */
export function garbledProse(text: string): boolean {
  const chars = [...text.normalize('NFC')];
  return chars.some((ch, i) => {
    const code = ch.codePointAt(0)!;
    if (code < 0x80 || VI.has(ch)) return false;
    if (code >= 0xc0 && code <= 0x24f && ch !== '×' && ch !== '÷') return true;
    if (!LATIN1_SYMBOL.test(ch)) return false;
    return LETTER.test(chars[i - 1] ?? '') || LETTER.test(chars[i + 1] ?? '');
  });
}

/** Check one text of a YAML file or the changelog; every problem becomes a located issue. */
export function checkProse(text: string, where: Location, issues: IssueList, max: number = LIMITS.textChars): void {
  if (text === '') return;
  const length = [...text].length;
  if (length > max) issues.add('text-too-long', where, { length, max });
  const char = invisibleChar(text);
  if (char) issues.add('text-invisible', where, { char, value: text });
  else if (garbledProse(text)) issues.add('text-garbled', where, { value: text });
  checkHtml(text, where, issues);
}
