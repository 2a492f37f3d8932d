/**
 * Giving memory back before the finish step (scripts/lib/free-memory.ts): the build gate collects what
 * rendering left before Pagefind's process starts beside it. Run in a child node, as the gate runs, with
 * and without node's own `--expose-gc` flag: the garbage must be gone and the process smaller.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const script = `
import { collectAllGarbage } from './scripts/lib/free-memory.ts';
// About 300 MB of objects, then unreachable: nothing allocates afterwards, so V8 has no reason to collect.
let junk = Array.from({ length: 3_000_000 }, (_, i) => ({ i, label: 'xã ' + i, scores: [i, i + 1] }));
const held = process.memoryUsage().heapUsed;
junk = null;
const freed = collectAllGarbage();
process.stdout.write(JSON.stringify({ held, after: process.memoryUsage().heapUsed, ...freed }));
`;

describe('collectAllGarbage', () => {
  it.each([[[]], [['--expose-gc']]])('frees what is unreachable and gives it back (node flags %j)', (flags) => {
    const r = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', script], {
      encoding: 'utf8',
      cwd: new URL('../../..', import.meta.url).pathname,
    });
    expect(r.status, r.stderr).toBe(0);
    const m = JSON.parse(r.stdout) as { held: number; after: number; beforeMB: number; afterMB: number };
    expect(m.held).toBeGreaterThan(250 * 2 ** 20);
    // The heap keeps a few MiB of the script's own; the 300 MB are collected…
    expect(m.after).toBeLessThan(m.held - 250 * 2 ** 20);
    // …and returned to the system: the process's resident memory falls by most of it.
    expect(m.afterMB).toBeLessThan(m.beforeMB - 150);
  });

  it('collectOnGrowth collects only once the process has grown by the margin since the last time', () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', growthScript], {
      encoding: 'utf8',
      cwd: new URL('../../..', import.meta.url).pathname,
    });
    expect(r.status, r.stderr).toBe(0);
    const m = JSON.parse(r.stdout) as { counts: number[]; grownMB: number; afterMB: number };
    expect(m.grownMB).toBeGreaterThan(150);
    // Not grown: no collection; grown by 300 MB: one, which gives it back; not grown since: none more.
    expect(m.counts).toEqual([0, 1, 1]);
    expect(m.afterMB).toBeLessThan(m.grownMB - 150);
  });
});

const growthScript = `
import { collectOnGrowth } from './scripts/lib/free-memory.ts';
const rss = () => process.memoryUsage.rss() / 1048576;
const growth = collectOnGrowth(100);
const start = rss();
const counts = [];
growth.check();
counts.push(growth.stats().count);
let junk = Array.from({ length: 3_000_000 }, (_, i) => ({ i, label: 'xã ' + i, scores: [i, i + 1] }));
junk = null;
const grownMB = rss() - start;
growth.check();
counts.push(growth.stats().count);
const afterMB = rss() - start;
growth.check();
counts.push(growth.stats().count);
process.stdout.write(JSON.stringify({ counts, grownMB, afterMB }));
`;
