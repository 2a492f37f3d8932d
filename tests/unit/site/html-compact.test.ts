/**
 * Leaving out optional end tags: the markup shrinks only where HTML allows it, and a real parser
 * (Chromium's, in the browser suite; here the rules themselves) gets the same cells, items and terms.
 * Text next to a tag, whitespace and tags of other names are left exactly as they were.
 */
import { describe, expect, it } from 'vitest';
import { compactHtml } from '../../../src/lib/site/html-compact.ts';

describe('compactHtml', () => {
  it('drops cell, row, item, term and definition end tags before their next sibling or their parent’s end', () => {
    expect(
      compactHtml(
        '<table><thead><tr><th scope="col">A</th><th>B</th></tr></thead><tbody><tr><th scope="row">1</th><td>2</td></tr><tr><td>3</td><td class="x">4</td></tr></tbody></table>',
      ),
    ).toBe(
      '<table><thead><tr><th scope="col">A<th>B</thead><tbody><tr><th scope="row">1<td>2<tr><td>3<td class="x">4</tbody></table>',
    );
    expect(compactHtml('<ul><li>a</li><li class="b">b</li></ul><ol><li>c</li></ol>')).toBe(
      '<ul><li>a<li class="b">b</ul><ol><li>c</ol>',
    );
    expect(compactHtml('<dl><div><dt>x</dt><dd>y</dd></div><dt>z</dt><dd>w</dd><dd>v</dd></dl>')).toBe(
      '<dl><div><dt>x<dd>y</div><dt>z<dd>w<dd>v</dl>',
    );
  });

  it('keeps end tags before whitespace, text or other elements, and a term’s end before its parent’s', () => {
    const kept = [
      '<tr><td>1</td> <td>2</td> </tr>',
      '<li>a</li>\n<li>b</li>\n</ul>',
      '<td>a</td><thead>',
      '<li>a</li><p>b</p>',
      '<div><dt>x</dt></div>',
      '<dd>y</dd><p>',
      '<p>a</p><p>b</p>',
      '<td><span>a</span></td>x',
    ];
    for (const html of kept) expect(compactHtml(html), html).toBe(html);
  });
});
