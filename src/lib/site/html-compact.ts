/**
 * Leave out the end tags HTML itself says may be left out (WHATWG HTML §13.1.2.4 "Optional tags"), in
 * the places where a parser closes the element at exactly the same point: `</td>` and `</th>` right
 * before the next cell or the row's end, `</tr>` right before the next row or the end of its group,
 * `</li>` right before the next item or the list's end, `</dt>` right before a term or definition,
 * `</dd>` right before a term or definition or the end of its parent (a `<div>` of a `<dl>`). Every browser builds the same document tree from the shorter
 * markup, so what a reader, a screen reader or a search engine gets is unchanged (the accessibility
 * tree is the same: columnheader, rowheader, cell, listitem, term, definition).
 *
 * Why: a commune page is mostly tables (a criteria table of 15 rows by up to 12 years), and these end
 * tags are about a tenth of its bytes, on 21,000 pages nationally. Only an end tag immediately followed
 * by one of the listed tags is dropped (never across whitespace or text, which would move that text
 * into the cell), so the rule is purely local and cannot change content. The site's pages have no
 * inline scripts or <pre> holding such sequences; text and attribute values never contain a raw `<`
 * followed by a tag name, since Astro escapes text and the sequences below need `</` and `<t`.
 */

/**
 * One pass over the page: an end tag of a cell, row, item, term or definition, and right after it the
 * tag that makes it optional (checked in `optional`). One regular expression and no intermediate copies
 * of the page: this runs on every page of the build.
 */
const CANDIDATE = /<\/(td|th|tr|li|dt|dd)>(?=<(\/?)([a-z]+)[\s>])/g;

/** Whether the end tag of `name` may be left out before the tag `next` (`closing`: an end tag). */
function optional(name: string, closing: boolean, next: string): boolean {
  switch (name) {
    case 'td':
    case 'th':
      return closing ? next === 'tr' : next === 'td' || next === 'th';
    case 'tr':
      return closing ? next === 'tbody' || next === 'thead' || next === 'tfoot' || next === 'table' : next === 'tr';
    case 'li':
      return closing ? next === 'ul' || next === 'ol' : next === 'li';
    case 'dt':
      return !closing && (next === 'dt' || next === 'dd');
    default: // dd
      return closing ? next === 'dl' || next === 'div' : next === 'dt' || next === 'dd';
  }
}

/** The page with the optional end tags above left out; any other markup is returned as it is. */
export function compactHtml(html: string): string {
  return html.replace(CANDIDATE, (tag: string, name: string, slash: string, next: string) =>
    optional(name, slash === '/', next) ? '' : tag,
  );
}
