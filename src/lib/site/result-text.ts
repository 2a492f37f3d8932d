/** How a result reads on a page: "76/100 điểm" or "13/15 chỉ tiêu", its class name and tone, its period. */
import type { Framework, Period, Result } from '../data/types.ts';
import { formatDate, formatNumber } from './format.ts';
import { translator, tr, type Lang } from './i18n/index.ts';
import { classTone } from './palette.ts';

/** The total against the maximum, in the framework's own unit (points or targets met). */
export function totalText(total: number, framework: Framework, lang: Lang): string {
  const t = translator(lang);
  const a = formatNumber(total, lang);
  const b = formatNumber(framework.totalMax, lang);
  return framework.kind === 'points' ? t('fmt.points', { total: a, max: b }) : t('fmt.targets', { met: a, all: b });
}

/** The class of a result: its localised name and its tone (c1…c4). */
export function classOf(result: Result, framework: Framework, lang: Lang): { name: string; tone: string } {
  const cls = framework.classes.find((c) => c.id === result.classId);
  return { name: cls ? tr(cls.name, lang) : result.classId, tone: classTone(framework, result.classId) };
}

/** A validity period as "01/01/2020 – 30/06/2025" or "từ 01/07/2025". */
export function periodText(period: Period, lang: Lang): string {
  const t = translator(lang);
  return period.to === null
    ? t('fmt.since', { from: formatDate(period.from, lang) })
    : t('fmt.range', { from: formatDate(period.from, lang), to: formatDate(period.to, lang) });
}

/** The decision line of a result, or '' when none was given. */
export function decisionText(result: Result, lang: Lang): string {
  if (!result.decisionNumber) return '';
  const t = translator(lang);
  return result.decisionDate
    ? t('fmt.decisionOn', { num: result.decisionNumber, date: formatDate(result.decisionDate, lang) })
    : t('fmt.decision', { num: result.decisionNumber });
}

/** The years a framework or dataset period covers: "từ năm 2020" or "năm 2015–2019". */
export function yearsText(from: number, to: number | null, lang: Lang): string {
  const t = translator(lang);
  return to === null ? t('datasetPage.fromYear', { from }) : t('datasetPage.yearRange', { from, to });
}
