/**
 * The build command (scripts/lib/build-command.ts): what `npm run build`, the test runner's build step and
 * the benchmark all run, with V8's old generation capped so a national build stays within 2 GB of memory.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildCommand } from '../../../scripts/lib/build-command.ts';

describe('build command', () => {
  const cmd = buildCommand();

  it('runs the build gate with node and a heap cap within the 2 GB memory goal', () => {
    expect(cmd[0]).toBe('node');
    expect(cmd.at(-1)).toBe('scripts/build.ts');
    const cap = cmd.find((a) => a.startsWith('--max-old-space-size='));
    expect(cap, cmd.join(' ')).toBeDefined();
    expect(Number(cap!.split('=')[1])).toBeLessThanOrEqual(2048);
  });

  it('its flags are ones node accepts, and they set the heap limit the build runs with', () => {
    const flags = cmd.slice(1, -1);
    const r = spawnSync(
      process.execPath,
      [...flags, '-e', 'process.stdout.write(String(require("node:v8").getHeapStatistics().heap_size_limit))'],
      { encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    const cap = Number(flags.find((a) => a.startsWith('--max-old-space-size='))!.split('=')[1]);
    // The limit covers the old generation (the cap) plus the young one: a little above the cap, far below 2 GB.
    expect(Number(r.stdout) / 2 ** 20).toBeGreaterThanOrEqual(cap);
    expect(Number(r.stdout) / 2 ** 20).toBeLessThan(cap + 256);
  });
});
