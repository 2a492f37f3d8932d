/**
 * Vietnamese text rules shared by every layer: one place that decides how names are stored, compared and
 * sorted. Names are stored in NFC; compared after folding case, diacritics, đ→d and tone-mark placement.
 */

/** Normalise text to Unicode NFC and trim it: the stored form of every name. */
export function nfc(text: string): string {
  return text.normalize('NFC').trim();
}

/**
 * Fold a name for comparison: lower case, no diacritics, đ→d, single spaces. Because the tone mark is
 * removed, the old and new tone-mark placements (hoà / hòa, thuỷ / thủy) fold to the same key.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Unit-type prefixes, written out and abbreviated as staff write them (P.1, Ph. 2, X. Gio An, TT Hồ Xá,
 * TX. Quảng Trị, TP. Đông Hà, Tp Huế: after folding, the dot is a space).
 */
const UNIT_PREFIXES = ['thi tran', 'thi xa', 'thanh pho', 'dac khu', 'phuong', 'xa', 'huyen', 'quan', 'tinh', 'tp', 'tx', 'tt', 'ph', 'p', 'x'];

/**
 * Fold a unit name and drop its type prefix ("Xã", "Phường", "Thị trấn", "Đặc khu" or an abbreviation such as
 * "P.", "TT", "X."), for register matching.
 */
export function foldUnitName(text: string): string {
  const folded = fold(text);
  for (const prefix of UNIT_PREFIXES) {
    if (folded.startsWith(prefix + ' ')) return folded.slice(prefix.length + 1);
  }
  return folded;
}

/** The Vietnamese collator: the one sort order for names across the site and the downloads. */
export const viCollator = /* @__PURE__ */ new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compare two names the Vietnamese way (a, ă, â, b, c, d, đ, e, ê …). */
export function compareVi(a: string, b: string): number {
  return viCollator.compare(a, b);
}
