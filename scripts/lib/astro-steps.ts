/**
 * The benchmark's view inside the Astro build: an inline integration that prints "BENCH_STEP <name> <ms>"
 * for bundling (Vite: from astro:build:start to the last bundle written, seen by a Vite plugin's
 * closeBundle), rendering every page and file (to astro:build:generated) and what follows (sitemap, assets,
 * to astro:build:done).
 */
import { performance } from 'node:perf_hooks';
import type { AstroIntegration } from 'astro';

/** An integration that reports the three phases of one Astro build through `report`. */
export function astroSteps(report: (name: string, ms: number) => void): AstroIntegration {
  let start = 0;
  let bundled = 0;
  let generated = 0;
  return {
    name: 'cdht-bench-steps',
    hooks: {
      'astro:build:start': () => {
        start = performance.now();
      },
      'astro:build:setup': ({ updateConfig }) => {
        updateConfig({
          plugins: [{ name: 'cdht-bench-bundled', closeBundle: () => void (bundled = performance.now()) }],
        });
      },
      'astro:build:generated': () => {
        generated = performance.now();
        report('Astro: bundle (Vite)', (bundled || start) - start);
        report('Astro: render pages and files', generated - (bundled || start));
      },
      'astro:build:done': () => report('Astro: sitemap, assets', performance.now() - generated),
    },
  };
}
