/**
 * A Markdown writer that escapes, for the downloads' README.md (read on GitHub, in editors and by
 * Markdown viewers): every text from the data is written as text, so no title, description or changelog
 * entry can become HTML, a link or a heading — alone or joined with its neighbours ("<img src=x" in one
 * title and "> …" in the next used to form a working tag). Only the writer adds structure.
 */

/**
 * Characters that make inline Markdown (emphasis, code, links, tables, strike-through), escaped so they
 * read as themselves. Other punctuation ("." "(" "-") stays readable: without "[" no link can form.
 */
const SPECIAL = /[\\`*_[\]|~]/g;
/** What starts a block at the beginning of a line: heading, list, quote, numbered list, setext rule. */
const BLOCK_START = /^(\s*)(#|[-+=]|\d+[.)])/;

/** Inline text on one line: HTML characters as entities, Markdown punctuation backslash-escaped. */
export function mdText(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(BLOCK_START, (_, space: string, mark: string) => `${space}${mark.replace(/^(\d+)?(.)$/, '$1\\$2')}`);
}

/** A code span that holds `text` literally, whatever backticks it contains. */
export function mdCode(text: string): string {
  const oneLine = text.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...[...oneLine.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

/** An http(s) address as an autolink (validated addresses only); anything else as text. */
export function mdUrl(url: string): string {
  return /^https?:\/\/[^\s<>]+$/i.test(url) ? `<${url}>` : mdText(url);
}

/** A heading of `level` with escaped text. */
export function mdHeading(level: number, text: string): string {
  return `${'#'.repeat(level)} ${mdText(text)}`;
}

/**
 * Prose with paragraphs (a changelog entry): each paragraph on one line of escaped text, `code` spans
 * kept as code, exactly as the site shows them.
 */
export function mdProse(body: string): string {
  return body
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .trim()
        .split('`')
        .map((part, i) => (i % 2 === 1 ? mdCode(part) : mdText(part)))
        .join(''),
    )
    .filter((p) => p !== '')
    .join('\n\n');
}

/** A table row: every cell escaped (a "|" in a title cannot add a column). */
export function mdRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
