/**
 * Giving memory back while the build runs (scripts/lib/free-memory.ts): the build gate collects what
 * rendering left before Pagefind's process starts beside it, and while pages render once the process has
 * grown. Run in a child node, as the gate runs (with and without node's own `--expose-gc` flag): the
 * garbage must be gone and the process smaller, and the growth check must collect only after growth.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// About 300 MB of objects, then unreachable: nothing allocates afterwards, so V8 has no reason to collect.
const makeGarbage = `
let junk = Array.from({ length: 3_000_000 }, (_, i) => ({ i, label: 'xã ' + i, scores: [i, i + 1] }));
const held = process.memoryUsage().heapUsed;
junk = null;
`;

/** Run `script` (an ES module, from the project root) in a child node; what it printed, parsed. */
function runChild<T>(script: string, flags: string[] = []): T {
  const r = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', script], {
    encoding: 'utf8',
    cwd: new URL('../../..', import.meta.url).pathname,
  });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
}

describe('collectAllGarbage', () => {
  it.each([[[]], [['--expose-gc']]])('frees what is unreachable and gives it back (node flags %j)', (flags) => {
    const m = runChild<{ held: number; after: number; beforeMB: number; afterMB: number }>(
      `import { collectAllGarbage } from './scripts/lib/free-memory.ts';
      ${makeGarbage}
      const freed = collectAllGarbage();
      process.stdout.write(JSON.stringify({ held, after: process.memoryUsage().heapUsed, ...freed }));`,
      flags,
    );
    expect(m.held).toBeGreaterThan(250 * 2 ** 20);
    // The heap keeps a few MiB of the script's own; the 300 MB are collected…
    expect(m.after).toBeLessThan(m.held - 250 * 2 ** 20);
    // …and returned to the system: the process's resident memory falls by most of it.
    expect(m.afterMB).toBeLessThan(m.beforeMB - 150);
  });

  it('collectOnGrowth collects only once the process has grown by the margin since the last time', () => {
    const m = runChild<{ counts: number[]; grownMB: number; afterMB: number }>(
      `import { collectOnGrowth } from './scripts/lib/free-memory.ts';
      const rss = () => process.memoryUsage.rss() / 1048576;
      const growth = collectOnGrowth(100);
      const start = rss();
      const counts = [];
      growth.check();
      counts.push(growth.stats().count);
      ${makeGarbage}
      const grownMB = rss() - start;
      growth.check();
      counts.push(growth.stats().count);
      const afterMB = rss() - start;
      growth.check();
      counts.push(growth.stats().count);
      process.stdout.write(JSON.stringify({ counts, grownMB, afterMB }));`,
    );
    expect(m.grownMB).toBeGreaterThan(150);
    // Not grown: no collection; grown by 300 MB: one, which gives it back; not grown since: none more.
    expect(m.counts).toEqual([0, 1, 1]);
    expect(m.afterMB).toBeLessThan(m.grownMB - 150);
  });
});
