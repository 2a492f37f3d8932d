/**
 * What the data catalogue (/du-lieu/) lists file by file. A province's site lists every commune's own
 * file and every file's checksum on the page. At national scale (isLargeModel) that was 21,000 commune
 * rows and 24,000 checksums: a 7.4 MB page (850 kB compressed) for a reader on a phone, and the one page
 * that took Pagefind 13 s to index. There the page lists the files it describes (datasets, registers,
 * map, package) with their checksums and says where the per-commune files are instead: on each commune's
 * page, under one address pattern, and every one of them in SHA256SUMS. Every file is still published.
 */
import type { Bundle, BundleFile } from '../data/export/bundle.ts';
import type { Commune } from '../data/types.ts';
import type { SiteModel } from '../data/model/index.ts';
import { isLargeModel } from '../data/model/scale.ts';
import { compareVi } from '../data/text.ts';

export interface CatalogueLists {
  /** Communes whose own files the page lists (latest version of each code, in Vietnamese order), or null. */
  communes: Commune[] | null;
  /** Files whose checksums the page shows (SHA256SUMS has every file). */
  sums: BundleFile[];
  /** How many files' checksums are only in SHA256SUMS. */
  sumsElsewhere: number;
  /** How many commune codes have their own files (one file per code, whether listed or not). */
  communeCount: number;
  /** An example commune code for the address pattern of the per-commune files. */
  exampleCode: string | null;
}

export function catalogueLists(model: SiteModel, bundle: Pick<Bundle, 'files'>): CatalogueLists {
  const large = isLargeModel(model);
  const codes = model.register.communeCodeList();
  const files = bundle.files.filter((f) => f.path !== 'SHA256SUMS');
  const sums = large ? files.filter((f) => f.kind !== 'commune') : files;
  return {
    communes: large
      ? null
      : codes
          .map((code) => model.register.communesWithCode(code).at(-1)!)
          .sort((a, b) => compareVi(a.name, b.name) || (a.code < b.code ? -1 : 1)),
    sums,
    sumsElsewhere: files.length - sums.length,
    communeCount: codes.length,
    exampleCode: codes[0] ?? null,
  };
}
