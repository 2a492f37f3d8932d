/**
 * Steps after Astro renders the pages, on the staging folder: the full-text search index (Pagefind).
 * Kept separate so the build gate stays a short script.
 */
export async function finishSite(dir: string): Promise<void> {
  const pagefind = await import('pagefind');
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind could not start');
  await index.addDirectory({ path: dir });
  await index.writeFiles({ outputPath: `${dir}/pagefind` });
  await pagefind.close();
}
