/**
 * Every download under /du-lieu/ (CSV, JSON, GeoJSON, datapackage.json, README.md, SHA256SUMS, the zip,
 * the release feed): one static file per bundle path. Listing the paths makes no file: each path is keyed
 * by the inputs and exactly the results it is made of, so a warm build restores unchanged downloads, and a
 * file's bytes are made only when Astro renders it (bundle.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getModel } from '../../lib/data/load.ts';
import { downloadFile, downloadPaths } from '../../lib/data/export/bundle.ts';
import { inputsKey } from '../../lib/site/cache-keys.ts';

export const getStaticPaths = (() => {
  const inputs = inputsKey();
  return downloadPaths(getModel()).map((f) => ({ params: { file: f.path }, cacheKey: `${inputs}.${f.dataKey}` }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = downloadFile(String(params.file))!;
  const type = file.format === 'zip' ? file.mediatype : `${file.mediatype}; charset=utf-8`;
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, { headers: { 'content-type': type } });
};
