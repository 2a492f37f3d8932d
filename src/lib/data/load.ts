/**
 * Load, validate and model a data folder once per process (Node only). The build's pages and the
 * command-line scripts all go through here, so CSVs are never read again per page.
 */
import { resolve } from 'node:path';
import { folderSource, dataDir } from './read/fs.ts';
import { validateData, type Validation } from './validate/index.ts';
import type { YearFileMemo } from './validate/datasets.ts';
import { SiteModel } from './model/index.ts';
import { decodeBytes } from './read/decode.ts';
import { parse as parseYaml } from 'yaml';

export interface Loaded {
  dir: string;
  validation: Validation;
  model: SiteModel | null;
}

const CACHE_KEY = Symbol.for('cdht.loaded');
type Cache = Map<string, Loaded>;

/**
 * Validate and model `dir` (default DATA_DIR or data/), memoised for the life of the process. The build
 * gate, which loads first, passes its memo of year files (`yearFiles`, rows-cache.ts).
 */
export function loadData(dir: string = dataDir(), options: { yearFiles?: YearFileMemo } = {}): Loaded {
  const root = resolve(dir);
  const store = globalThis as unknown as Record<symbol, Cache | undefined>;
  const cache = (store[CACHE_KEY] ??= new Map());
  const hit = cache.get(root);
  if (hit) return hit;
  const validation = validateData(folderSource(root), options);
  const model = validation.data ? new SiteModel(validation.data) : null;
  const loaded = { dir: root, validation, model };
  cache.set(root, loaded);
  return loaded;
}

/**
 * Forget every loaded data folder, so its model (and what is cached on it, e.g. the downloads bundle) can
 * be freed: the build gate calls it once Astro has rendered, before the steps that need no model. Memos
 * derived from the model key on it (WeakMap<SiteModel, …>: the site index, the stories' index, the mini
 * maps' year indexes), so they go with it; anything asked for afterwards is loaded again.
 */
export function releaseData(): void {
  (globalThis as unknown as Record<symbol, Cache | undefined>)[CACHE_KEY]?.clear();
}

/**
 * The site's address (base_url, base_path) and map tile URL (for the CSP) for astro.config.mjs, read from site.yaml with the same
 * containment, decoding (BOM, UTF-16, Windows-1258) and YAML parser as validation, so Astro's canonical
 * links, sitemap and asset paths use exactly what `npm run validate` checked. Defaults when unreadable:
 * the build gate has already refused such data.
 */
export function siteAddress(dir: string = dataDir()): { base_url: string; base_path: string; tiles_url: string | null } {
  const fallback = { base_url: 'https://example.org', base_path: '/', tiles_url: null };
  const bytes = folderSource(dir).read('site.yaml');
  if (!bytes) return fallback;
  try {
    const site = parseYaml(decodeBytes(bytes).text) as Record<string, unknown> | null;
    const text = (v: unknown, d: string) => (typeof v === 'string' && v !== '' ? v : d);
    const map = site?.map as { tiles?: { url?: unknown } | null } | undefined;
    const tiles = map?.tiles?.url;
    return {
      base_url: text(site?.base_url, fallback.base_url),
      base_path: text(site?.base_path, fallback.base_path),
      tiles_url: typeof tiles === 'string' && tiles !== '' ? tiles : null,
    };
  } catch {
    return fallback;
  }
}

/** The model for pages; throws (build stops) when the data has errors, which the build gate reports first. */
export function getModel(): SiteModel {
  const { model, validation } = loadData();
  if (!model) throw new Error(`Data has ${validation.errorCount} error(s); run npm run validate.`);
  return model;
}
