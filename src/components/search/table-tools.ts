/**
 * Client script: a diacritics-folding filter and clickable, aria-sort column sorting for the tables
 * that carry `data-table-tools`. Cells may carry `data-v` (a sort value); otherwise the text is used.
 */
import { fold } from '../../lib/data/text.ts';
import { clientTranslator } from '../../lib/site/i18n/translate.ts';
import { isLang } from '../../lib/site/i18n/locales.ts';
import type { TableKey } from '../../lib/site/i18n/client-keys.ts';

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

function value(cell: Element | undefined): string {
  return (cell as HTMLElement | undefined)?.dataset.v ?? cell?.textContent?.trim() ?? '';
}

function makeSortable(table: HTMLTableElement): void {
  const body = table.tBodies[0];
  if (!body) return;
  const heads = [...table.tHead!.rows[0]!.cells];
  heads.forEach((th, col) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = th.textContent;
    th.textContent = '';
    th.append(button);
    th.setAttribute('aria-sort', 'none');
    button.addEventListener('click', () => {
      const asc = th.getAttribute('aria-sort') !== 'ascending';
      heads.forEach((h) => h.setAttribute('aria-sort', 'none'));
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      const numeric = th.classList.contains('num');
      const rows = [...body.rows];
      rows.sort((a, b) => {
        const x = value(a.cells[col]);
        const y = value(b.cells[col]);
        const d = numeric ? (Number(x || 'NaN') || 0) - (Number(y || 'NaN') || 0) : collator.compare(x, y);
        return asc ? d : -d;
      });
      body.append(...rows);
    });
  });
}

function addFilter(box: HTMLElement, table: HTMLTableElement): void {
  const input = box.querySelector('input')!;
  const count = box.querySelector('.filter-count')!;
  const t = clientTranslator(
    isLang(box.dataset.lang) ? box.dataset.lang : 'vi',
    JSON.parse(box.dataset.messages ?? '{}') as Record<TableKey, string>,
  );
  const rows = [...table.tBodies[0]!.rows].map((row) => ({ row, key: fold(row.textContent ?? '') }));
  box.hidden = false;
  input.addEventListener('input', () => {
    const words = fold(input.value).split(' ').filter(Boolean);
    let shown = 0;
    for (const { row, key } of rows) {
      const ok = words.every((w) => key.includes(w));
      row.hidden = !ok;
      if (ok) shown++;
    }
    count.textContent = t('year.shown', { shown, all: rows.length });
  });
}

/** Enhance every table with `data-table-tools` once. */
export function enhanceTables(): void {
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-table-tools]:not([data-enhanced])')) {
    table.dataset.enhanced = '1';
    makeSortable(table);
    const box = document.querySelector<HTMLElement>(`[data-filter-for="${table.id}"]`);
    if (box) addFilter(box, table);
  }
}
