/**
 * What a deploy to object storage must do, worked out before anything is sent: which files of dist/ are
 * new or changed (by MD5, which S3-compatible stores return as the ETag of an object uploaded in one
 * part), which remote objects are gone from the build, and the headers of each upload from the one
 * hosting table (scripts/hosting/types.ts): the file's Content-Type, Content-Encoding for a .gz/.br
 * sibling (with its original's type), and Cache-Control. Uploads are ordered so a visitor never meets a
 * page whose files are not there yet: assets and data first, pages after, deletions last.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cacheControl, contentType, ENCODINGS } from './types.ts';

export interface Upload {
  /** Path relative to dist/ (forward slashes). */
  path: string;
  key: string;
  md5: string;
  size: number;
  contentType: string;
  contentEncoding?: string;
  cacheControl: string;
  /** 0: assets and data, 1: the pages and entry files that point at them. */
  stage: 0 | 1;
}

export interface Plan {
  uploads: Upload[];
  deletes: string[];
  unchanged: number;
}

/** Headers of a file as served: a sibling (x.csv.gz) carries its original's type and cache rule. */
export function headersFor(path: string): Pick<Upload, 'contentType' | 'contentEncoding' | 'cacheControl'> {
  const sibling = ENCODINGS.find((e) => path.endsWith(e.suffix));
  const served = sibling ? path.slice(0, -sibling.suffix.length) : path;
  return {
    contentType: contentType(served),
    cacheControl: cacheControl(served),
    ...(sibling ? { contentEncoding: sibling.encoding } : {}),
  };
}

/** Pages and the files that name other files without a hash (sitemap, feeds, search entry) go last. */
const lastStage = (path: string): boolean =>
  /\.(html|atom)(\.(gz|br))?$/.test(path) ||
  /^(sitemap[^/]*\.xml|pagefind\/pagefind-entry\.json)(\.(gz|br))?$/.test(path);

/** Every file of the built site with its MD5, relative paths sorted. */
export function localFiles(dir: string): { path: string; md5: string; size: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort()
    .map((path) => {
      const bytes = readFileSync(join(dir, path));
      return { path, md5: createHash('md5').update(bytes).digest('hex'), size: bytes.length };
    });
}

/** The plan from the local files and the remote objects (key → ETag without quotes) under `prefix`. */
export function planDeploy(
  local: ReturnType<typeof localFiles>,
  remote: Map<string, string>,
  prefix: string,
  force = false,
): Plan {
  const uploads: Upload[] = [];
  const keep = new Set<string>();
  let unchanged = 0;
  for (const f of local) {
    const key = prefix + f.path;
    keep.add(key);
    if (!force && remote.get(key) === f.md5) {
      unchanged++;
      continue;
    }
    uploads.push({ ...f, key, ...headersFor(f.path), stage: lastStage(f.path) ? 1 : 0 });
  }
  uploads.sort((a, b) => a.stage - b.stage || a.path.localeCompare(b.path));
  const deletes = [...remote.keys()].filter((k) => !keep.has(k)).sort();
  return { uploads, deletes, unchanged };
}
