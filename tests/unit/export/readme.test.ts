/**
 * The downloads' README.md is written by an escaping Markdown writer: text from the data reads as text
 * when the README is rendered (GitHub, Markdown viewers), alone or joined with its neighbours.
 */
import { describe, expect, test } from 'vitest';
import { markdownToHtml } from 'satteri';
import { buildBundle } from '../../../src/lib/data/export/bundle.ts';
import { mdCode, mdText } from '../../../src/lib/data/export/markdown.ts';
import { demoFiles, modelWith } from '../support/data.ts';

const DATASET = 'datasets/cong-dong-hoc-tap/dataset.yaml';
const yaml = () => new TextDecoder().decode(demoFiles()[DATASET]);

/** The README of the bundle built from the demo data with `changes`, and its rendering as HTML with raw HTML parsed. */
function readmeWith(changes: Record<string, string>) {
  const text = new TextDecoder().decode(buildBundle(modelWith(changes)).byPath.get('README.md')!.bytes);
  const out = markdownToHtml(text, { features: { rawHtml: true } });
  return { text, html: typeof out === 'string' ? out : out.html };
}

describe('README.md of the downloads', () => {
  test('two tag-free titles that join into "<img onerror>" stay text when the README is rendered', () => {
    const title = yaml()
      .replace('vi: Đánh giá “Cộng đồng học tập” cấp xã', 'vi: Đánh giá <img src=x onerror=alert(1) ')
      .replace('en: Commune Learning Community assessments', 'en: "> Commune Learning Community assessments"');
    const { text, html } = readmeWith({ [DATASET]: title });
    expect(text).toContain('&lt;img src=x onerror=alert(1)');
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)');
  });

  test('a changelog body with Markdown link and list syntax is rendered as its own text, code kept', () => {
    const changelog =
      '# Nhật ký\n\n## 2026-12-01 — Sửa *điểm* | cột\n\nTệp `datasets/cong-dong-hoc-tap/2018.csv` [bấm vào đây](https://example.org)\n\n1. không phải danh sách\n';
    const { html } = readmeWith({ 'CHANGELOG.md': changelog });
    expect(html).toContain('<code>datasets/cong-dong-hoc-tap/2018.csv</code>');
    // The link syntax reads as typed; only the web address itself may become a link (GFM autolink).
    expect(html).toContain('[bấm vào đây](');
    expect(html).not.toContain('<a href="https://example.org">bấm vào đây</a>');
    expect(html).not.toContain('<em>điểm</em>');
    expect(html).not.toContain('<ol>');
    expect(html).toContain('1. không phải danh sách');
  });

  test('the writer escapes each construct on its own', () => {
    for (const [input, shown] of [
      ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
      ['# heading', '# heading'],
      ['a | b', 'a | b'],
      ['*x* _y_ ~z~', '*x* _y_ ~z~'],
      ['1. list', '1. list'],
    ] as const) {
      const out = markdownToHtml(`${mdText(input)}\n`, { features: { rawHtml: true } });
      const html = (typeof out === 'string' ? out : out.html).trim();
      expect(html, input).toBe(`<p>${shown}</p>`);
    }
    const code = markdownToHtml(`${mdCode('a`b <c>')}\n`);
    expect((typeof code === 'string' ? code : code.html).trim()).toBe('<p><code>a`b &lt;c&gt;</code></p>');
  });
});
