/**
 * Where data files come from. The build and the command line read a folder on disk (read/fs.ts); the
 * in-browser checker hands over files the visitor chose. Validation only sees this interface.
 */
export interface DataSource {
  /** The bytes of a file by its path relative to the data folder (forward slashes), or null if absent. */
  read(path: string): Uint8Array | null;
  /** The names of the entries directly inside a folder (relative path), sorted; empty if absent. */
  list(dir: string): string[];
}

/** A source over files held in memory, e.g. from the browser or a test. */
export function memorySource(files: Record<string, Uint8Array | string>): DataSource {
  const encoder = new TextEncoder();
  const entries = new Map(
    Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? encoder.encode(v) : v] as const),
  );
  return {
    read: (path) => entries.get(path) ?? null,
    list: (dir) => {
      const prefix = dir === '' ? '' : dir.replace(/\/$/, '') + '/';
      const names = new Set<string>();
      for (const key of entries.keys()) {
        if (key.startsWith(prefix)) names.add(key.slice(prefix.length).split('/')[0]!);
      }
      return [...names].sort();
    },
  };
}
