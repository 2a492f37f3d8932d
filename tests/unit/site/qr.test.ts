/**
 * The print card's QR code: the PNG read back by a PNG reader written from the specification (chunks,
 * CRC-32, zlib, 1-bit rows behind a filter byte) and decoded by the `qr` decoder gives the text it was
 * made from, for page addresses of both languages and a long one; the same text always gives the same
 * bytes, and it is a fraction of the size of the SVG it replaced.
 */
import { describe, expect, it } from 'vitest';
import { crc32, inflateSync } from 'node:zlib';
import decodeQR from 'qr/decode.js';
import { qrDataUri, qrPng } from '../../../src/lib/site/qr.ts';

/** Read a greyscale 1-bit PNG into RGBA pixels, checking its signature, chunk CRCs and filters. */
function readPng(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + len);
    expect(png.readUInt32BE(at + 8 + len)).toBe(crc32(png.subarray(at + 4, at + 8 + len)) >>> 0);
    if (type === 'IHDR') {
      [width, height] = [data.readUInt32BE(0), data.readUInt32BE(4)];
      expect([data[8], data[9], data[12]]).toEqual([1, 0, 0]); // 1 bit, greyscale, not interlaced
    }
    if (type === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = Math.ceil(width / 8) + 1;
  expect(raw.length).toBe(stride * height);
  const rgba = new Uint8Array(width * height * 4).fill(255);
  for (let y = 0; y < height; y++) {
    expect(raw[y * stride]).toBe(0); // filter type None
    for (let x = 0; x < width; x++) {
      const white = (raw[y * stride + 1 + (x >> 3)]! >> (7 - (x & 7))) & 1;
      if (!white) rgba.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
    }
  }
  return { width, height, data: rgba };
}

describe('qrPng', () => {
  const addresses = [
    'https://cong-dong-hoc-tap.example.org/xa/20122/',
    'https://cong-dong-hoc-tap.example.org/cdht/en/xa/19969/',
    `https://example.org/${'a'.repeat(180)}/`,
  ];
  it.each(addresses)('reads back as the address it encodes: %s', (url) => {
    expect(decodeQR(readPng(qrPng(url)))).toBe(url);
  });

  it('is deterministic and compact, as a data URI for an <img>', () => {
    const uri = qrDataUri(addresses[1]!);
    expect(qrDataUri(addresses[1]!)).toBe(uri);
    expect(uri).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(uri.split(',')[1]!, 'base64').equals(qrPng(addresses[1]!))).toBe(true);
    expect(uri.length).toBeLessThan(700);
  });
});
