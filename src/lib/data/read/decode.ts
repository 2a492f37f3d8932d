/**
 * Turn the bytes of a file exported from Excel into text, whatever Excel chose to save: UTF-8 with or
 * without BOM, UTF-16 ("Unicode text"), or the legacy Windows-1258 code page. Works in Node and browsers.
 */
import { nfc } from '../text.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

/** Guess UTF-16 without a BOM: ASCII-heavy text has a zero in every other byte. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 2000);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * Decode file bytes to NFC text and say which encoding was found, so the caller can tell staff when a
 * file was not saved as "CSV UTF-8". Never throws: bytes that are not UTF-8 are read as Windows-1258.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: nfcText(new TextDecoder('utf-8').decode(bytes.subarray(3))), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: nfcText(new TextDecoder('utf-16le').decode(bytes.subarray(2))), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: nfcText(new TextDecoder('utf-16be').decode(bytes.subarray(2))), encoding: 'utf-16be' };
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: nfcText(new TextDecoder(utf16).decode(bytes)), encoding: utf16 };
  try {
    return { text: nfcText(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'utf-8' };
  } catch {
    return { text: nfcText(new TextDecoder('windows-1258').decode(bytes)), encoding: 'windows-1258' };
  }
}

/** NFC without trimming (trimming a whole file would shift nothing, but keep the text as it is). */
function nfcText(text: string): string {
  return text.normalize('NFC');
}

const PLAIN_ASCII = /^[\x20-\x7e\t\r\n]*$/;

const VI_LETTERS =
  'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
const ALLOWED = new Set([...VI_LETTERS, ...VI_LETTERS.toUpperCase(), ...'–—…“”‘’°№•×']);

/**
 * True when text holds characters that do not belong in Vietnamese text: the mark of a TCVN3 (.VnTime)
 * or VNI font file read as Unicode, or of a wrong code page ("Thñy", "Ph¸t").
 */
export function looksGarbled(text: string): boolean {
  if (PLAIN_ASCII.test(text)) return false;
  for (const ch of nfc(text)) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) {
      if (code < 0x20 && ch !== '\t' && ch !== '\n' && ch !== '\r') return true;
      continue;
    }
    if (!ALLOWED.has(ch)) return true;
  }
  return false;
}
