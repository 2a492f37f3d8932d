/**
 * A QR code as a small SVG, made at build time: the `qr` library (zero-dependency, ISO/IEC 18004)
 * encodes the text into a grid of modules, and each row's runs of dark modules become one stroked
 * segment of a single path (about 2 KB for a page address: a sixth of the library's own
 * one-rectangle-per-module SVG, half of a filled rectangle per run). Used by the
 * print card of a page (its own address), never by browser code.
 */
import encodeQR from 'qr';

/** How far the code can be damaged and still read: medium (15 %) survives a worn or smudged printout. */
const ECC = 'medium';
/** The quiet zone around the code, in modules (the standard asks for 4; 2 is enough inside a white card). */
const BORDER = 2;

/**
 * The SVG of the QR code of `text`: a square viewBox in modules, black on white, no size set (CSS gives
 * it one). Deterministic: the same text always gives the same bytes.
 */
export function qrSvg(text: string): string {
  const grid = encodeQR(text, 'raw', { ecc: ECC, border: BORDER });
  const size = grid.length;
  // Each row is one stroke 1 module thick through the row's middle: `M<x> <y>.5h<run>` for its first run
  // of dark modules, then `m<gap> 0h<run>` for the next (relative moves are shorter than absolute ones).
  let d = '';
  grid.forEach((row, y) => {
    let pen = -1;
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let end = x;
      while (end + 1 < row.length && row[end + 1]) end++;
      d += pen < 0 ? `M${x} ${y}.5h${end - x + 1}` : `m${x - pen} 0h${end - x + 1}`;
      pen = end + 1;
      x = end;
    }
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path stroke="#000" d="${d}"/></svg>`
  );
}
