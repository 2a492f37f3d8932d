/**
 * What a visitor should see, derived from the data itself (never hard-coded): the model built by
 * loadData() from the same data folder the site was built from.
 */
import { loadData } from '../../../src/lib/data/load.ts';
import type { SiteModel } from '../../../src/lib/data/model/index.ts';
import { formatNumber } from '../../../src/lib/site/format.ts';

/** The model of the bundled (or DATA_DIR) data; throws when the data has errors. */
export function model(): SiteModel {
  const { model, validation } = loadData();
  if (!model) throw new Error(`data has ${validation.errorCount} error(s): run npm run validate`);
  return model;
}

/** A number as the Vietnamese (or English) pages write it: 87,5 / 87.5 (the site's own formatter). */
export function number(value: number, lang: 'vi' | 'en' = 'vi'): string {
  return formatNumber(value, lang);
}

/** Lower case without diacritics, đ→d: how people type on a phone without a Vietnamese keyboard. */
export function withoutDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

export interface CommuneFacts {
  code: string;
  /** Name of the latest unit that bore the code. */
  name: string;
  /** Name without its type prefix and without diacritics ("thuy thanh"). */
  query: string;
  results: { year: number; dataset: string; total: string; className: string }[];
}

/** What the commune page of `code` must show, from the model. */
export function communeFacts(code: string, lang: 'vi' | 'en' = 'vi'): CommuneFacts {
  const m = model();
  const units = m.register.communesWithCode(code);
  if (units.length === 0) throw new Error(`no commune with code ${code} in the data`);
  const latest = units.at(-1)!;
  const bare = latest.name.replace(new RegExp(`^${latest.type}\\s+`), '');
  return {
    code,
    name: latest.name,
    query: withoutDiacritics(bare),
    results: m.resultsOfCode(code).map((r) => {
      const framework = m.frameworks.get(r.framework)!;
      const cls = framework.classes.find((c) => c.id === r.classId)!;
      return {
        year: r.year,
        dataset: r.dataset,
        total: number(r.total, lang),
        className: lang === 'en' ? cls.name.en || cls.name.vi : cls.name.vi,
      };
    }),
  };
}

/** A commune code with results in the most years (the richest page to check), ties by lowest code. */
export function richestCommune(): string {
  const m = model();
  const codes = m.register.communeCodeList();
  return [...codes].sort((a, b) => m.resultsOfCode(b).length - m.resultsOfCode(a).length || a.localeCompare(b))[0]!;
}
