/**
 * Giving the main thread back between pieces of map work, in a module of its own so the page's start
 * script (start.ts) can use it without pulling in Leaflet.
 */

/** Let the browser paint and handle input before going on: the next task (scheduler.yield where known). */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((done) => setTimeout(done, 0));
}
