/**
 * Facts about the published data as a whole that several outputs repeat (README, Data Package,
 * catalogue page, feed): the release date, the public address of the downloads, the citation text.
 * Everything derives from site.yaml and CHANGELOG.md, never from the clock, so builds are repeatable.
 */
import type { SiteModel } from '../model/index.ts';
import type { Localised, SiteConfig } from '../types.ts';

/** The folder of every download, relative to the site's base path. */
export const DOWNLOAD_DIR = 'du-lieu/';

/** The name of the zip of everything (also the Data Package name). */
export const PACKAGE_NAME = 'cong-dong-hoc-tap';

/** The date of the latest release or correction in the changelog ('' when there is none). */
export function releaseDate(model: SiteModel): string {
  return model.changelog[0]?.date ?? '';
}

/**
 * The absolute URL of a site path (e.g. "du-lieu/xa.geojson"): base path, then resolved against base_url
 * (whose own path is empty or equal to base_path, as the site.yaml schema requires). The one rule for
 * every absolute address: downloads, feeds, citations here, canonical links and sitemap via urls.ts.
 */
export function absoluteUrl(model: { site: Pick<SiteConfig, 'base_url' | 'base_path'> }, path: string): string {
  const base = model.site.base_path.replace(/\/?$/, '/');
  return new URL(`${base}${path.replace(/^\//, '')}`, model.site.base_url).href;
}

/** The absolute URL of a download by its path under /du-lieu/, each segment percent-encoded. */
export function downloadUrl(model: { site: Pick<SiteConfig, 'base_url' | 'base_path'> }, path: string): string {
  return absoluteUrl(model, DOWNLOAD_DIR + path.split('/').map(encodeURIComponent).join('/'));
}

/** Ready-to-paste citation text in both languages (publisher, year, title, version date, URL, licence). */
export function citation(model: SiteModel): Localised {
  const date = releaseDate(model);
  const year = date.slice(0, 4) || 'n.d.';
  const url = absoluteUrl(model, DOWNLOAD_DIR);
  const { title, publisher, licence } = model.site;
  const [y, m, d] = date.split('-');
  return {
    vi: `${publisher.vi} (${year}). ${title.vi} [Bộ dữ liệu].${date ? ` Phiên bản ngày ${d}/${m}/${y}.` : ''} ${url}. Giấy phép ${licence.id}.`,
    en: `${publisher.en} (${year}). ${title.en} [Data set].${date ? ` Version of ${date}.` : ''} ${url}. Licence ${licence.id}.`,
  };
}

/**
 * When a dataset last changed, from the changelog: the newest entry that names its folder
 * (`datasets/<id>/`) or its title; otherwise the first release. '' when the changelog is empty.
 */
export function datasetUpdated(model: SiteModel, id: string): string {
  const dataset = model.datasets.find((d) => d.id === id);
  const names = [`datasets/${id}/`, dataset?.title.vi, dataset?.title.en].filter((n): n is string => !!n);
  const hit = model.changelog.find((e) => names.some((n) => e.title.includes(n) || e.body.includes(n)));
  return hit?.date ?? model.changelog.at(-1)?.date ?? '';
}
