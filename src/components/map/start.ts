/**
 * Starts the maps of a page. The full map (/ban-do/) starts at once; a mini map (home, district and
 * commune pages) only when it comes near the screen, so a phone that never scrolls to it neither
 * fetches its data nor spends the main thread on drawing it while the page is first read. The map client
 * (and Leaflet in it) is a separate module loaded only then: evaluating it on the home page cost ~200 ms
 * of blocking time on a throttled phone before anyone had scrolled to the mini map. The full map page
 * preloads it (MapView.astro), so starting there costs no extra round trip.
 */
import { yieldToMain } from './yield.ts';

/** Load the map client and start the map in `root`. */
const initMap = (root: HTMLElement): void => {
  void import('./client.ts').then((m) => m.initMap(root));
};

/** Start every map on the page: at once, or for mini maps when they are within 100 px of the screen. */
export function startMaps(): void {
  const roots = [...document.querySelectorAll<HTMLElement>('[data-map-root]')];
  const watcher =
    'IntersectionObserver' in window
      ? new IntersectionObserver(
          (entries) =>
            entries.forEach((e) => {
              if (!e.isIntersecting) return;
              watcher!.unobserve(e.target);
              initMap(e.target as HTMLElement);
            }),
          { rootMargin: '100px 0px' },
        )
      : null;
  for (const root of roots) {
    if (watcher && root.classList.contains('map-mini')) watcher.observe(root);
    // In the next task: evaluating the map library and setting the map up are two short tasks, not one long.
    else void yieldToMain().then(() => initMap(root));
  }
}
