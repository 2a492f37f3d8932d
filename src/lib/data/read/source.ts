/**
 * Where data files come from. The build and the command line read a folder on disk (read/fs.ts); the
 * in-browser checker hands over files the visitor chose. Validation only sees this interface.
 */
export interface DataSource {
  /** The bytes of a file by its path relative to the data folder (forward slashes), or null if absent. */
  read(path: string): Uint8Array | null;
  /** The names of the entries directly inside a folder (relative path), sorted; empty if absent. */
  list(dir: string): string[];
  /** What is at a path, without reading it: validation checks size and kind before reading. */
  stat(path: string): Entry;
}

/**
 * What a path holds. `outside`: a symbolic link (or `..`) that leads out of the data folder, never read;
 * `other`: neither a regular file nor a folder (a dangling link, a device).
 */
export interface Entry {
  kind: 'file' | 'folder' | 'missing' | 'outside' | 'other';
  /** Size in bytes of a file; 0 for anything else. */
  size: number;
  /** Where an `outside` entry leads (for the message). */
  target?: string;
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
    stat: (path) => {
      const bytes = entries.get(path);
      if (bytes) return { kind: 'file', size: bytes.length };
      const prefix = path.replace(/\/$/, '') + '/';
      for (const key of entries.keys()) if (path === '' || key.startsWith(prefix)) return { kind: 'folder', size: 0 };
      return { kind: 'missing', size: 0 };
    },
  };
}
