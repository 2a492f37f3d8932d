/**
 * Atomic, exclusive publishing of a built site into OUT_DIR (Node only).
 *
 * - One build at a time: a lock folder `<OUT_DIR>.lock` made by an atomic rename, holding the owner's
 *   pid; a lock whose process is gone is stale and taken over.
 * - Renames only: the site is built in the sibling `<OUT_DIR>.staging`; then OUT_DIR → `<OUT_DIR>.previous`,
 *   staging → OUT_DIR, and the previous site is deleted. SIGINT/SIGTERM between the two renames is
 *   held until both are done, so OUT_DIR is a complete site at every instant a signal can stop us.
 * - Deleting is not waited for: the previous site is renamed to `<OUT_DIR>.trash-<pid>-<time>` and removed by a
 *   detached process (a national site is 130,000 files, 15 s of unlinking that no one needs to wait
 *   for). A trash folder a stopped deleter left is removed the same way by the next run.
 * - Recovery: a run finding `.previous` without OUT_DIR (a SIGKILL between the renames) puts it back;
 *   a stranded `.staging` or `.previous` beside a complete OUT_DIR is deleted.
 * - Places a rename cannot work (OUT_DIR a mount point, a read-only parent, another filesystem) are
 *   found before building and reported in both languages, never as a raw EXDEV stack trace.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { spawn } from 'node:child_process';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

/** The places one publish uses, all siblings of OUT_DIR (one filesystem, so renames are atomic). */
export interface PublishPaths {
  out: string;
  stage: string;
  previous: string;
  lock: string;
}

/** A problem publishing that staff or operators can act on: a bilingual message, no stack trace. */
export class PublishError extends Error {
  readonly vi: string;
  readonly en: string;
  constructor(vi: string, en: string) {
    super(`${vi}\n${en}`);
    this.vi = vi;
    this.en = en;
  }
}

/** The stages a build passes, in order (tests stop a build at each one: PUBLISH_PAUSE_AT). */
export const STAGES = ['locked', 'building', 'built', 'backed-up', 'swapped'] as const;
export type Stage = (typeof STAGES)[number];

/** Paths for OUT_DIR; a symlinked OUT_DIR is followed, so the swap happens where the site really is. */
export function publishPaths(outDir: string): PublishPaths {
  let out = resolve(outDir);
  if (existsSync(out) && lstatSync(out).isSymbolicLink()) out = realpathSync(out);
  return { out, stage: `${out}.staging`, previous: `${out}.previous`, lock: `${out}.lock` };
}

const describe = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/**
 * Check that OUT_DIR can be replaced by renames before any work: its parent is writable and OUT_DIR is
 * not a mount point of its own (a rename cannot cross filesystems).
 */
export function checkPlace(paths: PublishPaths): void {
  const parent = dirname(paths.out);
  try {
    mkdirSync(parent, { recursive: true });
  } catch (error) {
    throw new PublishError(
      `Không tạo được thư mục chứa ${paths.out} (${describe(error)}). Chọn OUT_DIR ở nơi được phép ghi.`,
      `Cannot create the folder that holds ${paths.out} (${describe(error)}). Choose an OUT_DIR where writing is allowed.`,
    );
  }
  if (existsSync(paths.out)) {
    const stat = statSync(paths.out);
    if (!stat.isDirectory()) {
      throw new PublishError(
        `OUT_DIR ${paths.out} là một tệp, không phải thư mục.`,
        `OUT_DIR ${paths.out} is a file, not a folder.`,
      );
    }
    if (stat.dev !== statSync(parent).dev) {
      throw new PublishError(
        `OUT_DIR ${paths.out} là một điểm gắn (mount point) riêng: không thể thay trang bằng phép đổi tên an toàn. ` +
          `Đặt OUT_DIR là một thư mục con bên trong nó, ví dụ ${join(paths.out, 'site')}, và trỏ máy chủ web vào đó.`,
        `OUT_DIR ${paths.out} is a mount point of its own: the site cannot be swapped in by a safe rename. ` +
          `Set OUT_DIR to a folder inside it, e.g. ${join(paths.out, 'site')}, and point the web server there.`,
      );
    }
  }
  const probe = join(parent, `.${basename(paths.out)}.probe-${process.pid}`);
  try {
    mkdirSync(probe);
    rmSync(probe, { recursive: true, force: true });
  } catch (error) {
    throw new PublishError(
      `Không ghi được vào ${parent} (${describe(error)}), nơi bản dựng mới được chuẩn bị cạnh OUT_DIR. Cấp quyền ghi, hoặc chọn OUT_DIR khác.`,
      `Cannot write to ${parent} (${describe(error)}), where the new build is prepared beside OUT_DIR. Grant write access or choose another OUT_DIR.`,
    );
  }
}

interface Owner {
  pid: number;
  host: string;
  started: string;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const readOwner = (lock: string): Owner | null => {
  try {
    return JSON.parse(readFileSync(join(lock, 'owner.json'), 'utf8')) as Owner;
  } catch {
    return null;
  }
};

/**
 * Take the lock on OUT_DIR, or throw a PublishError naming the build that holds it. Returns a function
 * that releases it. A lock left by a process that no longer runs (a SIGKILL) is taken over.
 */
export function acquireLock(paths: PublishPaths): () => void {
  const me: Owner = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    const tmp = `${paths.lock}.${process.pid}.tmp`;
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp);
    writeFileSync(join(tmp, 'owner.json'), JSON.stringify(me));
    try {
      renameSync(tmp, paths.lock); // atomic; fails when the lock folder exists (it is never empty)
      return () => {
        if (readOwner(paths.lock)?.pid === process.pid) rmSync(paths.lock, { recursive: true, force: true });
      };
    } catch {
      rmSync(tmp, { recursive: true, force: true });
    }
    const owner = readOwner(paths.lock);
    if (owner && (owner.host !== me.host || alive(owner.pid))) {
      throw new PublishError(
        `Một bản dựng khác đang chạy vào ${paths.out} (tiến trình ${owner.pid} trên ${owner.host}, từ ${owner.started}). Chờ nó xong rồi chạy lại.`,
        `Another build is publishing to ${paths.out} (process ${owner.pid} on ${owner.host}, since ${owner.started}). Wait for it to finish, then run again.`,
      );
    }
    // Stale (its process is gone) or half-written: move it aside atomically, then remove it.
    const stale = `${paths.lock}.stale-${process.pid}`;
    try {
      renameSync(paths.lock, stale);
      rmSync(stale, { recursive: true, force: true });
    } catch {
      // another build took it over first: try again
    }
  }
  throw new PublishError(`Không lấy được khóa ${paths.lock}.`, `Could not take the lock ${paths.lock}.`);
}

/**
 * Finish or undo what an interrupted run left. Returns what was done, for the log. Call with the lock held.
 */
export function recover(paths: PublishPaths): string[] {
  const done: string[] = [];
  const trashPrefix = `${basename(paths.out)}.trash-`;
  for (const name of readdirSync(dirname(paths.out))
    .filter((n) => n.startsWith(trashPrefix))
    .sort()) {
    deleteInBackground(join(dirname(paths.out), name));
    done.push(`removing an earlier site left to delete (${name})`);
  }
  if (existsSync(paths.previous)) {
    if (existsSync(paths.out)) {
      rmSync(paths.previous, { recursive: true, force: true });
      done.push(`removed the previous site left by an interrupted run (${paths.previous})`);
    } else {
      renameSync(paths.previous, paths.out);
      done.push(`restored the previous site from ${paths.previous}`);
    }
  }
  if (existsSync(paths.stage)) {
    rmSync(paths.stage, { recursive: true, force: true });
    done.push(`removed an unfinished build (${paths.stage})`);
  }
  return done;
}

/** Signals (SIGINT, SIGTERM) are held while `critical` is true and acted on when it ends. */
export class SignalGuard {
  critical = false;
  private pending: NodeJS.Signals | null = null;
  private wake: (() => void) | null = null;

  private readonly onExit: (signal: NodeJS.Signals) => void;

  constructor(onExit: (signal: NodeJS.Signals) => void) {
    this.onExit = onExit;
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () => {
        if (this.critical) {
          this.pending = signal;
          this.wake?.();
        } else this.onExit(signal);
      });
    }
  }

  /** Run the critical section; a signal that came during it takes effect right after. */
  async hold(section: () => Promise<void>): Promise<void> {
    this.critical = true;
    try {
      await section();
    } finally {
      this.critical = false;
    }
    if (this.pending) this.onExit(this.pending);
  }

  /** Resolves after `ms`, or at once when a held signal arrives (a paused test run). */
  sleep(ms: number): Promise<void> {
    return new Promise((done) => {
      const timer = setTimeout(done, ms);
      this.wake = () => {
        clearTimeout(timer);
        done();
      };
    });
  }
}

/**
 * Tests stop a build at a stage: with PUBLISH_PAUSE_AT=<stage> the build prints "PUBLISH_STAGE <stage>"
 * and waits there (up to a minute) for the test's signal. Without it, nothing happens.
 */
export async function stageReached(stage: Stage, guard: SignalGuard): Promise<void> {
  if (process.env.PUBLISH_PAUSE_AT !== stage) return;
  process.stdout.write(`PUBLISH_STAGE ${stage}\n`);
  await guard.sleep(60_000);
}

/**
 * Replace OUT_DIR by the staging folder with two renames, holding signals in between, then delete the
 * previous site. The caller holds the lock and has checked the place.
 */
export async function swapIn(paths: PublishPaths, guard: SignalGuard): Promise<void> {
  const hadSite = existsSync(paths.out);
  await guard.hold(async () => {
    try {
      if (hadSite) renameSync(paths.out, paths.previous);
      await stageReached('backed-up', guard);
      renameSync(paths.stage, paths.out);
    } catch (error) {
      if (hadSite && !existsSync(paths.out) && existsSync(paths.previous)) renameSync(paths.previous, paths.out);
      throw new PublishError(
        `Không thay được ${paths.out} bằng bản dựng mới (${describe(error)}); trang cũ được giữ nguyên.`,
        `Could not replace ${paths.out} with the new build (${describe(error)}); the previous site is unchanged.`,
      );
    }
  });
  await stageReached('swapped', guard);
  if (!hadSite) return;
  const trash = `${paths.out}.trash-${process.pid}-${Date.now()}`;
  renameSync(paths.previous, trash);
  deleteInBackground(trash);
}

/**
 * Remove `dir` in a detached process that outlives this one (its parent does not wait for it). Two
 * deleters of one folder do no harm: each ignores what the other removed first.
 */
export function deleteInBackground(dir: string): void {
  const code = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true, maxRetries: 3 })';
  spawn(process.execPath, ['-e', code, dir], { detached: true, stdio: 'ignore' }).unref();
}
