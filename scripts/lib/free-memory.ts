/**
 * Give memory back while the build runs: "last resort" collections, the kind V8 runs before a heap
 * snapshot or when it is out of memory — repeated full collections that also run the weak callbacks
 * (buffers, zlib and other native handles) and collect what they let go. The build gate runs one before
 * the finish step (collectAllGarbage) and more while pages render (collectOnGrowth).
 *
 * Why: once Astro has rendered a national site, an ordinary full collection leaves ~600 MiB of the heap
 * in use and the process at ~1.7 GiB of RSS, because what the native handles retain is only freed a
 * collection later; Pagefind then starts its own process (~250 MiB) beside it and the build's process tree
 * passed 2 GiB. The last-resort collection takes the heap to ~120 MiB and the process to ~920 MiB in about
 * half a second (README, memory). V8 offers it through `gc()`, which node exposes with `--expose-gc`;
 * the flag is turned on here at run time (as Jest's leak detector does), so every way of starting the build
 * gets it without a flag of its own.
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The process's resident memory now (MiB). */
const rssMB = (): number => process.memoryUsage.rss() / 1048576;

/** Collect all garbage V8 can find; the process's resident memory before and after (MiB). */
export function collectAllGarbage(): { beforeMB: number; afterMB: number } {
  const beforeMB = Math.round(rssMB());
  let gc = globalThis.gc;
  if (!gc) {
    setFlagsFromString('--expose-gc');
    // A fresh context sees the flag; the function it returns collects the whole isolate's heap.
    gc = runInNewContext('gc') as NodeJS.GCFunction;
  }
  gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  return { beforeMB, afterMB: Math.round(rssMB()) };
}

/** How much the process may grow between two collections while pages render (MiB). */
export const GROWTH_MARGIN_MB = 256;

/**
 * A check to run as each page is rendered: when the process has grown by `marginMB` since the last
 * collection (or since this was made), collect all garbage. A national build passed 1.8 GiB in its first
 * 4,000 pages with V8 collecting on its own, and sat at ~1.4 GiB once collected this way; the margin keeps
 * collections few (each takes about a second at that size).
 */
export function collectOnGrowth(marginMB = GROWTH_MARGIN_MB) {
  let floorMB = Math.round(rssMB());
  let count = 0;
  let ms = 0;
  return {
    check(): void {
      if (rssMB() < floorMB + marginMB) return;
      const t0 = performance.now();
      floorMB = collectAllGarbage().afterMB;
      ms += performance.now() - t0;
      count++;
    },
    /** Collections made and the time they took (ms). */
    stats: () => ({ count, ms: Math.round(ms) }),
  };
}
