/**
 * A QR code as a tiny 1-bit PNG data URI, made at build time: the `qr` library (zero-dependency,
 * ISO/IEC 18004) encodes the text into a grid of modules, written here as a black-and-white PNG of
 * `SCALE` pixels per module, deflated by node:zlib. About 0.4 KB for a page address in base64, against
 * 2 KB for the same code as an SVG path: it is on every commune page (21,000 nationally), so this alone
 * is 30 MB. The page shows it with `image-rendering: pixelated` so that it prints with sharp edges
 * (the data: URI is allowed by the CSP's img-src). Used by the print card of a page (its own address),
 * never by browser code.
 */
import encodeQR from 'qr';
import { crc32, deflateSync } from 'node:zlib';

/** How far the code can be damaged and still read: medium (15 %) survives a worn or smudged printout. */
const ECC = 'medium';
/** The quiet zone around the code, in modules (the standard asks for 4; 2 is enough inside a white card). */
const BORDER = 2;
/**
 * Pixels per module. Chromium prints the image unsmoothed (`interpolate no` in the PDF) at any scale;
 * 2 halves the blur where a browser smooths it anyway, for 2 bytes more than 1 (the rows deflate away).
 */
const SCALE = 2;

/** One PNG chunk: length, type, data, CRC-32 of type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)) >>> 0, 8 + data.length);
  return out;
}

/** The modules of the QR code of `text`, quiet zone included: true = dark. */
export function qrGrid(text: string): boolean[][] {
  return encodeQR(text, 'raw', { ecc: ECC, border: BORDER });
}

/**
 * The QR code of `text` as a PNG: greyscale, 1 bit per pixel (0 = black, 1 = white), `SCALE` pixels per
 * module, no filter. Deterministic: the same text always gives the same bytes.
 */
export function qrPng(text: string): Buffer {
  const grid = qrGrid(text);
  const px = grid.length * SCALE;
  const stride = Math.ceil(px / 8) + 1; // filter byte + packed bits
  const raw = Buffer.alloc(stride * px);
  for (let y = 0; y < px; y++) {
    const row = grid[Math.floor(y / SCALE)]!;
    for (let x = 0; x < px; x++) if (!row[Math.floor(x / SCALE)]) raw[y * stride + 1 + (x >> 3)]! |= 0x80 >> (x & 7);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(px, 0);
  header.writeUInt32BE(px, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale; compression, filter and interlace methods stay 0
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The QR code of `text` as a `data:image/png;base64,…` URI, for an <img src>. */
export function qrDataUri(text: string): string {
  return `data:image/png;base64,${qrPng(text).toString('base64')}`;
}
