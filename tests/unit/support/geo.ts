/**
 * Test support for boundaries: the demo data with its outlines replaced by test files and an index
 * (boundaries/boundaries.yaml) giving each a source, licence and default period.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteModel } from '../../../src/lib/data/model/index.ts';
import { FIXTURES, modelWith, type Changes } from './data.ts';

/** One index entry: a test source and licence, and the file's default period. */
export const indexEntry = (name: string, from: string | null = null, to: string | null = null): string =>
  `  ${name}:\n    valid_from: ${from ?? 'null'}\n    valid_to: ${to ?? 'null'}\n    title: {vi: Hình thử, en: Test shapes}\n    url: https://example.org/test\n    licence: {id: MIT, name: MIT License, url: https://opensource.org/licenses/MIT}\n`;

/** Changes that replace the demo outlines by `files` (name → text; null removes) and `index` entries. */
export function withBoundaries(files: Record<string, string | null>, index: string | null): Changes {
  const changes: Changes = {
    'boundaries/hue-2025-07-01.topojson': null,
    'boundaries/boundaries.yaml': index === null ? null : `files:\n${index}`,
  };
  for (const [name, text] of Object.entries(files)) changes[`boundaries/${name}`] = text;
  return changes;
}

/** The squares fixture: one square per Hương Thủy commune of 2015–2025 (not real outlines). */
export const squaresText = (): string => readFileSync(join(FIXTURES, 'geo/huong-thuy-squares.geojson'), 'utf8');

/** The demo model with the squares as outlines valid until 2025-06-30, and no other outline. */
export const squaresModel = (): SiteModel =>
  modelWith(withBoundaries({ 'squares.geojson': squaresText() }, indexEntry('squares.geojson', null, '2025-06-30')));
