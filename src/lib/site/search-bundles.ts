/**
 * Where the full-text search indexes are published, relative to the site root: the build writes them
 * (scripts/lib/search-index.ts) and the search page loads the first and merges the second in the browser
 * (Pagefind's mergeIndex). Two indexes so a change of results, which reaches the full pages but not the
 * units' names, rebuilds only the first.
 */

/** Every page except the commune, district and year pages. */
export const PAGES_INDEX = 'pagefind/';
/** The commune, district and year pages (by short records at national scale). */
export const UNITS_INDEX = 'pagefind/don-vi/';
