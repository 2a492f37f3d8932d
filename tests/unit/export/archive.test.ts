/**
 * Integrity and repeatability of the downloads: SHA256SUMS matches the bytes, the zip holds the same
 * bytes as the files, the same data gives byte-identical files (in any time zone), the release feed and
 * the JSON-LD are safely escaped.
 */
import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { zipEntries, zipEntry } from '../../../src/lib/data/export/archive.ts';
import { buildBundle } from '../../../src/lib/data/export/bundle.ts';
import { jsonLdScript } from '../../../src/lib/data/export/jsonld.ts';
import { demoFiles, modelWith } from '../support/data.ts';
import { trickyBundle } from './fixture.ts';

const { bundle } = trickyBundle();
const text = (path: string) => new TextDecoder().decode(bundle.byPath.get(path)!.bytes);

describe('SHA256SUMS and the zip', () => {
  test('SHA256SUMS lists every other file with its SHA-256', () => {
    const lines = text('SHA256SUMS').trimEnd().split('\n');
    const listed = new Map(lines.map((l) => [l.slice(66), l.slice(0, 64)]));
    expect([...listed.keys()].sort()).toEqual(
      bundle.files
        .map((f) => f.path)
        .filter((p) => p !== 'SHA256SUMS')
        .sort(),
    );
    for (const [path, hash] of listed)
      expect(createHash('sha256').update(bundle.byPath.get(path)!.bytes).digest('hex'), path).toBe(hash);
  });

  test('the zip holds the data files, datapackage.json and README.md byte for byte, with one fixed date', () => {
    const zip = bundle.byPath.get('cong-dong-hoc-tap.zip')!.bytes;
    const entries = unzipSync(zip);
    const inZip = Object.keys(entries).map((k) => k.replace(/^cong-dong-hoc-tap\//, ''));
    const expected = bundle.files
      .map((f) => f.path)
      .filter((p) => !['cong-dong-hoc-tap.zip', 'SHA256SUMS', 'phat-hanh.atom'].includes(p));
    expect(inZip.sort()).toEqual(expected.sort());
    for (const [name, bytes] of Object.entries(entries)) {
      expect(
        Buffer.from(bytes).equals(Buffer.from(bundle.byPath.get(name.replace(/^cong-dong-hoc-tap\//, ''))!.bytes)),
        name,
      ).toBe(true);
    }
    // Every local file header carries the same DOS date and time (offset 10..13 of each "PK\3\4" record).
    const stamps = new Set<string>();
    for (let i = 0; i + 4 < zip.length; i++) {
      if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 3 && zip[i + 3] === 4)
        stamps.add([...zip.subarray(i + 10, i + 14)].join(','));
    }
    expect(stamps.size).toBe(1);
  });
});

describe('the zip writer', () => {
  test("writes the bytes fflate's zipSync writes: same headers, names (UTF-8 flag), sizes and CRCs", () => {
    const encode = (t: string) => new TextEncoder().encode(t);
    const files = new Map<string, Uint8Array>([
      ['cong-dong-hoc-tap/2018.csv', encode('commune_code,tc01\r\n'.repeat(500))],
      ['trống.json', new Uint8Array()],
      ['xa/19963.csv', encode('Phường Thủy Dương, 19963\r\n')],
      ['a/b/c.bin', Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 251)],
    ]);
    for (const tz of ['Asia/Ho_Chi_Minh', 'America/Los_Angeles']) {
      const saved = process.env.TZ;
      process.env.TZ = tz;
      try {
        const ours = zipEntries(
          [...files].map(([path, bytes]) => zipEntry(path, bytes)),
          'goi',
          '2026-05-17',
        );
        // fflate writes DOS time from the local fields of a Date: noon on the day, in every time zone.
        const mtime = new Date(2026, 4, 17, 12, 0, 0);
        const tree: Zippable = {};
        for (const path of [...files.keys()].sort()) tree[`goi/${path}`] = [files.get(path)!, { mtime, level: 6 }];
        expect(Buffer.from(ours).equals(Buffer.from(zipSync(tree, { mtime, level: 6 }))), tz).toBe(true);
        const back = unzipSync(ours);
        for (const [path, bytes] of files)
          expect(Buffer.from(back[`goi/${path}`]!).equals(Buffer.from(bytes))).toBe(true);
      } finally {
        if (saved === undefined) delete process.env.TZ;
        else process.env.TZ = saved;
      }
    }
  });
});

describe('determinism', () => {
  test('the same data gives byte-identical files, whatever the time zone of the build machine', () => {
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Ho_Chi_Minh';
      const a = buildBundle(modelWith());
      process.env.TZ = 'America/Los_Angeles';
      const b = buildBundle(modelWith());
      expect(b.files.map((f) => f.path)).toEqual(a.files.map((f) => f.path));
      const differing = a.files.filter((f) => f.sha256 !== b.byPath.get(f.path)!.sha256).map((f) => f.path);
      expect(differing).toEqual([]);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  test('a data correction changes the affected files and the checksums, nothing is stale', () => {
    const path = 'datasets/trung-tam-htcd/2018.csv';
    const changed = new TextDecoder().decode(demoFiles()[path]!).replace(/\r?\n$/, '');
    const lines = changed.split(/\r?\n/);
    const header = lines[0]!.split(',');
    const cells = lines[1]!.split(',');
    cells[header.indexOf('note')] = 'Đính chính';
    lines[1] = cells.join(',');
    const a = buildBundle(modelWith());
    const b = buildBundle(modelWith({ [path]: lines.join('\r\n') + '\r\n' }));
    const differing = a.files.filter((f) => f.sha256 !== b.byPath.get(f.path)!.sha256).map((f) => f.path);
    expect(differing).toContain('trung-tam-htcd/2018.csv');
    expect(differing).toContain('trung-tam-htcd/ket-qua.csv');
    expect(differing).toContain('SHA256SUMS');
    expect(differing).toContain('cong-dong-hoc-tap.zip');
    expect(differing).not.toContain('cong-dong-hoc-tap/2018.csv');
  });
});

describe('feed and JSON-LD escaping', () => {
  test('the release feed has one entry per changelog entry and escapes markup in titles', () => {
    // HTML tags in the changelog are refused at validation; markup characters that form no tag remain.
    const changelog =
      '# Nhật ký\n\n## 2026-12-01 — Sửa 5 > 4 & a < b "trích dẫn"\n\nNội dung a < b.\n\n## 2026-11-20 — Phát hành\n\nLần đầu.\n';
    const model = modelWith({ 'CHANGELOG.md': changelog });
    const feed = new TextDecoder().decode(buildBundle(model).byPath.get('phat-hanh.atom')!.bytes);
    expect(feed.match(/<entry>/g)?.length).toBe(model.changelog.length);
    expect(feed).toContain('<title>Sửa 5 &gt; 4 &amp; a &lt; b &quot;trích dẫn&quot;</title>');
    expect(feed).not.toContain('a < b');
    expect(feed).toContain('<updated>2026-12-01T00:00:00Z</updated>');
  });

  test('JSON-LD text cannot close its script element', () => {
    const value = { name: 'a</script><script>alert(1)</script><!-- & \u2028' };
    const out = jsonLdScript(value);
    expect(out).not.toMatch(/[<>]/);
    expect(JSON.parse(out)).toEqual(value);
  });
});

describe('dataset update dates', () => {
  test('a dataset is dated by the newest changelog entry naming its folder, else by the first release', async () => {
    const { datasetUpdated } = await import('../../../src/lib/data/export/meta.ts');
    const changelog =
      '# Nhật ký\n\n## 2026-12-05 — Sửa\n\nTệp `datasets/trung-tam-htcd/2018.csv` được sửa.\n\n## 2026-11-20 — Phát hành\n\nLần đầu.\n';
    const model = modelWith({ 'CHANGELOG.md': changelog });
    expect(datasetUpdated(model, 'trung-tam-htcd')).toBe(model.changelog[0]!.date);
    expect(datasetUpdated(model, 'cong-dong-hoc-tap')).toBe(model.changelog.at(-1)!.date);
  });
});
