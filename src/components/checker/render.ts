/**
 * Draw the checker's results with plain DOM calls (text only, never innerHTML, since every cell comes
 * from the visitor's file): the issue table (row, column, problem, fix) and a preview of the file with
 * the faulty cells highlighted, marked with ⚠ and named for screen readers.
 */
import type { DataIssue } from '../../lib/data/types.ts';
import type { CheckResult } from '../../lib/data/validate/check-file.ts';
import type { CheckerKey } from '../../lib/site/i18n/client-keys.ts';
import type { Translator } from '../../lib/site/i18n/translate.ts';

type T = Translator<CheckerKey>;
const SEVERITY = {
  error: 'checker.severityError',
  warning: 'checker.severityWarning',
  info: 'checker.severityInfo',
} as const;

/** At most this many issues are drawn (the rest are counted): a file with an error per row stays usable. */
const MAX_ISSUE_ROWS = 500;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

const cellId = (row: number, column: string) => `checker-cell-${row}-${column.replace(/[^\w-]/g, '_')}`;

/**
 * The table of issues, in file order; `features`: a boundary file's, located by feature number. On a
 * phone the stylesheet stacks each issue as a block (where, problem, fix), labelled from `data-label`;
 * explicit table roles keep it a table for screen readers whatever its CSS display.
 */
export function renderIssues(container: HTMLElement, issues: readonly DataIssue[], t: T, features = false): void {
  container.replaceChildren();
  if (issues.length === 0) return;
  const table = el('table', undefined, { class: 'checker-issues', role: 'table' });
  table.append(el('caption', t('checker.issuesCaption', { n: issues.length })));
  // Errors first, then warnings, then notes; each in file order (the validator's order).
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const ordered = issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => rank[a.issue.severity] - rank[b.issue.severity] || a.i - b.i)
    .slice(0, MAX_ISSUE_ROWS);
  const head = el('tr', undefined, { role: 'row' });
  const labels = [
    t('checker.colSeverity'),
    t(features ? 'checker.colFeature' : 'checker.colRow'),
    t('checker.colColumn'),
    t('checker.colMessage'),
    t('checker.colFix'),
  ];
  for (const h of labels) head.append(el('th', h, { scope: 'col', role: 'columnheader' }));
  const thead = el('thead', undefined, { role: 'rowgroup' });
  thead.append(head);
  table.append(thead);
  const body = el('tbody', undefined, { role: 'rowgroup' });
  const cellOf = (column: number, text?: string) => el('td', text, { role: 'cell', 'data-label': labels[column]! });
  for (const { issue } of ordered) {
    const problem = issue.problem[t.lang];
    const fix = issue.fix?.[t.lang];
    const tr = el('tr', undefined, { class: `sev-${issue.severity}`, 'data-code': issue.code, role: 'row' });
    tr.append(cellOf(0, t(SEVERITY[issue.severity])));
    const rowCell = cellOf(1);
    rowCell.className = 'num';
    if (!features && issue.row !== null && issue.column !== null && issue.row > 1) {
      rowCell.append(el('a', String(issue.row), { href: `#${cellId(issue.row, issue.column)}` }));
    } else rowCell.textContent = issue.row === null ? t('checker.wholeFile') : String(issue.row);
    const cell = issue.cell ? t('checker.cell', { cell: issue.cell }) : null;
    const where = [issue.column, cell].filter((x) => x).join(' · ');
    tr.append(rowCell, cellOf(2, where || '—'), cellOf(3, problem), cellOf(4, fix || '—'));
    body.append(tr);
  }
  table.append(body);
  const scroll = el('div', undefined, { class: 'table-scroll' });
  scroll.append(table);
  container.append(scroll);
  if (issues.length > MAX_ISSUE_ROWS)
    container.append(el('p', t('checker.moreIssues', { n: issues.length - MAX_ISSUE_ROWS })));
}

/** The first rows of the file (as many as the worker sent), faulty cells highlighted. */
export function renderPreview(
  container: HTMLElement,
  preview: CheckResult['preview'],
  issues: readonly DataIssue[],
  t: T,
): void {
  container.replaceChildren();
  if (preview.header.length === 0) return;
  const byCell = new Map<string, string[]>();
  const badRows = new Set<number>();
  for (const i of issues) {
    // Notes (e.g. a decimal comma read correctly) need no action, so they are not highlighted.
    if (i.row === null || i.severity === 'info') continue;
    if (i.column === null) badRows.add(i.row);
    const key = `${i.row}|${i.column ?? ''}`;
    byCell.set(key, [...(byCell.get(key) ?? []), { vi: i.message_vi, en: i.message_en }[t.lang]]);
  }
  const mark = (node: HTMLElement, messages: string[] | undefined) => {
    if (!messages) return;
    node.classList.add('is-bad');
    node.title = messages.join('\n');
    node.prepend('⚠ ');
    node.append(el('span', ` (${t('checker.cellError')})`, { class: 'visually-hidden' }));
  };
  const shown = preview.rows;
  const columnAt = (index: number) => preview.columns[index] ?? preview.header[index] ?? '';
  const table = el('table', undefined, { class: 'checker-preview' });
  table.append(el('caption', t('checker.previewCaption', { shown: shown.length, total: preview.total })));
  const head = el('tr');
  head.append(el('th', t('checker.rowHeader'), { scope: 'col' }));
  preview.header.forEach((heading, index) => {
    const th = el('th', heading, { scope: 'col', 'data-col': columnAt(index) });
    mark(th, byCell.get(`${preview.headerRow}|${columnAt(index)}`) ?? byCell.get(`${preview.headerRow}|`));
    head.append(th);
  });
  const thead = el('thead');
  thead.append(head);
  table.append(thead);
  const body = el('tbody');
  for (const { row, cells } of shown) {
    const tr = el('tr', undefined, { 'data-row': String(row) });
    const th = el('th', String(row), { scope: 'row' });
    mark(th, badRows.has(row) ? byCell.get(`${row}|`) : undefined);
    tr.append(th);
    cells.forEach((value, index) => {
      const column = columnAt(index);
      const td = el('td', value, { 'data-col': column });
      if (column) td.id = cellId(row, column);
      mark(td, byCell.get(`${row}|${column}`));
      tr.append(td);
    });
    body.append(tr);
  }
  table.append(body);
  const scroll = el('div', undefined, {
    class: 'table-scroll',
    tabindex: '0',
    role: 'region',
    'aria-label': t('checker.previewCaption', { shown: shown.length, total: preview.total }),
  });
  scroll.append(table);
  container.append(scroll);
}
