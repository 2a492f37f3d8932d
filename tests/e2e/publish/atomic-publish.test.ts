/**
 * Atomic, exclusive publishing (scripts/build.ts with scripts/lib/publish.ts): the real build is stopped
 * at each stage — holding the lock, during the Astro build, with the new site staged, between the two
 * renames, after the swap — by SIGINT, SIGTERM and SIGKILL, and after every stop OUT_DIR is a complete
 * site (old or new). A second build says another build is running and exits non-zero. The next run
 * cleans a stranded staging folder, takes over a stale lock and puts back a site moved aside by a SIGKILL
 * between the renames. Each run is the recovery run of the one before it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distDir } from '../helpers/site.ts';

const root = mkdtempSync(join(tmpdir(), 'publish-'));
const out = join(root, 'dist');
const stage = `${out}.staging`;
const previous = `${out}.previous`;
const lock = `${out}.lock`;
afterAll(() => rmSync(root, { recursive: true, force: true }));

const env = (extra: Record<string, string> = {}) => ({
  ...process.env,
  OUT_DIR: out,
  ASTRO_CACHE_DIR: join(root, 'cache'),
  CI: '1',
  ...extra,
});

/** A complete site: its pages, search index and every download listed in SHA256SUMS with its hash. */
function assertComplete(dir: string): void {
  for (const f of ['index.html', '404.html', 'pagefind/pagefind.js', 'du-lieu/SHA256SUMS']) {
    expect(existsSync(join(dir, f)), `${dir}/${f}`).toBe(true);
  }
  const sums = readFileSync(join(dir, 'du-lieu/SHA256SUMS'), 'utf8').trimEnd().split('\n');
  expect(sums.length).toBeGreaterThan(10);
  for (const line of sums) {
    const [hash, name] = [line.slice(0, 64), line.slice(66)];
    expect(
      createHash('sha256')
        .update(readFileSync(join(dir, 'du-lieu', name)))
        .digest('hex'),
      name,
    ).toBe(hash);
  }
}

const isOld = () => existsSync(join(out, 'old-site.txt'));

interface Run {
  child: ChildProcess;
  output: () => string;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves when the output matches `pattern`. */
  reach(pattern: RegExp): Promise<void>;
}

function start(pauseAt?: string): Run {
  const child = spawn(process.execPath, ['scripts/build.ts'], {
    cwd: resolve('.'),
    env: env(pauseAt ? { PUBLISH_PAUSE_AT: pauseAt } : {}),
  });
  let text = '';
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  const feed = (chunk: Buffer) => {
    text += chunk.toString();
    for (const w of waiters.filter((w) => w.pattern.test(text))) w.resolve();
  };
  child.stdout!.on('data', feed);
  child.stderr!.on('data', feed);
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) =>
    child.on('exit', (code, signal) => ok({ code, signal })),
  );
  return {
    child,
    output: () => text,
    done,
    reach: (pattern) =>
      new Promise((ok, fail) => {
        if (pattern.test(text)) return ok();
        waiters.push({ pattern, resolve: ok });
        void done.then(() => (pattern.test(text) ? ok() : fail(new Error(`exited before ${pattern}:\n${text}`))));
      }),
  };
}

const LONG = 400_000;

describe('atomic, exclusive publish', () => {
  it('starts from a complete previous site', () => {
    cpSync(distDir(), out, { recursive: true });
    writeFileSync(join(out, 'old-site.txt'), 'old');
    assertComplete(out);
  });

  it(
    'a second build while one holds the lock says so in both languages and exits non-zero; SIGINT then stops the first',
    async () => {
      const first = start('locked');
      await first.reach(/PUBLISH_STAGE locked/);
      const second = spawnSync(process.execPath, ['scripts/build.ts'], {
        env: env(),
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(second.status, second.stdout + second.stderr).toBe(1);
      expect(second.stderr).toContain('Một bản dựng khác đang chạy');
      expect(second.stderr).toContain('Another build is publishing');
      expect(second.stderr).not.toMatch(/^\s+at /m);
      first.child.kill('SIGINT');
      expect((await first.done).code).toBe(130);
      expect(existsSync(lock)).toBe(false);
      assertComplete(out);
      expect(isOld()).toBe(true);
    },
    LONG,
  );

  it(
    'SIGKILL while the staging folder is being filled leaves the old site and a stale lock',
    async () => {
      const run = start('building');
      await run.reach(/PUBLISH_STAGE building/);
      run.child.kill('SIGKILL');
      await run.done;
      expect(existsSync(stage)).toBe(true);
      expect(existsSync(lock)).toBe(true);
      assertComplete(out);
      expect(isOld()).toBe(true);
    },
    LONG,
  );

  it(
    'the next run takes over the stale lock, removes the stranded staging; SIGTERM in the middle of Astro keeps the old site',
    async () => {
      const run = start();
      await run.reach(/removed an unfinished build/);
      await run.reach(/building the site/);
      await new Promise((ok) => setTimeout(ok, 3000)); // Astro is at work
      run.child.kill('SIGTERM');
      expect((await run.done).code).toBe(143);
      expect(existsSync(stage)).toBe(false);
      expect(existsSync(lock)).toBe(false);
      assertComplete(out);
      expect(isOld()).toBe(true);
    },
    LONG,
  );

  it(
    'SIGKILL with the new site fully staged keeps the old site',
    async () => {
      const run = start('built');
      await run.reach(/PUBLISH_STAGE built/);
      run.child.kill('SIGKILL');
      await run.done;
      assertComplete(stage);
      assertComplete(out);
      expect(isOld()).toBe(true);
    },
    LONG,
  );

  it(
    'SIGTERM between the two renames is held until the new site is in place',
    async () => {
      const run = start('backed-up');
      await run.reach(/PUBLISH_STAGE backed-up/);
      expect(existsSync(out)).toBe(false); // the instant a signal is held for
      run.child.kill('SIGTERM');
      expect((await run.done).code).toBe(143);
      assertComplete(out);
      expect(isOld()).toBe(false);
      expect(existsSync(lock)).toBe(false);
    },
    LONG,
  );

  it(
    'SIGKILL between the two renames leaves the complete previous site beside it, and the next run puts it back first',
    async () => {
      writeFileSync(join(out, 'old-site.txt'), 'old');
      const run = start('backed-up');
      await run.reach(/PUBLISH_STAGE backed-up/);
      run.child.kill('SIGKILL');
      await run.done;
      assertComplete(previous);
      const next = start('swapped');
      await next.reach(/restored the previous site/);
      assertComplete(out);
      expect(isOld()).toBe(true);
      await next.reach(/PUBLISH_STAGE swapped/);
      next.child.kill('SIGKILL');
      await next.done;
      assertComplete(out);
      expect(isOld()).toBe(false);
    },
    LONG,
  );

  it(
    'an uninterrupted run after all this publishes a complete site and leaves nothing beside it',
    async () => {
      const run = start();
      const { code } = await run.done;
      expect(code, run.output()).toBe(0);
      assertComplete(out);
      for (const p of [stage, previous, lock]) expect(existsSync(p), p).toBe(false);
      // The replaced site is deleted by a detached process after the build exits: it goes, alone.
      const trash = () => readdirSync(root).filter((n) => n.startsWith('dist.trash-'));
      for (let i = 0; i < 600 && trash().length > 0; i++) await new Promise((ok) => setTimeout(ok, 100));
      expect(trash(), 'earlier sites left to delete').toEqual([]);
      assertComplete(out);
    },
    LONG,
  );

  it(
    'OUT_DIR on a mount point or under a read-only parent: a clear bilingual message before building, no EXDEV stack trace',
    () => {
      for (const place of ['/dev/shm', '/sys/harden-site']) {
        const r = spawnSync(process.execPath, ['scripts/build.ts'], {
          env: env({ OUT_DIR: place }),
          encoding: 'utf8',
          timeout: 60_000,
        });
        expect(r.status, r.stdout + r.stderr).toBe(1);
        expect(r.stderr).toMatch(/OUT_DIR|Không/);
        expect(r.stderr).toMatch(/mount point|Cannot (write|create)/);
        expect(r.stderr).not.toMatch(/^\s+at /m);
        expect(r.stderr).not.toContain('EXDEV:');
      }
    },
    LONG,
  );
});
