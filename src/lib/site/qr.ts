/**
 * A QR code as a small SVG, made at build time: the `qr` library (zero-dependency, ISO/IEC 18004)
 * encodes the text into a grid of modules, and each row's runs of dark modules become one path segment,
 * so a page address costs about a third of the library's own one-rectangle-per-module SVG. Used by the
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
  let d = '';
  grid.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let end = x;
      while (end + 1 < row.length && row[end + 1]) end++;
      d += `M${x} ${y}h${end - x + 1}v1h-${end - x + 1}z`;
      x = end;
    }
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`
  );
}
