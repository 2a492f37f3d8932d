/**
 * Measuring a command for the benchmarks: wall time, the peak resident memory of its whole process tree
 * (the build and any helper it starts, e.g. Pagefind's binary), sampled from /proc every 100 ms, and the
 * machine's load average before and after, since the machine is shared and timings move with its load.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

export interface Measured {
  status: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** Highest sum of VmRSS over the process and its descendants seen while it ran (MiB). */
  peakTreeRssMB: number;
  /** One-minute load average when it started and when it ended. */
  load: [number, number];
}

/** Parent pid of every process, from /proc (Linux). */
function parents(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

/** The resident memory of `pid` and its descendants now, in kB. */
function treeRssKB(pid: number): number {
  const children = parents();
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      total += m ? Number(m[1]) : 0;
    } catch {
      // ended
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/** The one-minute load average, as `uptime` prints it. */
export const load1 = (): number => Math.round(loadavg()[0]! * 100) / 100;

/** Run a command to its end, measuring wall time, peak tree memory and load. */
export function measure(
  cmd: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Measured> {
  const startLoad = load1();
  const t0 = performance.now();
  const child = spawn(cmd, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout = (stdout + d.toString()).slice(-1 << 22)));
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-1 << 22)));
  let peak = 0;
  const timer = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRssKB(child.pid));
  }, 100);
  return new Promise((done) => {
    child.on('close', (status) => {
      clearInterval(timer);
      done({
        status,
        stdout,
        stderr,
        wallMs: performance.now() - t0,
        peakTreeRssMB: Math.round(peak / 1024),
        load: [startLoad, load1()],
      });
    });
  });
}
