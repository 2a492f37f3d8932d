/**
 * The print card's QR code: the SVG path drawn from the library's module grid reads back (rasterised
 * from the path itself, decoded by the `qr` decoder) as the text it was made from, for page addresses of
 * both languages and a long one; the same text always gives the same bytes.
 */
import { describe, expect, it } from 'vitest';
import decodeQR from 'qr/decode.js';
import { qrSvg } from '../../../src/lib/site/qr.ts';

/**
 * Paint the SVG's strokes into an RGBA image, `scale` pixels per module: each row starts with
 * "M x y.5 h w" and goes on with "m gap 0 h w" (a stroke one module thick through the row's middle).
 */
function rasterise(svg: string, scale = 6) {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)![1]);
  const px = size * scale;
  const data = new Uint8Array(px * px * 4).fill(255);
  const d = /<path[^>]* d="([^"]+)"/.exec(svg)![1]!;
  expect(d).toMatch(/^(M\d+ \d+\.5h\d+(m\d+ 0h\d+)*)+$/);
  let [x, y] = [0, 0];
  for (const m of d.matchAll(/(?:M(\d+) (\d+)\.5|m(\d+) 0)h(\d+)/g)) {
    if (m[1] !== undefined) [x, y] = [Number(m[1]), Number(m[2])];
    else x += Number(m[3]);
    const w = Number(m[4]);
    for (let py = y * scale; py < (y + 1) * scale; py++)
      for (let pxl = x * scale; pxl < (x + w) * scale; pxl++)
        data.fill(0, (py * px + pxl) * 4, (py * px + pxl) * 4 + 3);
    x += w;
  }
  return { width: px, height: px, data };
}

describe('qrSvg', () => {
  const addresses = [
    'https://cong-dong-hoc-tap.example.org/xa/20122/',
    'https://cong-dong-hoc-tap.example.org/cdht/en/xa/19969/',
    `https://example.org/${'a'.repeat(180)}/`,
  ];
  it.each(addresses)('reads back as the address it encodes: %s', (url) => {
    expect(decodeQR(rasterise(qrSvg(url)))).toBe(url);
  });

  it('is deterministic and compact', () => {
    const a = qrSvg(addresses[0]!);
    expect(qrSvg(addresses[0]!)).toBe(a);
    expect(a.length).toBeLessThan(3000);
  });
});
