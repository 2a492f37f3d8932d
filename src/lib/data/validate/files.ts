/**
 * Only what the data contract names is read, and only from inside the data folder.
 *
 * `guardSource` wraps a DataSource for the readers: a file that leads outside the folder, is not a regular
 * file or is over its size limit is reported once (naming the file) and handed over as absent; listings
 * leave out what cannot be read. `checkInventory` walks the whole folder once and reports everything the
 * contract does not name (warning: not read, not published) and every link that leaves the folder (error).
 * The contents of a `datasets/<id>/` folder are the year-file readers' to judge and the files of `boundaries/`
 * the boundary reader's; links there are checked here.
 */
import type { DataSource, Entry } from '../read/source.ts';
import { DATASET_ID_PATTERN, LIMITS } from '../limits.ts';
import type { IssueList } from './issues.ts';

const DATASET_ID = new RegExp(DATASET_ID_PATTERN);

/** What the contract allows directly in each folder: `file` names or patterns, and whether folders are. */
const CONTRACT: Record<string, { files: RegExp; folders: boolean }> = {
  '': { files: /^(site\.yaml|CHANGELOG\.md|README\.md)$/, folders: true },
  units: { files: /^(provinces|districts|communes)\.csv$/, folders: false },
  frameworks: { files: /^[^/]+\.ya?ml$/, folders: false },
  // Every file here is judged by the boundary reader (validate/boundary-files.ts: index, outlines, GIS formats).
  boundaries: { files: /^[^/]+$/, folders: false },
  datasets: { files: /(?!)/, folders: true },
};
const TOP_FOLDERS = new Set(['units', 'frameworks', 'boundaries', 'datasets']);

/** The size limit for a file, by what it holds. */
export function byteLimit(path: string): number {
  if (/\.(csv|tsv|txt|xlsx)$/i.test(path)) return LIMITS.tableBytes;
  if (/\.(geojson|topojson|json)$/i.test(path)) return LIMITS.boundaryBytes;
  return LIMITS.textFileBytes;
}

/** True when an entry of `dir` named `name` (of this kind) can be read as part of the contract. */
function readable(dir: string, name: string, entry: Entry): boolean {
  if (entry.kind === 'outside' || entry.kind === 'other' || entry.kind === 'missing') return false;
  if (dir === 'datasets') return entry.kind === 'folder' && DATASET_ID.test(name);
  if (dir === 'units' || dir === 'frameworks' || dir === 'boundaries') return entry.kind === 'file';
  return true;
}

const join = (dir: string, name: string) => (dir === '' ? name : `${dir}/${name}`);

/** The source the readers use: contained, size-checked, listing only what can be read. */
export function guardSource(source: DataSource, issues: IssueList): DataSource {
  const refuse = (path: string, report: () => void): null => {
    if (issues.refuse(path)) report();
    return null;
  };
  return {
    stat: (path) => source.stat(path),
    list: (dir) => source.list(dir).filter((name) => readable(dir, name, source.stat(join(dir, name)))),
    read(path) {
      const entry = source.stat(path);
      if (entry.kind === 'missing') return null;
      if (entry.kind === 'outside') return refuse(path, () => issues.add('path-outside', { file: path }, { target: entry.target ?? '?' }));
      if (entry.kind !== 'file') return refuse(path, () => issues.add('not-a-file', { file: path }, { kind: entry.kind }));
      const max = byteLimit(path);
      if (entry.size > max) return refuse(path, () => issues.add('file-too-large', { file: path }, { size: entry.size, max }));
      return source.read(path);
    },
  };
}

/**
 * Report every entry of the data folder the contract does not name, every link leading outside it and
 * every dataset folder whose name cannot be a URL segment. Bounded: stops after LIMITS.walkEntries entries
 * or LIMITS.walkDepth levels (a link loop inside the folder).
 */
export function checkInventory(source: DataSource, issues: IssueList): void {
  let seen = 0;
  const walk = (dir: string, depth: number, inContract: boolean): void => {
    for (const name of source.list(dir)) {
      if (++seen > LIMITS.walkEntries) return;
      const path = join(dir, name);
      const entry = source.stat(path);
      if (entry.kind === 'outside') {
        if (issues.refuse(path)) issues.add('path-outside', { file: path }, { target: entry.target ?? '?' });
        continue;
      }
      const rule = CONTRACT[dir];
      const inDataset = dir.startsWith('datasets/');
      if (inContract && rule && !inDataset) {
        const named =
          entry.kind === 'file'
            ? rule.files.test(name)
            : entry.kind === 'folder' && rule.folders && (dir !== '' || TOP_FOLDERS.has(name));
        if (dir === 'datasets' && entry.kind === 'folder' && !DATASET_ID.test(name)) {
          issues.add('dataset-id-invalid', { file: `${path}/` }, { id: name });
        } else if (!named) {
          issues.add('file-not-in-contract', { file: entry.kind === 'folder' ? `${path}/` : path }, { kind: entry.kind });
        }
      }
      if (entry.kind === 'folder' && depth < LIMITS.walkDepth) walk(path, depth + 1, inContract && !!rule);
    }
  };
  walk('', 0, true);
}
