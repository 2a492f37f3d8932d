/**
 * Every download under /du-lieu/ (CSV, JSON, GeoJSON, datapackage.json, README.md, SHA256SUMS, the zip,
 * the release feed): one static file per bundle entry, written from the bytes the bundle built once.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBundle } from '../../lib/data/export/bundle.ts';

export const getStaticPaths = (() =>
  getBundle().files.map((f) => ({ params: { file: f.path } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = getBundle().byPath.get(String(params.file))!;
  const type = file.format === 'zip' ? file.mediatype : `${file.mediatype}; charset=utf-8`;
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, { headers: { 'content-type': type } });
};
