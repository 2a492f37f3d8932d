/**
 * When a published model counts as national scale. Above this many results the site switches to its
 * lighter forms (fewer duplicate downloads, compact criterion tables, year pages split by province) so the
 * whole site stays under static hosts' limits (GitHub Pages: 1 GB). One rule for every layer.
 */
import type { SiteModel } from './index.ts';

export const LARGE_RESULTS = 20_000;

/** True when the model is large enough for the lighter site. */
export const isLargeModel = (model: Pick<SiteModel, 'results'>): boolean => model.results.length > LARGE_RESULTS;
