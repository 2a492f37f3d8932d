/**
 * The three lines that open a commune page for one result, readable in ten seconds: the result (class
 * first), how it compares with the district (or the province where there is no district), and the
 * strongest and weakest criteria (for recognition: which targets the next level still needs). Frameworks
 * that rank compare with the mean and the rank; frameworks that do not rank count units per class.
 */
import type { Criterion, Framework, Result } from '../data/types.ts';
import type { Aggregate } from '../data/model/aggregates.ts';
import type { SiteModel } from '../data/model/index.ts';
import { placeOfResult } from '../data/model/places.ts';
import { formatNumber } from './format.ts';
import { translator, tr, type Lang } from './i18n/index.ts';
import { towardsNext, nextLevelText } from './result-words.ts';
import { nameInSentence, typeWord } from './unit-names.ts';

export interface SummaryLine {
  label: string;
  text: string;
}

/** A group a result is compared with: its district or its province, named as on the reference date. */
export interface ComparisonGroup {
  level: 'district' | 'province';
  name: string;
  aggregate: Aggregate;
}

/**
 * Every group a result is compared with, district first: the district and the province valid on the
 * result's reference date, each when it has an aggregate for the result's dataset-year. The one rule for
 * what a commune page compares with (summary line, comparison chart, province rank) and for the
 * incremental build's key of that page (cache-keys.ts), which hashes exactly these aggregates.
 */
export function comparisonGroups(model: SiteModel, result: Result): ComparisonGroup[] {
  const place = placeOfResult(model.register, result);
  const groups: ComparisonGroup[] = [];
  const dAgg = result.districtCode
    ? model.aggregateOf(result.dataset, result.year, 'district', result.districtCode)
    : undefined;
  if (dAgg) groups.push({ level: 'district', name: place.district?.name ?? result.districtCode!, aggregate: dAgg });
  const pAgg = model.aggregateOf(result.dataset, result.year, 'province', result.provinceCode);
  if (pAgg) groups.push({ level: 'province', name: place.province?.name ?? result.provinceCode, aggregate: pAgg });
  return groups;
}

/** The group a result is compared with: its district on the reference date, else its province. */
export function comparisonGroup(model: SiteModel, result: Result): ComparisonGroup | null {
  return comparisonGroups(model, result)[0] ?? null;
}

/** A list joined the way the language does ("A, B và C" / "A, B, and C"). */
export function joinList(items: string[], lang: Lang): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
}

/** "So với huyện Phú Lộc": above or below the mean (and the rank), or how many units reached each class. */
export function compareLine(model: SiteModel, result: Result, framework: Framework, lang: Lang): SummaryLine | null {
  const group = comparisonGroup(model, result);
  if (!group) return null;
  const t = translator(lang);
  const label = t('summary.compareWith', { place: nameInSentence(group.name, lang) });
  const agg = group.aggregate;
  if (agg.count <= 1) return { label, text: t('summary.alone') };
  if (framework.ranking) {
    const cmp = result.total > agg.mean ? 'above' : result.total < agg.mean ? 'below' : 'same';
    const rank =
      result.districtCode && group.aggregate.level === 'district' ? result.rankDistrict : result.rankProvince;
    const params = { cmp, n: agg.count, mean: agg.mean, rank: rank ?? 0 };
    return { label, text: t(rank === null ? 'summary.vsMean' : 'summary.vsMeanRank', params) };
  }
  const counts = framework.classes.map((c) =>
    t(c.id === result.classId ? 'summary.classCountOwn' : 'summary.classCount', {
      name: tr(c.name, lang),
      n: agg.classes[c.id] ?? 0,
      type: typeWord(model.unitOf(result).type, lang),
    }),
  );
  return { label, text: t('summary.classCounts', { n: agg.count, list: counts.join(' · ') }) };
}

const ratio = (result: Result, c: Criterion) => (result.scores[c.id] ?? 0) / c.max;
const quoted = (c: Criterion, framework: Framework, lang: Lang) =>
  translator(lang)(framework.kind === 'targets' ? 'summary.targetName' : 'summary.criterionName', {
    no: framework.criteria.indexOf(c) + 1,
    name: tr(c.name, lang),
  });

/** "Mạnh nhất: …; yếu nhất: …" for points; for recognition, what the next level still needs. */
export function criteriaLine(result: Result, framework: Framework, lang: Lang): SummaryLine | null {
  const t = translator(lang);
  if (!result.criteriaPublished) return { label: t('summary.criteria'), text: t('summary.notPublished') };
  if (framework.kind === 'targets') {
    const next = towardsNext(result, framework);
    const shortNames = next?.short.map((c) => quoted(c, framework, lang)) ?? [];
    const shown = shortNames.slice(0, 3);
    const rest = shortNames.length - shown.length;
    const names = rest > 0 ? shown.join(', ') : joinList(shown, lang);
    const short = shown.length === 0 ? '' : ` ${t('summary.short', { level: next!.level, names, rest })}`;
    return { label: t('summary.targets'), text: nextLevelText(result, framework, lang) + short };
  }
  const sorted = [...framework.criteria].sort((a, b) => ratio(result, b) - ratio(result, a));
  const best = sorted.filter((c) => ratio(result, c) === ratio(result, sorted[0]!));
  const worst = sorted.filter((c) => ratio(result, c) === ratio(result, sorted.at(-1)!));
  if (best.length === framework.criteria.length) return { label: t('summary.criteria'), text: t('summary.allEqual') };
  const part = (list: Criterion[]) => ({
    name: quoted(list[0]!, framework, lang),
    score: formatNumber(result.scores[list[0]!.id] ?? 0, lang),
    max: formatNumber(list[0]!.max, lang),
    others: list.length - 1,
  });
  const b = part(best);
  const w = part(worst);
  return {
    label: t('summary.strongWeak'),
    text: t('summary.bestWorst', {
      best: b.name,
      bestScore: b.score,
      bestMax: b.max,
      bestOthers: b.others,
      worst: w.name,
      worstScore: w.score,
      worstMax: w.max,
      worstOthers: w.others,
    }),
  };
}
