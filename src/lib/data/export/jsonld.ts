/**
 * schema.org `Dataset` JSON-LD for the catalogue pages, so search engines and dataset search tools list
 * the data with its licence, coverage and downloads. `jsonLdScript` makes the text safe to place inside
 * a <script> element (no `</script>` or HTML comment can be formed by data text).
 */
import type { SiteModel } from '../model/index.ts';
import type { Bundle } from './bundle.ts';
import { citation, downloadUrl, releaseDate } from './meta.ts';

type Lang = 'vi' | 'en';

const ENCODING: Record<string, string> = {
  csv: 'text/csv', json: 'application/json', geojson: 'application/geo+json', zip: 'application/zip',
};

/**
 * The Dataset description of the whole site's data, in the page language; `page` is the absolute
 * address of the catalogue page it is placed on (the site layer knows the page URLs).
 */
export function datasetJsonLd(model: SiteModel, bundle: Bundle, lang: Lang, page: string): Record<string, unknown> {
  const { site } = model;
  const years = model.years();
  const org = { '@type': 'Organization', name: site.publisher[lang], email: site.contact.email };
  const main = bundle.files.filter((f) => ['zip', 'package', 'geojson'].includes(f.kind) || ((f.kind === 'results' || f.kind === 'long') && f.year === null && f.format === 'csv') || f.path === 'don-vi.csv');
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: site.title[lang],
    description: site.description[lang],
    url: page,
    inLanguage: ['vi', 'en'],
    isAccessibleForFree: true,
    license: site.licence.url,
    creator: org,
    publisher: org,
    version: releaseDate(model),
    dateModified: releaseDate(model),
    citation: citation(model)[lang],
    keywords: ['cộng đồng học tập', 'learning community', 'khuyến học', 'study promotion', 'Việt Nam'],
    spatialCoverage: model.register.provinces
      .filter((p) => site.province_scope.includes(p.code) && p.to === null)
      .map((p) => ({ '@type': 'Place', name: p.name })),
    ...(years.length > 0 ? { temporalCoverage: `${years[0]}/${years.at(-1)}` } : {}),
    hasPart: model.datasets.map((d) => ({
      '@type': 'Dataset',
      name: d.title[lang],
      description: d.description[lang],
      license: site.licence.url,
      creator: org,
      ...(d.years.length > 0 ? { temporalCoverage: `${d.years[0]}/${d.years.at(-1)}` } : {}),
    })),
    distribution: main.map((f) => ({
      '@type': 'DataDownload',
      name: f.title[lang],
      encodingFormat: ENCODING[f.format] ?? f.mediatype,
      contentUrl: downloadUrl(model, f.path),
      contentSize: `${f.size} B`,
    })),
  };
}

/** JSON for a <script type="application/ld+json">: `<`, `>`, `&` and line separators escaped. */
export function jsonLdScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
