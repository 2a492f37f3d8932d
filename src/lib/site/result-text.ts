/** How a result reads on a page: "76/100 điểm" or "13/15 chỉ tiêu", its class name and tone, its period. */
import type { Framework, Period, Result } from '../data/types.ts';
import { formatDate, formatNumber } from './format.ts';
import { strings, tr, type Lang } from './i18n/index.ts';
import { classTone } from './lookups.ts';

/** The total against the maximum, in the framework's own unit (points or targets met). */
export function totalText(total: number, framework: Framework, lang: Lang): string {
  const t = strings(lang).fmt;
  const a = formatNumber(total, lang);
  const b = formatNumber(framework.totalMax, lang);
  return framework.kind === 'points' ? t.points(a, b) : t.targets(a, b);
}

/**
 * For a recognition framework whose targets have a level 2: how many of those reached it — what decides
 * level 1 or level 2, so "15/15 chỉ tiêu" at level 1 makes sense. '' otherwise.
 */
export function levelTwoText(result: Result, framework: Framework, lang: Lang): string {
  if (framework.kind !== 'targets') return '';
  const two = framework.criteria.filter((c) => c.max >= 2);
  if (two.length === 0) return '';
  const met = two.filter((c) => (result.scores[c.id] ?? 0) >= 2).length;
  return strings(lang).fmt.levelTwo(formatNumber(met, lang), formatNumber(two.length, lang));
}

/** The class of a result: its localised name and its tone (c1…c4). */
export function classOf(result: Result, framework: Framework, lang: Lang): { name: string; tone: string } {
  const cls = framework.classes.find((c) => c.id === result.classId);
  return { name: cls ? tr(cls.name, lang) : result.classId, tone: classTone(framework, result.classId) };
}

/** A validity period as "01/01/2020 – 30/06/2025" or "từ 01/07/2025". */
export function periodText(period: Period, lang: Lang): string {
  const t = strings(lang).fmt;
  return period.to === null
    ? t.since(formatDate(period.from, lang))
    : t.range(formatDate(period.from, lang), formatDate(period.to, lang));
}

/** The decision line of a result, or '' when none was given. */
export function decisionText(result: Result, lang: Lang): string {
  if (!result.decisionNumber) return '';
  return strings(lang).fmt.decision(
    result.decisionNumber,
    result.decisionDate ? formatDate(result.decisionDate, lang) : '',
  );
}
