/**
 * Wide tables on a phone scroll inside their own box (.table-scroll) instead of widening the page. A box
 * whose content is wider than it becomes a labelled region a keyboard can reach (tabindex 0, named by
 * the table's caption or the nearest heading before it), so arrow keys can scroll it; a box that fits
 * stays out of the tab order. Re-checked when the box resizes (rotation, zoom). Without JavaScript the
 * box still scrolls by touch and shows the same edge shadow cue (CSS only).
 */

let ids = 0;

/** The element that names a box: its table's caption, else the heading just before the box. */
function labelOf(box: HTMLElement): HTMLElement | null {
  const caption = box.querySelector('caption');
  if (caption?.textContent?.trim()) return caption;
  for (let n = box.previousElementSibling; n; n = n.previousElementSibling)
    if (/^H[2-6]$/.test(n.tagName)) return n as HTMLElement;
  return null;
}

function update(box: HTMLElement): void {
  const scrolls = box.scrollWidth > box.clientWidth + 1;
  box.toggleAttribute('data-scrolls', scrolls);
  if (!scrolls) {
    box.removeAttribute('tabindex');
    box.removeAttribute('role');
    box.removeAttribute('aria-labelledby');
    return;
  }
  const label = labelOf(box);
  box.tabIndex = 0;
  if (label) {
    label.id ||= `scroll-box-${++ids}`;
    box.setAttribute('role', 'region');
    box.setAttribute('aria-labelledby', label.id);
  }
}

/** Watch every scroll box of the page (and ones added later by a client, e.g. the checker's report). */
export function watchScrollBoxes(root: ParentNode = document): void {
  const seen = new WeakSet<Element>();
  const resize = new ResizeObserver((entries) =>
    entries.forEach((e) => {
      const box = e.target.closest<HTMLElement>('.table-scroll');
      if (box) update(box);
    }),
  );
  const scan = () =>
    root.querySelectorAll<HTMLElement>('.table-scroll').forEach((box) => {
      if (seen.has(box)) return;
      seen.add(box);
      resize.observe(box);
      const table = box.firstElementChild;
      if (table) resize.observe(table);
    });
  scan();
  new MutationObserver(scan).observe(document.body, { childList: true, subtree: true });
}
