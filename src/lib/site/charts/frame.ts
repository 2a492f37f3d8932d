/**
 * The frame every build-time chart shares, sized for phones. Charts are inline SVG scaled to their
 * container: a viewBox 320 units wide fills a 360 px phone's 328 px column at about 1:1, so 13-unit text
 * renders at ≥ 12 px there (the browser test measures it); CSS caps the width on wide screens so text
 * stays ≤ 16 px. Layouts place labels with `textWidth`, a deliberately generous estimate (DejaVu Sans,
 * Chromium's fallback, is wider than phone fonts), so no label is clipped or overlaps in either language.
 */

export const CHART = {
  /** viewBox width of every chart. */
  width: 320,
  /** Font size of every chart label, in viewBox units. */
  font: 13,
} as const;

/** Estimated advance of each character, in ems (sans-serif, regular; bold adds 6 %). */
function charEm(ch: string): number {
  if (ch === ' ') return 0.32;
  if (/[0-9]/.test(ch)) return 0.64;
  if (/[iljrtfI.,:;'|!()/·-]/.test(ch)) return 0.4;
  if (/[mwMW]/.test(ch)) return 0.92;
  if (/\p{Lu}/u.test(ch)) return 0.74;
  return 0.62;
}

/** Estimated width of a label in viewBox units at `size` (NFD so diacritics add no width). */
export function textWidth(text: string, size: number = CHART.font, bold = false): number {
  let em = 0;
  for (const ch of text.normalize('NFC')) em += charEm(ch.normalize('NFD')[0]!);
  return em * size * (bold ? 1.06 : 1);
}

/**
 * Which labels to show along an axis so that none touches its neighbour: greedily from the first, and
 * always the last (dropping the one shown before it when the two would touch). `xs` ascending.
 */
export function thinLabels(xs: number[], labelWidth: number, gap = 6): boolean[] {
  const need = labelWidth + gap;
  const shown = xs.map(() => false);
  let last = -Infinity;
  xs.forEach((x, i) => {
    if (x - last >= need) {
      shown[i] = true;
      last = x;
    }
  });
  const n = xs.length;
  if (n > 1 && !shown[n - 1]) {
    const prev = shown.lastIndexOf(true);
    if (prev > 0) shown[prev] = false;
    shown[n - 1] = prev > 0 || xs[n - 1]! - xs[prev]! >= need;
  }
  return shown;
}
