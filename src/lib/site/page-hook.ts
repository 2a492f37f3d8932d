/**
 * A hook the build sets for the pages Astro renders: scripts/build.ts hands each page's final bytes to
 * the precompressor (scripts/hosting/precompress.ts, compressAhead) so its .gz/.br siblings are made on
 * the second core while Astro renders the next pages on the first, instead of all after the render.
 * Outside the build (dev server, tests rendering pages) no hook is set and pages pass as they are.
 * A global, not a module: the middleware runs from Vite's bundle, the build script from its own import.
 */
const PAGE_RENDERED = Symbol.for('cong-dong-hoc-tap.pageRendered');

/** Called with a page's bytes as written; resolves when the caller may go on (the queue has room). */
export type PageRendered = (bytes: Uint8Array) => Promise<void>;

type WithHook = { [PAGE_RENDERED]?: PageRendered };

export function pageRenderedHook(): PageRendered | undefined {
  return (globalThis as WithHook)[PAGE_RENDERED];
}

export function setPageRenderedHook(hook: PageRendered | undefined): void {
  if (hook) (globalThis as WithHook)[PAGE_RENDERED] = hook;
  else delete (globalThis as WithHook)[PAGE_RENDERED];
}
