/**
 * The bounds every input is held to, in one place, so a hostile or broken file is refused before the
 * work it would cause grows (memory, time, report size). The numbers and why they were chosen are in
 * the README ("Giới hạn · Limits"); the data guide tells staff what to do when they hit one.
 *
 * Scale they are set against: Vietnam had 10,584 communes before the 2025 merger and 3,321 after; a
 * national year file is about 1.2 MB as UTF-8 (2.5 MB as UTF-16) and a national register with history
 * about 11,000 rows.
 */
export const LIMITS = {
  /** Bytes of one table (CSV, XLSX): 8× a national UTF-16 year file; a 200 MB file is refused unread. */
  tableBytes: 20 * 1024 * 1024,
  /** Data rows of one table: 9× the communes of the whole country, far below what exhausts memory. */
  tableRows: 100_000,
  /** Bytes of one YAML, Markdown or story file: settings and prose, never bulk data. */
  textFileBytes: 1024 * 1024,
  /** Bytes of one boundary file (GeoJSON/TopoJSON): national ward polygons are tens of megabytes. */
  boundaryBytes: 200 * 1024 * 1024,
  /** Issues listed per file; the rest are counted in one "and N more" line (a repeated mistake). */
  issuesPerFile: 200,
  /** Characters in one CSV cell: a paragraph of notes (Excel allows 32,767). */
  cellChars: 2_000,
  /** Characters in one text of a YAML file or one changelog entry (descriptions, legal basis). */
  textChars: 5_000,
  /** Characters of a value quoted inside a message, so a huge cell cannot make a huge report. */
  quotedChars: 120,
  /** Digits of a unit code: GSO codes have 2 (province), 3 (district) or 5 (commune). */
  codeDigits: 10,
  /** Characters of an id used in URLs (dataset, framework, criterion, class). */
  idChars: 64,
  /** Folder depth and entries the data folder inventory walks before it stops (a symlink loop). */
  walkDepth: 6,
  walkEntries: 20_000,
} as const;

/** Unit codes: digits only, 1 to `codeDigits` of them (the contract's pattern, also in datapackage.json). */
export const CODE_PATTERN = `^[0-9]{1,${LIMITS.codeDigits}}$`;

/** Ids that become URL segments and HTML attribute values: lower-case ASCII letters, digits, - and _. */
export const ID_PATTERN = `^[a-z0-9][a-z0-9_-]{0,${LIMITS.idChars - 1}}$`;

/** Dataset ids are folder names and URL segments: lower-case letters, digits and "-". */
export const DATASET_ID_PATTERN = `^[a-z0-9][a-z0-9-]{0,${LIMITS.idChars - 1}}$`;
