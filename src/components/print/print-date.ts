/**
 * Browser client of the print card: writes today's date, in the page language, into every
 * [data-print-date] element, on load and again just before printing (a page left open overnight prints
 * the day it is printed). Without JavaScript the card keeps its blank line to write the date by hand.
 */

/** Fill in the print date of the card(s) on this page. */
export function showPrintDate(): void {
  const fill = () => {
    for (const el of document.querySelectorAll<HTMLElement>('[data-print-date]')) {
      const lang = el.closest('[lang]')?.getAttribute('lang') === 'en' ? 'en-GB' : 'vi-VN';
      const style: Intl.DateTimeFormatOptions =
        lang === 'vi-VN'
          ? { day: '2-digit', month: '2-digit', year: 'numeric' }
          : { day: 'numeric', month: 'short', year: 'numeric' };
      el.textContent = new Intl.DateTimeFormat(lang, style).format(new Date());
    }
  };
  fill();
  window.addEventListener('beforeprint', fill);
}
