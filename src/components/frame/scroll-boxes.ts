/**
 * Wide tables on a phone scroll inside their own box (.table-scroll) instead of widening the page. A box
 * whose content is wider than it becomes a labelled region a keyboard can reach (tabindex 0, named by
 * the table's caption or the nearest heading before it), so arrow keys can scroll it; a box that fits
 * stays out of the tab order. Re-checked when the box resizes (rotation, zoom). Without JavaScript the
 * box still scrolls by touch and shows the same edge shadow cue (CSS only).
 */

let ids = 0;

/**
 * The element that names a box: its table's caption, else the nearest heading (or the summary of a
 * folded section) before it, looking at the box's earlier siblings, then its ancestors' earlier siblings.
 */
function labelOf(box: HTMLElement): HTMLElement | null {
  const caption = box.querySelector('caption');
  if (caption?.textContent?.trim()) return caption;
  const names = (n: Element) => /^(H[1-6]|SUMMARY)$/.test(n.tagName) && !!n.textContent?.trim();
  for (let at: Element | null = box; at && at !== document.body; at = at.parentElement) {
    for (let n = at.previousElementSibling; n; n = n.previousElementSibling) {
      if (names(n)) return n as HTMLElement;
      const inner = [...n.querySelectorAll('h1, h2, h3, h4, h5, h6')].at(-1);
      if (inner?.textContent?.trim()) return inner as HTMLElement;
    }
  }
  return null;
}

/** Mark each box as scrolling or not: every width is read first, then only changed boxes are written. */
function update(boxes: HTMLElement[]): void {
  const scrolls = boxes.map((box) => box.scrollWidth > box.clientWidth + 1);
  boxes.forEach((box, k) => {
    if (box.hasAttribute('data-scrolls') === scrolls[k]) return;
    if (!scrolls[k]) {
      box.removeAttribute('data-scrolls');
      box.removeAttribute('tabindex');
      box.removeAttribute('role');
      box.removeAttribute('aria-labelledby');
      return;
    }
    box.setAttribute('data-scrolls', '');
    box.tabIndex = 0;
    const label = labelOf(box);
    if (label) {
      label.id ||= `scroll-box-${++ids}`;
      box.setAttribute('role', 'region');
      box.setAttribute('aria-labelledby', label.id);
    }
  });
}

/** Watch every scroll box of the page (and ones added later by a client, e.g. the checker's report). */
export function watchScrollBoxes(root: ParentNode = document): void {
  const seen = new WeakSet<Element>();
  const resize = new ResizeObserver((entries) => update(entries.map((e) => e.target as HTMLElement)));
  const scan = () =>
    root.querySelectorAll<HTMLElement>('.table-scroll').forEach((box) => {
      if (seen.has(box)) return;
      seen.add(box);
      resize.observe(box);
    });
  scan();
  // Only additions that bring a box are scanned for (not, say, every node a map draws).
  const bringsBox = (n: Node) =>
    n instanceof Element && (n.matches('.table-scroll') || !!n.querySelector('.table-scroll'));
  new MutationObserver((records) => {
    if (records.some((r) => [...r.addedNodes].some(bringsBox))) scan();
  }).observe(document.body, { childList: true, subtree: true });
}
