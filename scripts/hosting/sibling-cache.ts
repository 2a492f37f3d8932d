/**
 * The build cache of precompressed siblings (scripts/hosting/precompress.ts): `<dir>/<id[0:2]>/<id>.gz|.br`,
 * where the id is the SHA-256 of the codec and of the compressed file's digest, and `index.json`, every
 * entry with its sizes (0: not smaller than the file, so not written). With the index a warm build finds
 * a file's siblings without a read, a hash or a stat, and hard-links them into the site.
 *
 * Linking is safe because nothing is ever written into an entry: an entry is written beside its place
 * and renamed in, so a link a built or published site holds keeps its bytes (the same bytes anyway:
 * compression is deterministic), and entries are removed only by unlinking. A lost entry file is
 * noticed when linking it fails (ENOENT) and made again.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The sizes of an entry's .gz and .br (0: not smaller than the file, not written). */
export type Sizes = [gz: number, br: number];

/** The sibling cache in one folder, for one build: what it holds, and what this build used. */
export class SiblingCache {
  readonly entries: Map<string, Sizes>;
  readonly used = new Map<string, Sizes>();
  readonly dir: string;
  private readonly codec: string;
  private readonly listed: boolean;

  /** The cache in `dir` for siblings made by `codec` (an index made by another is not used). */
  constructor(dir: string, codec: string) {
    this.dir = dir;
    this.codec = codec;
    mkdirSync(dir, { recursive: true });
    let entries: Map<string, Sizes> | null = null;
    try {
      const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as {
        codec: string;
        entries: Record<string, Sizes>;
      };
      if (index.codec === codec) entries = new Map(Object.entries(index.entries));
    } catch {
      // no index (first build, or one stopped before writing it): every file is compressed
    }
    this.listed = entries !== null;
    this.entries = entries ?? new Map();
  }

  /**
   * Remove the index from disk, keeping what it said in memory: called before entries are stored while
   * Astro renders, so a build stopped before `finish` leaves no index, and the next one, finding none,
   * removes every entry it does not use (the stopped build's among them) instead of keeping them unlisted.
   */
  unlist(): void {
    rmSync(join(this.dir, 'index.json'), { force: true });
  }

  /** Where entry `id`'s siblings are: base + '.gz' and base + '.br'. */
  base(id: string): string {
    return join(this.dir, id.slice(0, 2), id);
  }

  /** Store a new entry: each sibling written beside and renamed in. */
  store(id: string, gz: Buffer | null, br: Buffer | null): void {
    mkdirSync(join(this.dir, id.slice(0, 2)), { recursive: true });
    for (const [suffix, data] of [
      ['.gz', gz],
      ['.br', br],
    ] as const) {
      if (!data) continue;
      const tmp = `${this.base(id)}${suffix}.${process.pid}.tmp`;
      writeFileSync(tmp, data);
      renameSync(tmp, this.base(id) + suffix);
    }
    this.entries.set(id, [gz?.length ?? 0, br?.length ?? 0]);
  }

  /** Write the index of the entries this build used and remove the others. */
  finish(): void {
    const tmp = join(this.dir, `index.json.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify({ codec: this.codec, entries: Object.fromEntries([...this.used].sort()) }));
    if (this.listed) {
      for (const [id, [gz, br]] of this.entries) {
        if (this.used.has(id)) continue;
        if (gz > 0) rmSync(this.base(id) + '.gz', { force: true });
        if (br > 0) rmSync(this.base(id) + '.br', { force: true });
      }
    } else {
      // No index to go by: remove every file that is not an entry this build used.
      for (const e of readdirSync(this.dir, { recursive: true, withFileTypes: true })) {
        const id = e.name.replace(/\.(gz|br)$/, '');
        if (e.isFile() && e.parentPath !== this.dir && !this.used.has(id))
          rmSync(join(e.parentPath, e.name), { force: true });
      }
    }
    renameSync(tmp, join(this.dir, 'index.json'));
  }
}
